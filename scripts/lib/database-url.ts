import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/quantwise.db';

/** Resolves a `file:` URL to an absolute path (relative to the working directory) and makes its folder. */
export function sqliteFilePath(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${url.split(':')[0]}:…"`);
  }
  const filePath = path.resolve(url.slice('file:'.length));
  mkdirSync(path.dirname(filePath), { recursive: true });
  return filePath;
}
