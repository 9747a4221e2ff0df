import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_SCHEMAS, createUserInputSchema, deleteEntryInputSchema, importInputSchema, previewEntryInputSchema, saveEntryInputSchema, updateUserInputSchema, changeOwnPasswordInputSchema, type EntityName } from '@/lib/schemas/admin';
import { setUpAdminFixture, type AdminFixture } from '@/tests/admin/support';

// For each admin action: 1,000 random invalid payloads → a validation error (never a throw),
// nothing written, and the next valid call still works.

const RUNS = 1000;
let fx: AdminFixture;
let data: typeof import('@/lib/data/admin/catalog');
let imports: typeof import('@/lib/data/admin/import');
let users: typeof import('@/lib/data/admin/users');
let preview: typeof import('@/lib/data/admin/preview');
const bases = {} as Record<EntityName, { key: string; version: number; record: Record<string, unknown> }>;

beforeAll(async () => {
  fx = await setUpAdminFixture();
  data = await import('@/lib/data/admin/catalog');
  imports = await import('@/lib/data/admin/import');
  users = await import('@/lib/data/admin/users');
  preview = await import('@/lib/data/admin/preview');
  for (const entity of ENTITIES) {
    const first = (await data.listEntries(fx.actors.editor, entity)).rows[0]!;
    const entry = (await data.getEntry(fx.actors.editor, entity, first.key))!;
    bases[entity] = { key: entry.key, version: entry.version, record: entry.record as unknown as Record<string, unknown> };
  }
});
afterAll(async () => {
  await fx.prisma.$disconnect();
  await fx.database.cleanup();
});

const junk = fc.oneof(
  fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean(),
  fc.constant(-1), fc.constant(0), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.constant('not a url'),
  fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.anything(), { maxKeys: 3 }),
);

/** A valid record of `entity` with one or more fields broken, an unknown key added, or a field removed. */
function brokenRecord(entity: EntityName): fc.Arbitrary<Record<string, unknown>> {
  const base = () => structuredClone(bases[entity].record);
  const keys = Object.keys(bases[entity].record);
  const mutation = fc.oneof(
    fc.tuple(fc.constantFrom(...keys), junk).map(([k, v]) => (r: Record<string, unknown>) => { r[k] = v; }),
    fc.constantFrom(...keys).map((k) => (r: Record<string, unknown>) => { delete r[k]; }),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k) && k !== '__proto__'), junk).map(([k, v]) => (r: Record<string, unknown>) => { r[k] = v ?? 1; }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 })
    .map((ms) => { const r = base(); ms.forEach((m) => m(r)); return r; })
    .filter((r) => !ENTITY_SCHEMAS[entity].safeParse(r).success && !ENTITY_SCHEMAS[entity].safeParse(JSON.parse(JSON.stringify(r))).success);
}

const entityArb = fc.constantFrom(...ENTITIES);
const anyEnvelope = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('entity', 'key', 'version', 'record', 'json', 'dryRun', 'extra', 'email', 'password', 'role', 'userId', 'disabled'), junk));

async function expectNoWrite<T>(payloads: fc.Arbitrary<T>, call: (payload: T) => Promise<{ ok: boolean }>) {
  const before = await fx.fingerprint();
  await fc.assert(
    fc.asyncProperty(payloads, async (payload) => {
      const result = await call(payload);
      expect(result.ok).toBe(false);
    }),
    { numRuns: RUNS, seed: 20261127, endOnFailure: true },
  );
  expect(await fx.fingerprint()).toBe(before);
}

describe('[ADMIN] 1,000 invalid payloads per action → validation errors, no write', () => {
  it('saveEntry (create and edit, every entity)', async () => {
    const payloads = fc.oneof(
      anyEnvelope.filter((p) => !saveEntryInputSchema.safeParse(p).success),
      entityArb.chain((entity) => fc.tuple(fc.constant(entity), brokenRecord(entity), fc.boolean())).map(([entity, record, edit]) => ({
        entity, key: edit ? bases[entity].key : null, version: edit ? bases[entity].version : null, record,
      })),
    );
    await expectNoWrite(payloads, async (p) => {
      const result = await data.saveEntry(fx.actors.editor, p);
      if (!result.ok) expect(result.kind).toBe('validation');
      return result;
    });
  });

  it('deleteEntry', async () => {
    await expectNoWrite(anyEnvelope.filter((p) => !deleteEntryInputSchema.safeParse(p).success), (p) => data.deleteEntry(fx.actors.editor, p));
  });

  it('previewEntry', async () => {
    const payloads = fc.oneof(
      anyEnvelope.filter((p) => !previewEntryInputSchema.safeParse(p).success),
      entityArb.chain((entity) => brokenRecord(entity).map((record) => ({ entity, key: null, record }))),
    );
    await expectNoWrite(payloads, (p) => preview.previewEntry(fx.actors.editor, p));
  });

  it('importCatalog (malformed requests, non-JSON, and catalogs with a broken row)', async () => {
    const brokenCatalog = entityArb.chain((entity) => brokenRecord(entity).map((record) => ({
      json: JSON.stringify({ format: 'quantwise-catalog', formatVersion: 1, catalog: { [entity]: [bases[entity].record, record] } }),
      dryRun: false,
    })));
    const payloads = fc.oneof(
      anyEnvelope.filter((p) => !importInputSchema.safeParse(p).success),
      fc.string({ minLength: 2, maxLength: 200 }).map((json) => ({ json, dryRun: false })),
      fc.oneof(fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.record({ bogus: fc.jsonValue() }), fc.record({ hardware: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }))
        .map((v) => ({ json: JSON.stringify({ format: 'quantwise-catalog', formatVersion: 1, catalog: v }) ?? '{}', dryRun: false })),
      brokenCatalog,
    );
    await expectNoWrite(payloads, (p) => imports.importCatalog(fx.actors.editor, p));
  });

  it('createUser, updateUser, changeOwnPassword', async () => {
    await expectNoWrite(anyEnvelope.filter((p) => !createUserInputSchema.safeParse(p).success), (p) => users.createUser(fx.actors.admin, p));
    await expectNoWrite(anyEnvelope.filter((p) => !updateUserInputSchema.safeParse(p).success), (p) => users.updateUser(fx.actors.admin, p));
    await expectNoWrite(anyEnvelope.filter((p) => !changeOwnPasswordInputSchema.safeParse(p).success), (p) => users.changeOwnPassword(fx.actors.editor, p));
  });

  it('and afterwards a valid save still works', async () => {
    const { key, version, record } = bases.hardware;
    const result = await data.saveEntry(fx.actors.editor, { entity: 'hardware', key, version, record: { ...record, notes: 'still healthy' } });
    expect(result).toMatchObject({ ok: true, version: version + 1 });
  });
});
