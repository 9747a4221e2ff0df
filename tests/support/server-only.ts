// Stand-in for the 'server-only' guard under Vitest (Node, no React Server Components).
export {};
