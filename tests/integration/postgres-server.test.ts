import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, findPostgresBinDir, startThrowawayPostgres, type ThrowawayPostgres } from '@/scripts/lib/postgres-server';

// CI installs PostgreSQL and must run these; a laptop without it skips them, saying why.
const missingBinaries = (() => {
  try {
    findPostgresBinDir();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
})();
if (missingBinaries && !process.env.CI) console.warn(`Skipping the PostgreSQL server tests: ${missingBinaries}`);
const describeWithPostgres = describe.skipIf(missingBinaries !== null && !process.env.CI);

const START_TIMEOUT_MS = 60_000;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Resolves with the socket error code, or 'connected' when something accepts the connection. */
function probe(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

describeWithPostgres('a throwaway PostgreSQL server', () => {
  let server: ThrowawayPostgres;

  beforeAll(async () => {
    server = await startThrowawayPostgres();
  }, START_TIMEOUT_MS);
  afterAll(() => server?.stop(), START_TIMEOUT_MS);

  it('is PostgreSQL, at the URL it reports, as the superuser quantwise', async () => {
    expect(server.url).toBe(`postgresql://quantwise@127.0.0.1:${server.port}/postgres`);
    const [row] = await query<{ version: string; user: string; serverVersion: string }>(
      server.url,
      'SELECT version() AS version, current_user AS user, current_setting(\'server_version\') AS "serverVersion"',
    );
    expect(row!.version).toMatch(/^PostgreSQL \d+/);
    expect(row!.user).toBe('quantwise');
    expect(server.version).toBe(row!.serverVersion);
  });

  it('listens on 127.0.0.1 only and trusts loopback connections only', async () => {
    const [settings] = await query<{ listen: string; serverAddress: string }>(
      server.url,
      'SELECT current_setting(\'listen_addresses\') AS listen, host(inet_server_addr()) AS "serverAddress"',
    );
    expect(settings).toEqual({ listen: '127.0.0.1', serverAddress: '127.0.0.1' });
    const rules = await query<{ type: string; address: string | null }>(server.url, 'SELECT type, address FROM pg_hba_file_rules ORDER BY line_number');
    expect(rules).toEqual([
      { type: 'local', address: null },
      { type: 'host', address: '127.0.0.1' },
    ]);
    // The same port on this machine's network addresses must refuse (when it has any).
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const address of external) {
      expect(await probe(address, server.port), address).not.toBe('connected');
    }
  });

  it('stores UTF-8 and uses the C locale: byte order and ASCII-only case folding on any machine', async () => {
    const [row] = await query<{ encoding: string; collate: string; ctype: string; sorted: string; lowered: string }>(
      server.url,
      `SELECT current_setting('server_encoding') AS encoding, datcollate AS collate, datctype AS ctype,
              (SELECT string_agg(s, ',' ORDER BY s) FROM unnest(ARRAY['b', 'é', 'B', 'a', 'Z', 'e', 'A']) AS s) AS sorted,
              lower('ÉTÉ Ab') AS lowered
         FROM pg_database WHERE datname = current_database()`,
    );
    expect(row).toEqual({ encoding: 'UTF8', collate: 'C', ctype: 'C', sorted: 'A,B,Z,a,b,e,é', lowered: 'ÉtÉ ab' });
  });

  it('runs with durability off and room for several pooled app instances', async () => {
    const [row] = await query<Record<string, string>>(
      server.url,
      `SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS "synchronousCommit",
              current_setting('full_page_writes') AS "fullPageWrites", current_setting('max_connections') AS "maxConnections"`,
    );
    expect(row).toEqual({ fsync: 'off', synchronousCommit: 'off', fullPageWrites: 'off', maxConnections: '200' });
  });

  it('creates databases, several at once, each with its own URL, UTF-8 and the C collation', async () => {
    const names = ['qw_create_a', 'qw_create_b', 'qw_create_c', 'qw_create_d'];
    const urls = await Promise.all(names.map((name) => createDatabase(server.url, name)));
    expect(urls).toEqual(names.map((name) => `postgresql://quantwise@127.0.0.1:${server.port}/${name}`));
    for (const [index, url] of urls.entries()) {
      const [row] = await query<{ database: string; encoding: string; collate: string }>(
        url,
        `SELECT current_database() AS database, pg_encoding_to_char(encoding) AS encoding, datcollate AS collate
           FROM pg_database WHERE datname = current_database()`,
      );
      expect(row).toEqual({ database: names[index], encoding: 'UTF8', collate: 'C' });
    }
    await expect(createDatabase(server.url, 'qw_create_a')).rejects.toThrow(/already exists/);
    await Promise.all(names.map((name) => dropDatabase(server.url, name)));
  });

  it('drops a database while sessions are connected to it, and dropping a missing one is a no-op', async () => {
    const url = await createDatabase(server.url, 'qw_drop_me');
    const session = new pg.Client({ connectionString: url });
    session.on('error', () => {}); // the forced drop terminates this session
    await session.connect();
    await session.query('CREATE TABLE kept (id int)');

    await dropDatabase(server.url, 'qw_drop_me');

    const remaining = await query<{ datname: string }>(server.url, "SELECT datname FROM pg_database WHERE datname = 'qw_drop_me'");
    expect(remaining).toEqual([]);
    // The server ended this session: the client reports the terminated connection, not some other failure.
    await expect(session.query('SELECT 1')).rejects.toThrow(/terminat|not queryable/i);
    await session.end().catch(() => {});
    await expect(dropDatabase(server.url, 'qw_drop_me')).resolves.toBeUndefined();
  });

  it.each([
    ['an injection', 'x"; DROP DATABASE postgres; --'],
    ['upper case', 'Quantwise'],
    ['a hyphen', 'quant-wise'],
    ['a leading digit', '1quantwise'],
    ['an empty name', ''],
    ['64 characters', 'q'.repeat(64)],
  ])('rejects %s as a database name', async (_label, name) => {
    await expect(createDatabase(server.url, name)).rejects.toThrow(/Invalid database name/);
    await expect(dropDatabase(server.url, name)).rejects.toThrow(/Invalid database name/);
  });

  it.each(['postgres', 'template0', 'template1'])('refuses to drop the system database %s', async (name) => {
    await expect(dropDatabase(server.url, name)).rejects.toThrow(/system database/);
    expect(await query(server.url, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).toHaveLength(1);
  });

  it('names the bad folder when POSTGRES_BIN_DIR has no server in it, and uses it when it has', () => {
    expect(() => findPostgresBinDir({ POSTGRES_BIN_DIR: '/nonexistent/pg/bin' })).toThrow(/POSTGRES_BIN_DIR=\/nonexistent\/pg\/bin does not contain initdb/);
    expect(findPostgresBinDir({ POSTGRES_BIN_DIR: server.binDir })).toBe(server.binDir);
  });
});

describeWithPostgres('stopping a throwaway PostgreSQL server', () => {
  it(
    'stop() shuts the server down, removes its folder, and is safe to call again',
    async () => {
      const server = await startThrowawayPostgres();
      expect(existsSync(server.dataDir)).toBe(true);
      expect(await probe(server.host, server.port)).toBe('connected');

      await Promise.all([server.stop(), server.stop()]);
      await server.stop();

      expect(existsSync(server.tempDir)).toBe(false);
      expect(await probe(server.host, server.port)).toBe('ECONNREFUSED');
    },
    START_TIMEOUT_MS,
  );

  it(
    'a server that cannot start fails with the tail of its log',
    async () => {
      await expect(startThrowawayPostgres({ maxConnections: 0 })).rejects.toThrow(/PostgreSQL did not start[\s\S]*Server log[\s\S]*max_connections/);
    },
    START_TIMEOUT_MS,
  );

  it.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)(
    'a process killed with %s leaves no server and no folder behind',
    async (signal) => {
      const fixture = fileURLToPath(new URL('./fixtures/hold-postgres-server.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, exitSignal) => resolve(exitSignal)));
      const started = await new Promise<{ port: number; tempDir: string }>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]!));
        });
        child.once('exit', (code) => reject(new Error(`fixture exited (${code}) before starting a server: ${output}`)));
      });
      expect(await probe('127.0.0.1', started.port)).toBe('connected');

      child.kill(signal);
      expect(await exited).toBe(signal);

      // SIGTERM and SIGINT: the signal handlers stop the server before the process dies, so it is
      // gone at once. SIGKILL: the watchdog stops it a moment later.
      const gone = await waitFor(async () => !existsSync(started.tempDir) && (await probe('127.0.0.1', started.port)) === 'ECONNREFUSED', signal === 'SIGKILL' ? 20_000 : 0);
      expect(gone, `server on port ${started.port} (${started.tempDir}) still there after ${signal}`).toBe(true);
    },
    START_TIMEOUT_MS,
  );
});
