import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection from here. The app itself connects through a driver adapter
// (lib/db.ts); the CLI is only used for `prisma generate` (see scripts/prisma-generate.mjs).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/quantwise.db' },
});
