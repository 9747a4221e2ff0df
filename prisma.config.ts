import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection from here. The app connects through driver adapters
// (lib/prisma-client.ts) and migrations run on the Wasm schema engine (scripts/lib/schema-engine.ts);
// the CLI is only used for `prisma generate`, once per engine with `--schema`
// (scripts/prisma-generate.mjs). The SQLite schema is the default for ad-hoc CLI use.
export default defineConfig({
  schema: 'prisma/sqlite/schema.prisma',
  migrations: { path: 'prisma/sqlite/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/quantwise.db' },
});
