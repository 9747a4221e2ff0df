import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';

// The SQLite database holds password hashes, sessions and the audit log: only its owner may read
// it. SQLite gives its -wal and -shm files the main file's permissions, so the main file decides.
// The paths come from DATABASE_URL at run time: the turbopackIgnore comments keep Next's output
// tracing from copying the whole project into the build for them.

/** Creates the database's folder (0700) and an empty database file (0600) when they do not exist yet. */
export function createPrivateSqliteFile(file: string): void {
  if (file === ':memory:') return;
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(/*turbopackIgnore: true*/ file)) closeSync(openSync(/*turbopackIgnore: true*/ file, 'a', 0o600));
}

/** Takes group and other permissions off the database and its -wal/-shm files; returns the files changed. */
export function restrictSqliteFiles(file: string): string[] {
  const changed: string[] = [];
  for (const candidate of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(/*turbopackIgnore: true*/ candidate)) continue;
    const mode = statSync(/*turbopackIgnore: true*/ candidate).mode & 0o777;
    if ((mode & 0o077) === 0) continue;
    chmodSync(/*turbopackIgnore: true*/ candidate, mode & 0o700);
    changed.push(candidate);
  }
  return changed;
}
