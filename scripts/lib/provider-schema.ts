// One schema, two engines. prisma/schema.prisma holds the models and nothing engine-specific;
// each provider's schema (prisma/<provider>/schema.prisma) is that file behind a generated
// header naming the provider and where its client goes. `npm run db:schema` writes them;
// tests/integration/migrations.test.ts fails when a committed one differs from what this renders.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVIDERS, providerDirectory, type DatabaseProvider } from '@/lib/database-url';

const SOURCE_SCHEMA_PATH = path.resolve('prisma/schema.prisma');

export function providerSchemaPath(provider: DatabaseProvider): string {
  return path.join(providerDirectory(provider), 'schema.prisma');
}

export function providerMigrationsDir(provider: DatabaseProvider): string {
  return path.join(providerDirectory(provider), 'migrations');
}

export function readSourceSchema(): string {
  return readFileSync(SOURCE_SCHEMA_PATH, 'utf8');
}

/** The provider's schema: a header (generator + datasource) and the source's models, verbatim. */
export function renderProviderSchema(source: string, provider: DatabaseProvider): string {
  if (/^\s*(generator|datasource)\s+\w+\s*\{/m.test(source)) {
    throw new Error('prisma/schema.prisma must not declare a generator or datasource: the provider schemas add them');
  }
  const header = [
    `// GENERATED from prisma/schema.prisma by \`npm run db:schema\` for ${provider}. Edit that file, not this one.`,
    '',
    'generator client {',
    '  provider     = "prisma-client"',
    `  output       = "../../lib/generated/${provider}"`,
    '  moduleFormat = "esm"',
    '}',
    '',
    'datasource db {',
    `  provider = "${provider}"`,
    '}',
    '',
  ].join('\n');
  return `${header}\n${source.trimEnd()}\n`;
}

export interface ProviderSchemaState {
  provider: DatabaseProvider;
  path: string;
  expected: string;
  upToDate: boolean;
}

export function providerSchemaStates(source: string = readSourceSchema()): ProviderSchemaState[] {
  return PROVIDERS.map((provider) => {
    const file = providerSchemaPath(provider);
    const expected = renderProviderSchema(source, provider);
    return { provider, path: file, expected, upToDate: existsSync(file) && readFileSync(file, 'utf8') === expected };
  });
}

/** Writes the provider schemas that differ from the source; returns the paths written. */
export function writeProviderSchemas(): string[] {
  const written: string[] = [];
  for (const state of providerSchemaStates()) {
    if (state.upToDate) continue;
    mkdirSync(path.dirname(state.path), { recursive: true });
    writeFileSync(state.path, state.expected);
    written.push(state.path);
  }
  return written;
}
