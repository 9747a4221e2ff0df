// Drives Prisma's schema engine, compiled to WebAssembly, through the better-sqlite3 driver
// adapter. Prisma's CLI would download a native engine binary, which this project's machines
// cannot reach; the Wasm engine does the same work (same migration folder format, same
// `_prisma_migrations` table), so `prisma migrate deploy` stays usable wherever the binary is.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine as WasmSchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
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

export function readSchema(schemaPath = SCHEMA_PATH): string {
  return readFileSync(schemaPath, 'utf8');
}

export interface SchemaEngineHandle {
  engine: WasmSchemaEngine;
  close(): Promise<void>;
}

/**
 * Wraps the adapter factory to remember the connections the engine opens: freeing the engine
 * does not close them, and an open better-sqlite3 handle keeps the file busy for the next step.
 */
function trackingFactory(filePath: string) {
  const base = new PrismaBetterSqlite3({ url: filePath });
  const connections: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const connection = await base.connect();
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

/** Opens the Wasm schema engine on a SQLite file. */
export async function openSchemaEngine(filePath: string, schemaPath = SCHEMA_PATH): Promise<SchemaEngineHandle> {
  const runtime = await loadRuntime();
  const tracked = trackingFactory(filePath);
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await runtime.SchemaEngine.new({ datamodels: [[schemaPath, readSchema(schemaPath)]] }, log, adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      await tracked.dispose();
    },
  };
}

/** Reads `prisma/migrations` in the shape the engine expects (what Prisma's CLI builds). */
export function loadMigrations(dir = MIGRATIONS_DIR): MigrationList {
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

/** Applies pending migrations; returns the names it applied (empty when up to date). */
export async function applyMigrations(filePath: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  return withSchemaEngine(filePath, (engine) => applyWith(engine, dir));
}

async function applyWith(engine: WasmSchemaEngine, dir = MIGRATIONS_DIR): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: loadMigrations(dir), filters: NO_FILTER });
  return result.appliedMigrationNames;
}

/**
 * Runs `work` on one engine over one connection. Use a single engine for a sequence of steps
 * on the same file: a second connection opened in the same process finds the file busy.
 */
export async function withSchemaEngine<T>(filePath: string, work: (engine: WasmSchemaEngine) => Promise<T>): Promise<T> {
  const handle = await openSchemaEngine(filePath);
  try {
    return await work(handle.engine);
  } finally {
    await handle.close();
  }
}

/** The Prisma datamodel of a live database, as `prisma db pull` would write it. */
export async function introspectDatamodel(filePath: string): Promise<string> {
  return withSchemaEngine(filePath, introspectWith);
}

async function introspectWith(engine: WasmSchemaEngine): Promise<string> {
  const result = await engine.introspect({
    schema: { files: [{ path: SCHEMA_PATH, content: readSchema() }] },
    baseDirectoryPath: path.dirname(SCHEMA_PATH),
    force: true,
    compositeTypeDepth: -1,
    namespaces: null,
  });
  return result.schema.files.map((file) => file.content).join('\n');
}

/** Applies the migrations to a (scratch) database and returns the datamodel they produce. */
export async function datamodelOfMigrations(filePath: string, dir = MIGRATIONS_DIR): Promise<string> {
  return withSchemaEngine(filePath, async (engine) => {
    await applyWith(engine, dir);
    return introspectWith(engine);
  });
}

/**
 * SQL that takes a database at `fromDatamodel` to `toDatamodel` (empty string: nothing to do).
 * Diffing two datamodels needs no database; the engine is opened on a throwaway in-memory one.
 */
export async function diffDatamodels(fromDatamodel: string | null, toDatamodel: string): Promise<string> {
  const handle = await openSchemaEngine(':memory:');
  try {
    const result = await handle.engine.diff({
      from: fromDatamodel === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'from.prisma', content: fromDatamodel }] },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: toDatamodel }] },
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
