import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Import boundaries (no-restricted-imports). A file gets the rule of the last block that matches
// it, so each block lists every restriction its files obey.

const DATABASE = {
  group: ['@/lib/db', '@/lib/prisma-client', '@/lib/generated/*', '@prisma/*', 'pg', 'better-sqlite3'],
  message: 'Database access lives in lib/data only: call a lib/data function (it returns domain types).',
};
const SCRIPTS = { group: ['@/scripts/*', '**/scripts/*'], message: 'lib/ never imports from scripts/: move the shared code into lib/.' };
const FRAMEWORK = [
  { group: ['next', 'next/*'], message: 'The domain is pure: no Next.js here.' },
  { group: ['react', 'react-dom', 'react/*'], message: 'The domain is pure: no React here.' },
  { group: ['@/lib/data/*'], message: 'The domain is pure: the data layer converts rows before they reach it.' },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', 'data/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Pages, components and the rest of lib/ reach the database only through lib/data.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/data/**', 'lib/db.ts', 'lib/prisma-client.ts', 'lib/sqlite-writes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE, SCRIPTS] }] },
  },
  {
    // lib/data is the database layer; it still never imports scripts/.
    files: ['lib/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SCRIPTS] }] },
  },
  {
    // The dependency rule: pure domain code imports nothing from the framework or the database.
    files: ['lib/estimate/**', 'lib/recommend/**', 'lib/catalog/**', 'lib/schemas/**', 'lib/editing/**', 'lib/architecture/**', 'lib/hf/**', 'lib/enums.ts', 'lib/format.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRAMEWORK, DATABASE, SCRIPTS] }] },
  },
];

export default config;
