import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

// SQLite has one writer at a time, and better-sqlite3 waits for a busy database synchronously:
// a write that finds another connection's transaction open would freeze the whole process until
// the lock frees or the busy timeout fails it. So, per process, writers take turns asynchronously
// instead, through one gate:
// - a transaction (a Prisma interactive transaction on the app's connection, or the catalog
//   import's transaction on its own connection, lib/data/admin/import.ts) holds the gate while it
//   is open;
// - a write outside a transaction waits until the gate is free, then runs (synchronously, so
//   nothing can start in between);
// - reads never wait: in WAL mode a reader sees the last committed state, so a long import on its
//   own connection leaves every page, the revision check and the catalog snapshot unblocked and
//   free of its uncommitted rows.

export class WriteGate {
  private tail: Promise<void> = Promise.resolve();
  private holders = 0;
  private idleWaiters: (() => void)[] = [];

  /** Waits for every earlier holder, then holds the gate until the returned release is called. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const before = this.tail;
    this.tail = before.then(() => turn);
    this.holders++;
    await before;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holders--;
      release();
      if (this.holders === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
  }

  /** Resolves once nobody holds or waits for the gate. */
  async idle(): Promise<void> {
    while (this.holders > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  get busy(): boolean {
    return this.holders > 0;
  }
}

const GATE = Symbol.for('quantwise.sqliteWriteGate');
/** The one gate of this process (kept on globalThis: Next bundles this module more than once). */
export function sqliteWriteGate(): WriteGate {
  const store = globalThis as Record<symbol, WriteGate | undefined>;
  store[GATE] ??= new WriteGate();
  return store[GATE];
}

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter|begin|commit|savepoint|release|rollback|pragma|vacuum|reindex)\b/i;
/** Whether a statement may write (Prisma's reads are plain SELECTs). */
export const isWriteStatement = (sql: string) => WRITE.test(sql);

function gatedTransaction(transaction: Transaction, release: () => void): Transaction {
  return new Proxy(transaction, {
    get(target, property, receiver) {
      if (property === 'commit' || property === 'rollback') {
        return async () => {
          try {
            await target[property]();
          } finally {
            release();
          }
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The adapter with its writes and transactions taking turns through `gate`. */
export function gatedAdapter(adapter: SqlDriverAdapter, gate: WriteGate): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === 'queryRaw' || property === 'executeRaw') {
        return async (query: SqlQuery) => {
          if (isWriteStatement(query.sql)) await gate.idle();
          return target[property](query);
        };
      }
      if (property === 'executeScript') {
        return async (script: string) => {
          const release = await gate.acquire();
          try {
            await target.executeScript(script);
          } finally {
            release();
          }
        };
      }
      if (property === 'startTransaction') {
        return async (isolationLevel?: IsolationLevel) => {
          const release = await gate.acquire();
          try {
            return gatedTransaction(await target.startTransaction(isolationLevel), release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A SQLite adapter factory whose connections take turns writing through the process's gate. */
export function gatedFactory(factory: SqlMigrationAwareDriverAdapterFactory, gate: WriteGate = sqliteWriteGate()): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => gatedAdapter(await factory.connect(), gate),
    connectToShadowDb: async () => gatedAdapter(await factory.connectToShadowDb(), gate),
  };
}
