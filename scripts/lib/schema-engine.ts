// Drives Prisma's schema engine, compiled to WebAssembly, through a driver adapter: better-sqlite3
// for SQLite, node-postgres for PostgreSQL. Prisma's CLI would download a native engine binary,
// which this project's machines cannot reach; the Wasm engine does the same work (same migration
// folder format, same `_prisma_migrations` table), so `prisma migrate deploy` stays usable
// wherever the binary is.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine as WasmSchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { postgresConnection, type DatabaseTarget } from '@/lib/database-url';
import { providerMigrationsDir, providerSchemaPath } from './provider-schema.ts';

const NO_FILTER = { externalTables: [], externalEnums: [] };

type Runtime = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let runtimePromise: Promise<Runtime> | undefined;

function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= (async () => {
    const runtime: Runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return runtime;
  })();
  return runtimePromise;
}

/** The generated schema of the target's provider (prisma/<provider>/schema.prisma). */
export function readProviderSchema(target: DatabaseTarget): string {
  return readFileSync(providerSchemaPath(target.provider), 'utf8');
}

interface SchemaEngineHandle {
  engine: WasmSchemaEngine;
  close(): Promise<void>;
}

const PG_CHAR = 18;
const PG_TEXT = 25;

type QueryCallback = (error: Error | null, result: pg.QueryResult) => void;

/**
 * Introspection reads catalog columns of PostgreSQL's one-byte `"char"` type (relkind, contype…),
 * which the pg driver adapter refuses as an unsupported column type. node-postgres already
 * decodes them as strings, so this client reports them as text. Used by the migration tooling
 * only; the app never reads such columns.
 */
class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const relabel = (result: pg.QueryResult | undefined) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      return result;
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as QueryCallback;
      args[last] = (error: Error | null, result: pg.QueryResult) => callback(error, relabel(result)!);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then(relabel) : returned) as never;
  }
}

function postgresFactory(url: string): PrismaPg {
  const { pool, schema } = postgresConnection(url);
  return new PrismaPg({ ...pool, Client: CharAsTextClient }, schema ? { schema } : undefined);
}

function baseFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  return target.provider === 'sqlite'
    ? new PrismaBetterSqlite3({ url: target.file })
    : postgresFactory(target.url);
}

/**
 * A migration script runs as one query, as `prisma migrate deploy` runs it: @prisma/adapter-pg's
 * executeScript splits it on every ";", inside a comment or a function body too, which breaks
 * PL/pgSQL (the physical-range triggers of the `hardening` migration). node-postgres sends a query
 * without parameters as a simple query, which may hold several statements.
 */
function wholeScripts(connection: SqlDriverAdapter): SqlDriverAdapter {
  const client = (connection as unknown as { client?: { query?: (sql: string) => Promise<unknown> } }).client;
  if (connection.provider !== 'postgres' || typeof client?.query !== 'function') return connection;
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'executeScript') {
        return async (script: string) => {
          try {
            await client.query!(script);
          } catch (error) {
            // The adapter's own conversion into the error the engine understands.
            (target as unknown as { onError(error: unknown): never }).onError(error);
          }
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Wraps the adapter factory to remember the connections the engine opens: freeing the engine
 * does not close them, and an open handle keeps a SQLite file busy (or a PostgreSQL database in
 * use) for the next step.
 */
function trackingFactory(target: DatabaseTarget) {
  const base = baseFactory(target);
  const connections: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const connection = wholeScripts(await base.connect());
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await base.connectToShadowDb();
      connections.push(connection);
      return connection;
    },
  };
  return { factory, dispose: () => Promise.all(connections.splice(0).map((c) => c.dispose())) };
}

/** Opens the Wasm schema engine on a database, with the generated schema of its provider. */
async function openSchemaEngine(target: DatabaseTarget, schemaPath = providerSchemaPath(target.provider)): Promise<SchemaEngineHandle> {
  const runtime = await loadRuntime();
  const tracked = trackingFactory(target);
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await runtime.SchemaEngine.new({ datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] }, log, adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      await tracked.dispose();
    },
  };
}

/** Reads a migrations folder in the shape the engine expects (what Prisma's CLI builds). */
export function loadMigrations(dir: string): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies pending migrations of the target's provider; returns the names it applied (empty when up to date). */
export async function applyMigrations(target: DatabaseTarget, dir = providerMigrationsDir(target.provider)): Promise<string[]> {
  if (target.provider === 'postgresql') await ensureSchema(target.url);
  return withSchemaEngine(target, (engine) => applyWith(engine, dir));
}

/** A `?schema=` the database lacks is created first (only when missing: creating needs a privilege reading does not). */
async function ensureSchema(url: string): Promise<void> {
  const { pool, schema } = postgresConnection(url);
  if (!schema) return;
  const client = new pg.Client({ connectionString: pool.connectionString });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (found.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
}

async function applyWith(engine: WasmSchemaEngine, dir: string): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: loadMigrations(dir), filters: NO_FILTER });
  return result.appliedMigrationNames;
}

/**
 * Runs `work` on one engine over one connection. Use a single engine for a sequence of steps
 * on the same SQLite file: a second connection opened in the same process finds the file busy.
 */
async function withSchemaEngine<T>(target: DatabaseTarget, work: (engine: WasmSchemaEngine) => Promise<T>): Promise<T> {
  const handle = await openSchemaEngine(target);
  try {
    return await work(handle.engine);
  } finally {
    await handle.close();
  }
}

/** The Prisma datamodel of a live database, as `prisma db pull` would write it. */
export async function introspectDatamodel(target: DatabaseTarget): Promise<string> {
  return withSchemaEngine(target, (engine) => introspectWith(engine, target));
}

async function introspectWith(engine: WasmSchemaEngine, target: DatabaseTarget): Promise<string> {
  const schemaPath = providerSchemaPath(target.provider);
  const result = await engine.introspect({
    schema: { files: [{ path: schemaPath, content: readProviderSchema(target) }] },
    baseDirectoryPath: path.dirname(schemaPath),
    force: true,
    compositeTypeDepth: -1,
    namespaces: null,
  });
  return result.schema.files.map((file) => file.content).join('\n');
}

/** Applies the migrations to a (scratch) database and returns the datamodel they produce. */
export async function datamodelOfMigrations(target: DatabaseTarget, dir = providerMigrationsDir(target.provider)): Promise<string> {
  return withSchemaEngine(target, async (engine) => {
    await applyWith(engine, dir);
    return introspectWith(engine, target);
  });
}

/**
 * SQL that takes a database at `fromDatamodel` to `toDatamodel` (empty string: nothing to do).
 * Both datamodels name the same provider as `engineTarget`, the database the engine opens to
 * render SQL in that provider's dialect: SQLite diffs on an in-memory database; PostgreSQL
 * needs a reachable server (the diff itself does not touch its tables).
 */
export async function diffDatamodels(engineTarget: DatabaseTarget, fromDatamodel: string | null, toDatamodel: string): Promise<string> {
  const target: DatabaseTarget = engineTarget.provider === 'sqlite' ? { ...engineTarget, file: ':memory:' } : engineTarget;
  const handle = await openSchemaEngine(target);
  try {
    const result = await handle.engine.diff({
      from: fromDatamodel === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'from.prisma', content: fromDatamodel }] },
      to: { tag: 'schemaDatamodel', files: [{ path: providerSchemaPath(engineTarget.provider), content: toDatamodel }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const script = result.stdout ?? '';
    return /^\s*(--[^\n]*\n?\s*)*$/.test(script) || script.includes('This is an empty migration') ? '' : script;
  } finally {
    await handle.close();
  }
}
