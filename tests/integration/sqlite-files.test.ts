import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrivateSqliteFile, restrictSqliteFiles } from '@/lib/sqlite-files';
import { TEST_ENGINE, createTempDatabase } from '@/tests/support/temp-database';

// The database and its backups hold password hashes, sessions and the audit log: owner only.

const dir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-modes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => statSync(file).mode & 0o777;

describe('SQLite files are readable by their owner only', () => {
  it('a new database file is 0600 in a new 0700 folder, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const file = path.join(dir, 'new', 'site.db');
      createPrivateSqliteFile(file);
      expect([mode(path.dirname(file)), mode(file)]).toEqual([0o700, 0o600]);
      // SQLite gives the write-ahead log the main file's permissions.
      const sqlite = new Database(file);
      sqlite.pragma('journal_mode = WAL');
      sqlite.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      expect(mode(`${file}-wal`)).toBe(0o600);
      sqlite.close();
    } finally {
      process.umask(previous);
    }
  });

  it('db:migrate takes group and world access off an existing database', () => {
    const file = path.join(dir, 'old.db');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    expect(restrictSqliteFiles(file)).toEqual([file]);
    expect(mode(file)).toBe(0o600);
    expect(restrictSqliteFiles(file)).toEqual([]);
  });

  it.runIf(TEST_ENGINE === 'sqlite')('npm run db:backup writes a consistent copy, 0600', async () => {
    const database = await createTempDatabase({ seed: true });
    try {
      const backup = path.join(dir, 'backups', 'copy.db');
      execFileSync('npx', ['--no-install', 'tsx', 'scripts/db-backup.ts', backup], { env: { ...process.env, DATABASE_URL: database.url }, stdio: 'pipe' });
      expect([mode(path.dirname(backup)), mode(backup)]).toEqual([0o700, 0o600]);
      const copy = new Database(backup, { readonly: true });
      expect((copy.prepare('SELECT count(*) AS n FROM "Model"').get() as { n: number }).n).toBeGreaterThan(40);
      copy.close();
    } finally {
      await database.cleanup();
    }
  });
});
