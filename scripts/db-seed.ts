// `npm run db:seed [-- --sync]`: loads prisma/seed/*.json into DATABASE_URL.
// Default adds only what is missing (editors' changes survive restarts); --sync overwrites.
import { loadSeedData, seedDatabase, SeedError } from '@/lib/data/catalog-seed';
import { databaseTarget } from './lib/database-url.ts';
import { createPrismaClient } from '@/lib/prisma-client';

const { url } = databaseTarget();
let data;
try {
  data = loadSeedData();
} catch (error) {
  if (error instanceof SeedError) {
    console.error(`Seed data is invalid: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const prisma = createPrismaClient(url);
try {
  const { created, updated } = await seedDatabase(prisma, data, { sync: process.argv.includes('--sync') });
  const line = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`Seed: created ${line(created)}${process.argv.includes('--sync') ? `; updated ${line(updated)}` : ''}.`);
} finally {
  await prisma.$disconnect();
}
