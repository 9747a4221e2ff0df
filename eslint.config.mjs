import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const PURE_DOMAIN_RESTRICTIONS = {
  patterns: [
    { group: ['next', 'next/*'], message: 'The domain is pure: no Next.js here.' },
    { group: ['react', 'react-dom', 'react/*'], message: 'The domain is pure: no React here.' },
    { group: ['@prisma/*', '@/lib/generated/*', '@/lib/db', '@/lib/data/*'], message: 'The domain is pure: the data layer converts rows before they reach it.' },
  ],
};

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
    // The dependency rule: pure domain code imports nothing from the framework or the database.
    files: ['lib/estimate/**', 'lib/recommend/**', 'lib/catalog/**', 'lib/schemas/**', 'lib/architecture/**', 'lib/hf/**'],
    rules: { 'no-restricted-imports': ['error', PURE_DOMAIN_RESTRICTIONS] },
  },
];

export default config;
