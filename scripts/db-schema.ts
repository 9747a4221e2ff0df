// `npm run db:schema [-- --check]`: writes prisma/<provider>/schema.prisma from prisma/schema.prisma.
// `--check` writes nothing and exits 1 when a provider schema is out of date.
import path from 'node:path';
import { providerSchemaStates, writeProviderSchemas } from './lib/provider-schema.ts';

if (process.argv.includes('--check')) {
  const stale = providerSchemaStates().filter((state) => !state.upToDate);
  for (const state of stale) console.error(`${path.relative(process.cwd(), state.path)} is out of date: run npm run db:schema`);
  process.exit(stale.length === 0 ? 0 : 1);
}
const written = writeProviderSchemas();
console.log(written.length === 0 ? 'Provider schemas are up to date.' : written.map((file) => `Wrote ${path.relative(process.cwd(), file)}`).join('\n'));
