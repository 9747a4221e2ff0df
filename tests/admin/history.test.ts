import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeThreeWay, resolveMerge } from '@/lib/editing/record-diff';
import { adminReturnPath } from '@/lib/schemas/admin';
import { setUpAdminFixture, type AdminFixture } from '@/tests/admin/support';

// Issue 18, on a real seeded SQLite file: nothing an editor saved is lost to another editor, an
// old export, or a revert; every entry's history is its audit rows, diffed field by field.

let fx: AdminFixture;
let data: typeof import('@/lib/data/admin/catalog');
let history: typeof import('@/lib/data/admin/history');
let imports: typeof import('@/lib/data/admin/import');
let audit: typeof import('@/lib/data/admin/audit');
let bulk: typeof import('@/lib/data/admin/bulk-edit');

beforeAll(async () => {
  fx = await setUpAdminFixture();
  data = await import('@/lib/data/admin/catalog');
  history = await import('@/lib/data/admin/history');
  imports = await import('@/lib/data/admin/import');
  audit = await import('@/lib/data/admin/audit');
  bulk = await import('@/lib/data/admin/bulk-edit');
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

const GPU = 'geforce-rtx-3060-12gb';
type Gpu = { key: string; version: number; record: Record<string, unknown> & { notes: string; bandwidthGBps: number } };
const load = async (key = GPU) => (await data.getEntry(fx.actors.editor, 'hardware', key))! as unknown as Gpu;
const save = async (actor: keyof AdminFixture['actors'], record: unknown, key = GPU) => {
  const entry = await load(key);
  const result = await data.saveEntry(fx.actors[actor], { entity: 'hardware', key, version: entry.version, record });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result;
};

describe('[ADMIN] two editors, one row: the three-way merge keeps both', () => {
  it('B saved another field first; A merges from the version A started from and both edits are in the row', async () => {
    const start = await load();
    const mine = { ...start.record, bandwidthGBps: 361 };
    await save('admin', { ...start.record, notes: 'B was here' });
    const refused = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: GPU, version: start.version, record: mine });
    expect(refused).toMatchObject({ ok: false, kind: 'conflict' });
    if (refused.ok || refused.kind !== 'conflict') throw new Error('expected a conflict');
    const merge = mergeThreeWay(start.record, refused.theirs!.record, mine);
    expect(merge.conflicts).toEqual([]);
    const saved = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: GPU, version: refused.theirs!.version, record: resolveMerge(merge, {}) });
    expect(saved).toMatchObject({ ok: true });
    expect((await load()).record).toMatchObject({ notes: 'B was here', bandwidthGBps: 361 });
  });
});

describe('[ADMIN] history and revert', () => {
  it('the history lists each change with its field-level diff and who made it', async () => {
    const items = await history.entryHistory(fx.actors.viewer, 'hardware', GPU);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items[0]).toMatchObject({ action: 'update', actorEmail: 'editor@example.com', changes: [{ field: 'bandwidthGBps', after: 361 }] });
    expect(items[1]).toMatchObject({ action: 'update', actorEmail: 'admin@example.com', changes: [{ field: 'notes', after: 'B was here' }] });
  });

  it('reverting an older change undoes only its fields; a later edit to another field stays; the revert is audited', async () => {
    const [, notesChange] = await history.entryHistory(fx.actors.viewer, 'hardware', GPU);
    const current = await load();
    const result = await history.revertChange(fx.actors.editor, { auditId: notesChange!.id, version: current.version });
    expect(result).toMatchObject({ ok: true, version: current.version + 1 });
    const after = await load();
    expect(after.record.notes).not.toBe('B was here');
    expect(after.record).toMatchObject({ bandwidthGBps: 361 });
    const [newest] = await history.entryHistory(fx.actors.viewer, 'hardware', GPU);
    expect(newest).toMatchObject({ action: 'revert', actorEmail: 'editor@example.com', changes: [{ field: 'notes', before: 'B was here' }] });
  });

  it('a revert with a stale version changes nothing', async () => {
    const [latest] = await history.entryHistory(fx.actors.viewer, 'hardware', GPU);
    const current = await load();
    const before = await fx.fingerprint();
    expect(await history.revertChange(fx.actors.editor, { auditId: latest!.id, version: current.version - 1 })).toMatchObject({ ok: false, kind: 'stale' });
    expect(await fx.fingerprint()).toBe(before);
  });

  it('a field edited again since the change is a conflict, never overwritten; the editor resolves it explicitly', async () => {
    await save('editor', { ...(await load()).record, bandwidthGBps: 370 });
    const [change370] = await history.entryHistory(fx.actors.viewer, 'hardware', GPU);
    await save('admin', { ...(await load()).record, bandwidthGBps: 380 });
    const current = await load();
    const before = await fx.fingerprint();
    const refused = await history.revertChange(fx.actors.editor, { auditId: change370!.id, version: current.version });
    expect(refused).toMatchObject({ ok: false, kind: 'conflict', conflicts: [{ field: 'bandwidthGBps', base: 370, theirs: 380, mine: 361 }] });
    expect(await fx.fingerprint()).toBe(before);
    const resolved = await history.revertChange(fx.actors.editor, { auditId: change370!.id, version: current.version, record: { ...current.record, bandwidthGBps: 361 } });
    expect(resolved).toMatchObject({ ok: true });
    expect((await load()).record.bandwidthGBps).toBe(361);
  });

  it('reverting a create deletes the entry; reverting that delete brings it back; viewers cannot revert', async () => {
    const template = (await load()).record;
    const created = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: null, version: null, record: { ...template, slug: 'revert-me', name: 'Revert Me' } });
    expect(created).toMatchObject({ ok: true, key: 'revert-me' });
    const [createRow] = await history.entryHistory(fx.actors.viewer, 'hardware', 'revert-me');
    await expect(history.revertChange(fx.actors.viewer, { auditId: createRow!.id, version: 1 })).rejects.toThrow();
    expect(await history.revertChange(fx.actors.editor, { auditId: createRow!.id, version: 1 })).toMatchObject({ ok: true, deleted: true });
    expect(await data.getEntry(fx.actors.editor, 'hardware', 'revert-me')).toBeNull();
    const [deleteRow] = await history.entryHistory(fx.actors.viewer, 'hardware', 'revert-me');
    expect(await history.revertChange(fx.actors.editor, { auditId: deleteRow!.id, version: null })).toMatchObject({ ok: true, deleted: false });
    expect((await data.getEntry(fx.actors.editor, 'hardware', 'revert-me'))?.record).toMatchObject({ name: 'Revert Me' });
  });

  it('bad revert input is a field-named refusal, not an exception', async () => {
    expect(await history.revertChange(fx.actors.editor, { auditId: 'x', version: 1 })).toMatchObject({ ok: false, kind: 'validation', fieldErrors: { auditId: expect.any(String) } });
    expect(await history.revertChange(fx.actors.editor, { auditId: 999_999, version: 1 })).toMatchObject({ ok: false, kind: 'not-found' });
  });
});

describe('[ADMIN] import carries versions: an old export never reverts a later edit', () => {
  it('a row saved since the export is a conflict in the dry run, and the real import writes nothing', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    expect(exported.versions.hardware[GPU]).toBe((await load()).version);
    // A colleague saves after the export; the file, edited elsewhere, still has the old row.
    await save('admin', { ...(await load()).record, bandwidthGBps: 362 });
    const fileGpu = exported.catalog.hardware.find((h) => h.slug === GPU)!;
    const other = exported.catalog.hardware.find((h) => h.slug === 'geforce-rtx-2060')!;
    const json = JSON.stringify({ ...exported, catalog: { hardware: [{ ...fileGpu, notes: 'edited in the file' }, { ...other, bandwidthGBps: 337 }] } });
    const dry = await imports.importCatalog(fx.actors.editor, { json, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, conflicts: 1 });
    if (!dry.ok) throw new Error('expected a dry run');
    expect(dry.operations.find((o) => o.key === GPU)).toMatchObject({ kind: 'conflict', fileVersion: exported.versions.hardware[GPU], savedVersion: (await load()).version });
    expect(dry.operations.find((o) => o.key === 'geforce-rtx-2060')).toMatchObject({ kind: 'update' });
    const before = await fx.fingerprint();
    const real = await imports.importCatalog(fx.actors.editor, { json, dryRun: false });
    expect(real).toMatchObject({ ok: false, errors: [{ path: `catalog.hardware (${GPU})` }] });
    expect(await fx.fingerprint()).toBe(before);
    expect((await load()).record.bandwidthGBps).toBe(362);
  });

  it('a row deleted since the export is a conflict too, not a silent re-create', async () => {
    const template = (await load()).record;
    await data.saveEntry(fx.actors.editor, { entity: 'hardware', key: null, version: null, record: { ...template, slug: 'gone-gpu', name: 'Gone GPU' } });
    const exported = await data.exportCatalog(fx.actors.editor);
    const gone = await load('gone-gpu');
    expect(await data.deleteEntry(fx.actors.editor, { entity: 'hardware', key: 'gone-gpu', version: gone.version })).toMatchObject({ ok: true });
    const json = JSON.stringify({ ...exported, catalog: { hardware: exported.catalog.hardware.filter((h) => h.slug === 'gone-gpu') } });
    const dry = await imports.importCatalog(fx.actors.editor, { json, dryRun: true });
    expect(dry).toMatchObject({ ok: true, conflicts: 1, operations: [{ key: 'gone-gpu', kind: 'conflict', savedVersion: null }] });
  });

  it('a fresh export edited and imported applies normally', async () => {
    const exported = await data.exportCatalog(fx.actors.editor);
    const gpu = exported.catalog.hardware.find((h) => h.slug === GPU)!;
    const json = JSON.stringify({ ...exported, catalog: { hardware: [{ ...gpu, bandwidthGBps: 363 }] } });
    expect(await imports.importCatalog(fx.actors.editor, { json, dryRun: false })).toMatchObject({ ok: true, conflicts: 0, operations: [{ kind: 'update' }] });
    expect((await load()).record.bandwidthGBps).toBe(363);
  });
});

describe('[ADMIN] the audit log reads as diffs and filters by date', () => {
  it('rows carry field-level changes; a date range outside today finds nothing', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { rows } = await audit.listAudit(fx.actors.admin, { entity: 'hardware', key: GPU, from: today, to: today });
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((r) => r.changes.some((c) => c.field === 'bandwidthGBps'))).toBe(true);
    expect((await audit.listAudit(fx.actors.admin, { entity: 'hardware', from: '2001-01-01', to: '2001-01-02' })).total).toBe(0);
  });
});

describe('sign-in returns only to admin pages', () => {
  it.each([
    ['/admin/hardware/x', '/admin/hardware/x'],
    ['/admin/models/new?from=draft', '/admin/models/new?from=draft'],
    ['//evil.example/admin', '/admin'],
    ['/admin//evil.example', '/admin'],
    ['https://evil.example/admin', '/admin'],
    ['/\\evil.example', '/admin'],
    ['/administrator', '/admin'],
    [undefined, '/admin'],
  ])('%s → %s', (input, expected) => {
    expect(adminReturnPath(input)).toBe(expected);
  });
});

describe('[ADMIN] entity lists have no row cap', () => {
  it('every artifact is reachable page by page, each exactly once', async () => {
    const first = await data.listEntries(fx.actors.viewer, 'artifacts', { size: 100 });
    expect(first.total).toBe(await fx.prisma.artifact.count());
    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) {
      for (const row of (await data.listEntries(fx.actors.viewer, 'artifacts', { size: 100, page })).rows) seen.add(row.key);
    }
    expect(seen.size).toBe(first.total);
  });
});

describe('[ADMIN] bulk edit: one field, chosen rows, previewed, all or nothing', () => {
  const keys = ['geforce-rtx-3080-10gb', 'geforce-rtx-3080-12gb'];
  const chosen = async () => Promise.all(keys.map(async (key) => ({ key, version: (await load(key)).version })));

  it('the dry run shows each row’s diff and writes nothing; the real run writes and audits each row', async () => {
    const rows = await chosen();
    const before = await fx.fingerprint();
    const dry = await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'launchPriceUsd', value: '1,234', rows, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, changed: 2, rows: keys.map((key) => ({ key, changes: [{ field: 'launchPriceUsd', after: 1234 }] })) });
    expect(await fx.fingerprint()).toBe(before);
    expect(await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'launchPriceUsd', value: '1,234', rows, dryRun: false })).toMatchObject({ ok: true, changed: 2 });
    for (const key of keys) expect((await load(key)).record.launchPriceUsd).toBe(1234);
    expect(await fx.prisma.auditLog.count({ where: { action: 'update', entity: 'hardware', entityKey: { in: keys }, actorEmail: 'editor@example.com' } })).toBeGreaterThanOrEqual(2);
  });

  it('one row saved since it was listed blocks the edit; a bad value names the field; nothing is written', async () => {
    const rows = await chosen();
    await save('admin', { ...(await load(keys[0])).record, notes: 'moved on' }, keys[0]);
    const before = await fx.fingerprint();
    const stale = await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'launchPriceUsd', value: '999', rows, dryRun: false });
    expect(stale).toMatchObject({ ok: false, rows: [{ key: keys[0], problem: expect.stringContaining('since you listed it') }, { key: keys[1] }] });
    expect(await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'launchPriceUsd', value: 'cheap', rows: await chosen(), dryRun: true })).toMatchObject({ ok: false, fieldErrors: { value: expect.any(String) } });
    expect(await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'slug', value: 'x', rows: await chosen(), dryRun: true })).toMatchObject({ ok: false, fieldErrors: { field: expect.any(String) } });
    expect(await bulk.bulkEdit(fx.actors.editor, { entity: 'hardware', field: 'launchPriceUsd', value: '-5', rows: await chosen(), dryRun: false })).toMatchObject({ ok: false });
    expect(await fx.fingerprint()).toBe(before);
  });
});
