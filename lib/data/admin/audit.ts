import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/prisma-client';
import { diffRecords, type FieldChange } from '@/lib/editing/record-diff';

// The audit log: one row per change, written inside the change's own transaction, so a change
// without its audit row (or the reverse) cannot exist.

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  entity?: string | null;
  entityKey?: string | null;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export async function writeAudit(tx: Tx, actor: Pick<Actor, 'userId' | 'email' | 'ip'> | null, entry: AuditEntry & { ip?: string | null; actorEmail?: string | null }): Promise<number> {
  const row = await tx.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? entry.actorEmail ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityKey: entry.entityKey ?? null,
      before: json(entry.before),
      after: json(entry.after),
      ip: actor?.ip ?? entry.ip ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

export interface AuditFilter {
  action?: string | undefined;
  entity?: string | undefined;
  actor?: string | undefined;
  key?: string | undefined;
  /** YYYY-MM-DD, inclusive, UTC. */
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
}

export interface AuditRow {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  entity: string | null;
  entityKey: string | null;
  /** The change, field by field (a create lists every field; a delete, every field it had). */
  changes: FieldChange[];
  ip: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** Admins only: the log, newest first, filtered. */
export async function listAudit(actor: Actor | null, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  assertRole(actor, 'admin');
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    // Emails are stored lower-cased; lower-casing the filter makes it match on both engines
    // (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.key ? { entityKey: { contains: filter.key } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}), ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000) } : {}) } }
      : {}),
  };
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { id: 'desc' }, take: AUDIT_PAGE_SIZE, skip: (page - 1) * AUDIT_PAGE_SIZE }),
    db.auditLog.count({ where }),
  ]);
  const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));
  return {
    rows: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorEmail: r.actorEmail, action: r.action, entity: r.entity, entityKey: r.entityKey, changes: diffRecords(parse(r.before), parse(r.after)), ip: r.ip })),
    total,
  };
}
