// Throwaway PostgreSQL clusters for tests, local development and benchmarks: `initdb` in a
// temporary folder, `pg_ctl` on a free loopback port, trust authentication, durability off.
// Everything the cluster writes lives in that folder, which stop() removes.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);

/** The cluster's superuser; trust authentication on loopback, so it needs no password. */
const POSTGRES_SUPERUSER = 'quantwise';
const HOST = '127.0.0.1';
const REQUIRED_BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;
const START_ATTEMPTS = 5;
const LOG_TAIL_LINES = 30;

export interface ThrowawayPostgresOptions {
  /** Folder holding initdb, pg_ctl and postgres; default: see findPostgresBinDir(). */
  binDir?: string;
  /** Default 200: several app instances, each with a connection pool, plus the test runner. */
  maxConnections?: number;
  /** System user that runs the server when this process is root (initdb and postgres refuse root). Default `postgres`. */
  runAsUser?: string;
  /** Seconds pg_ctl waits for the server to accept connections. Default 60. */
  startTimeoutSeconds?: number;
}

export interface ThrowawayPostgres {
  /** `postgresql://quantwise@127.0.0.1:PORT/postgres` */
  url: string;
  host: string;
  port: number;
  user: string;
  /** The cluster's data directory, inside tempDir. */
  dataDir: string;
  /** The temporary folder holding the data directory, the unix socket and the server log; stop() removes it. */
  tempDir: string;
  binDir: string;
  /** e.g. `15.14 (Debian 15.14-0+deb12u1)` */
  version: string;
  /** Stops the server (`pg_ctl stop -m fast`) and removes tempDir. Safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Where the PostgreSQL server binaries are: `POSTGRES_BIN_DIR`, else the newest
 * `/usr/lib/postgresql/<version>/bin` (Debian, Ubuntu), else `pg_config --bindir`, else PATH.
 */
export function findPostgresBinDir(env: Record<string, string | undefined> = process.env): string {
  const searched: string[] = [];

  const fromEnv = env.POSTGRES_BIN_DIR;
  if (fromEnv) {
    // An explicit choice that is wrong should fail, not silently fall back to another server.
    if (hasServerBinaries(fromEnv)) return fromEnv;
    throw new Error(`POSTGRES_BIN_DIR=${fromEnv} does not contain ${REQUIRED_BINARIES.join(', ')}.`);
  }
  searched.push('POSTGRES_BIN_DIR (unset)');

  const debianRoot = '/usr/lib/postgresql';
  const versions = existsSync(debianRoot) ? readdirSync(debianRoot).filter((name) => /^\d+(\.\d+)?$/.test(name)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = path.join(debianRoot, version, 'bin');
    if (hasServerBinaries(dir)) return dir;
  }
  searched.push(`${debianRoot}/*/bin (${versions.length === 0 ? 'none' : `no server binaries in ${versions.join(', ')}`})`);

  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (hasServerBinaries(dir)) return dir;
    searched.push(`pg_config --bindir (${dir}: no server binaries)`);
  } catch {
    searched.push('pg_config --bindir (no pg_config)');
  }

  const pathDirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of pathDirs) {
    if (hasServerBinaries(dir)) return dir;
  }
  searched.push('PATH');

  throw new Error(
    `No PostgreSQL server binaries (${REQUIRED_BINARIES.join(', ')}) found. Searched: ${searched.join('; ')}. ` +
      'Install the server (Debian: apt-get install postgresql) or set POSTGRES_BIN_DIR.',
  );
}

/** Starts a fresh cluster in a temporary folder on a free loopback port. Remember to stop() it. */
export async function startThrowawayPostgres(options: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres> {
  const binDir = options.binDir ?? findPostgresBinDir();
  if (!hasServerBinaries(binDir)) throw new Error(`${binDir} does not contain ${REQUIRED_BINARIES.join(', ')}.`);
  const runAs = process.getuid?.() === 0 ? systemUser(options.runAsUser ?? 'postgres') : null;
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'quantwise-postgres-'));
  const dataDir = path.join(tempDir, 'data');
  const logFile = path.join(tempDir, 'server.log');
  const runner = new ClusterRunner(binDir, runAs, tempDir);

  try {
    if (runAs) chownSync(tempDir, runAs.uid, runAs.gid);
    const version = (await runner.run('postgres', ['--version'])).replace(/^postgres \(PostgreSQL\)\s*/, '').trim();
    await runner.run('initdb', [
      `--pgdata=${dataDir}`,
      '--auth=trust',
      `--username=${POSTGRES_SUPERUSER}`,
      '--encoding=UTF8',
      // The C locale: strings sort by byte (= code point in UTF-8) and upper()/lower()/ILIKE fold
      // ASCII only, on every machine and libc version, exactly as SQLite's default BINARY
      // collation and its ASCII-only case folding do. A named locale (C.UTF-8, en_US) would tie
      // ordering to the machine's libc.
      '--no-locale',
      // The cluster is thrown away: skip flushing initdb's files to disk.
      '--no-sync',
    ]);
    writeClusterConfig(dataDir, tempDir, options.maxConnections ?? 200);

    const port = await startOnFreePort(runner, dataDir, logFile, options.startTimeoutSeconds ?? 60);
    const cluster = new RunningCluster(runner, dataDir, tempDir, logFile);
    return {
      url: `postgresql://${POSTGRES_SUPERUSER}@${HOST}:${port}/postgres`,
      host: HOST,
      port,
      user: POSTGRES_SUPERUSER,
      dataDir,
      tempDir,
      binDir,
      version,
      stop: () => cluster.stop(),
    };
  } catch (error) {
    // A start that timed out may still bring the server up later: stop it before removing its folder.
    if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
      try {
        runner.runSync('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '30']);
      } catch {
        // Not running.
      }
    }
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/** Creates database `name` on the server at serverUrl and returns its URL (same user, host and port). */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  assertDatabaseName(name);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(serverUrl, name);
}

/** Drops database `name` if it exists, disconnecting its sessions (`WITH (FORCE)`). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  if (PROTECTED_DATABASES.has(name)) throw new Error(`Refusing to drop the system database "${name}".`);
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The URL of another database on the same server. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const PROTECTED_DATABASES = new Set(['postgres', 'template0', 'template1']);

/** Lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 bytes (PostgreSQL's NAMEDATALEN - 1). */
function assertDatabaseName(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Invalid database name ${JSON.stringify(name)}: use 1-63 lower-case letters, digits or underscores, not starting with a digit.`);
  }
}

async function withClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function writeClusterConfig(dataDir: string, tempDir: string, maxConnections: number): void {
  const settings: Record<string, string | number> = {
    // Loopback only, so trust authentication reaches no one outside this machine.
    listen_addresses: HOST,
    // The socket stays in our folder: no clash with a system server's /var/run/postgresql.
    unix_socket_directories: tempDir,
    max_connections: maxConnections,
    // Durability off: a crash loses a throwaway cluster, nothing else, and tests run faster.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key} = ${typeof value === 'number' ? value : `'${value.replaceAll("'", "''")}'`}`);
  writeFileSync(path.join(dataDir, 'postgresql.conf'), `\n# quantwise throwaway cluster\n${lines.join('\n')}\n`, { flag: 'a' });
  // Written out rather than trusting initdb's defaults: the unix socket and 127.0.0.1, nothing else.
  writeFileSync(path.join(dataDir, 'pg_hba.conf'), ['local all all trust', `host all all ${HOST}/32 trust`, ''].join('\n'));
}

/** Asks the OS for a free port, starts there, and retries when another process takes the port first. */
async function startOnFreePort(runner: ClusterRunner, dataDir: string, logFile: string, timeoutSeconds: number): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const logOffset = existsSync(logFile) ? statSync(logFile).size : 0;
    try {
      await runner.run('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', String(timeoutSeconds), '-o', `-p ${port}`]);
      return port;
    } catch (error) {
      const log = readFileSync(logFile, 'utf8').slice(logOffset);
      const portTaken = /could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(log);
      if (portTaken && attempt < START_ATTEMPTS) continue;
      throw new Error(`PostgreSQL did not start on ${HOST}:${port}: ${errorMessage(error)}\n${logTail(logFile)}`);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port from the OS'))));
    });
  });
}

interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

function systemUser(name: string): SystemUser {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return { name, uid, gid };
  } catch {
    throw new Error(
      `initdb and postgres refuse to run as root, and there is no "${name}" user to run them as. ` +
        'Run as a non-root user, create that system user, or pass runAsUser.',
    );
  }
}

/** Runs the PostgreSQL binaries, as the runAs user when this process is root. */
class ClusterRunner {
  constructor(
    readonly binDir: string,
    readonly runAs: SystemUser | null,
    readonly tempDir: string,
  ) {}

  /** [file, args] for a binary, wrapped in `runuser -u USER --` when needed. */
  command(binary: string, args: string[]): [string, string[]] {
    const file = path.join(this.binDir, binary);
    return this.runAs ? ['runuser', ['-u', this.runAs.name, '--', file, ...args]] : [file, args];
  }

  async run(binary: string, args: string[]): Promise<string> {
    const [file, commandArgs] = this.command(binary, args);
    try {
      // cwd: the server user may not be able to read the caller's working directory (e.g. /root).
      const { stdout } = await execFileAsync(file, commandArgs, { cwd: this.tempDir, encoding: 'utf8' });
      return stdout;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new Error(`${binary} ${args.join(' ')} failed: ${stderr || errorMessage(error)}`);
    }
  }

  runSync(binary: string, args: string[]): void {
    const [file, commandArgs] = this.command(binary, args);
    execFileSync(file, commandArgs, { cwd: this.tempDir, stdio: 'ignore' });
  }
}

const runningClusters = new Set<RunningCluster>();

/**
 * A started cluster. Stopped by stop(), or, if the process ends first, by the exit and signal
 * handlers below; if the process is killed outright (SIGKILL, OOM), by its watchdog.
 */
class RunningCluster {
  private stopping: Promise<void> | null = null;
  private readonly watchdog: ChildProcess;

  constructor(
    private readonly runner: ClusterRunner,
    private readonly dataDir: string,
    private readonly tempDir: string,
    private readonly logFile: string,
  ) {
    this.watchdog = this.startWatchdog();
    runningClusters.add(this);
    installExitHandlers();
  }

  stop(): Promise<void> {
    this.stopping ??= this.stopAndRemove();
    return this.stopping;
  }

  private async stopAndRemove(): Promise<void> {
    runningClusters.delete(this);
    this.killWatchdog();
    try {
      await this.runner.run('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '60']);
    } catch (fastError) {
      try {
        await this.runner.run('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30']);
      } catch {
        if (this.isRunning()) {
          // Keep the folder: removing a live server's data directory would orphan the server.
          throw new Error(`Could not stop PostgreSQL (${this.dataDir}): ${errorMessage(fastError)}\n${logTail(this.logFile)}`);
        }
      }
    }
    rmSync(this.tempDir, { recursive: true, force: true });
    uninstallExitHandlersWhenIdle();
  }

  /** For exit and signal handlers, which cannot wait for promises. Immediate: nothing here is worth a checkpoint. */
  stopNow(): void {
    if (this.stopping) return;
    this.stopping = Promise.resolve();
    runningClusters.delete(this);
    this.killWatchdog();
    try {
      this.runner.runSync('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30']);
    } catch {
      // Already stopped; the folder goes either way.
    }
    rmSync(this.tempDir, { recursive: true, force: true });
  }

  private isRunning(): boolean {
    try {
      this.runner.runSync('pg_ctl', ['status', '-D', this.dataDir]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A detached shell that holds the read end of a pipe from this process. The kernel closes the
   * write end however this process dies, even by SIGKILL; `cat` then returns and the shell stops
   * the server and removes the folder. stop() kills the watchdog first, so it only acts on a crash.
   */
  private startWatchdog(): ChildProcess {
    const [file, args] = this.runner.command('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30']);
    const stopCommand = [file, ...args].map(shellQuote).join(' ');
    const script = `cat >/dev/null; ${stopCommand} >/dev/null 2>&1; rm -rf ${shellQuote(this.tempDir)}`;
    const child = spawn('/bin/sh', ['-c', script], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    child.unref();
    // The pipe must not keep this process's event loop alive.
    (child.stdin as unknown as net.Socket | null)?.unref();
    return child;
  }

  private killWatchdog(): void {
    const pid = this.watchdog.pid;
    if (pid === undefined || this.watchdog.exitCode !== null) return;
    try {
      process.kill(-pid, 'SIGKILL'); // its process group: the shell and its `cat`
    } catch {
      // Already gone.
    }
    this.watchdog.stdin?.destroy();
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let exitHandlersInstalled = false;

function stopAllNow(): void {
  for (const cluster of [...runningClusters]) cluster.stopNow();
}

function onSignal(signal: NodeJS.Signals): void {
  stopAllNow();
  uninstallExitHandlers();
  // If nobody else handles the signal, die of it as the process would have without us.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.on('exit', stopAllNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstallExitHandlers(): void {
  if (!exitHandlersInstalled) return;
  exitHandlersInstalled = false;
  process.off('exit', stopAllNow);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function uninstallExitHandlersWhenIdle(): void {
  if (runningClusters.size === 0) uninstallExitHandlers();
}

function logTail(logFile: string): string {
  if (!existsSync(logFile)) return '(no server log)';
  // The last 16 KB is plenty for the last lines and keeps a huge log out of memory.
  const size = statSync(logFile).size;
  const length = Math.min(size, 16 * 1024);
  const buffer = Buffer.alloc(length);
  const fd = openSync(logFile, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  const lines = buffer.toString('utf8').trimEnd().split('\n').slice(-LOG_TAIL_LINES);
  return `Server log, last ${lines.length} lines:\n${lines.join('\n')}`;
}

function hasServerBinaries(dir: string): boolean {
  return REQUIRED_BINARIES.every((name) => isExecutableFile(path.join(dir, name)));
}

function isExecutableFile(file: string): boolean {
  try {
    return statSync(file).isFile() && (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
