// Field-level differences between versions of a record, and the three-way merge that keeps two
// editors' work. A record is plain JSON; its fields are its leaves, named by dotted paths
// ("architecture.layers"): nested objects are walked, arrays and scalars are single values.
// Every surface that compares records (the conflict view, import, bulk edit, history, the audit
// log, revert) goes through these functions.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so key order never makes two equal values differ; undefined reads as null. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Deep equality of JSON values, ignoring key order (a missing field equals null). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The record's fields (leaves) in order: dotted path → value. */
export function fieldsOf(record: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!isPlainObject(record)) {
    if (prefix) out.set(prefix.slice(0, -1), record);
    return out;
  }
  for (const [key, value] of Object.entries(record)) {
    if (isPlainObject(value)) for (const [path, leaf] of fieldsOf(value, `${prefix}${key}.`)) out.set(path, leaf);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** A field's value, or undefined when the record lacks it. */
export function getPath(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (isPlainObject(value) ? value[part] : undefined), record);
}

/** Sets (or, with undefined, removes) a field, creating the objects on its path. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Every field whose value differs, in the order the fields first appear (after's, then before's). */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...b.keys(), ...a.keys()])) {
    const was = a.get(field);
    const now = b.get(field);
    if (!sameValue(was, now)) changes.push({ field, before: was ?? null, after: now ?? null });
  }
  return changes;
}

export interface MergeConflict {
  field: string;
  /** The value both sides started from (undefined: the field was absent). */
  base: unknown;
  /** The saved value (the other side's). */
  theirs: unknown;
  /** The editor's value. */
  mine: unknown;
}

export interface MergeResult {
  /** Theirs with every field only the editor changed applied; conflicting fields still hold theirs. */
  merged: Record<string, unknown>;
  /** Fields both sides changed to different values: the editor must choose each one. */
  conflicts: MergeConflict[];
  /** Fields only the editor changed (taken from mine). */
  mineKept: FieldChange[];
  /** Fields only the other side changed (kept as saved). */
  theirsKept: FieldChange[];
}

/**
 * Three-way merge of one record. `base` is the version the editor started from, `theirs` the
 * version saved since, `mine` the editor's. A field changed on one side only takes that side's
 * value; a field both changed to the same value takes it; a field both changed differently is a
 * conflict, left for the editor to choose (resolveMerge). Nothing is chosen by default.
 */
export function mergeThreeWay(base: unknown, theirs: unknown, mine: unknown): MergeResult {
  const baseFields = fieldsOf(base);
  const theirFields = fieldsOf(theirs);
  const myFields = fieldsOf(mine);
  const merged = structuredClone(isPlainObject(theirs) ? theirs : {}) as Record<string, unknown>;
  const result: MergeResult = { merged, conflicts: [], mineKept: [], theirsKept: [] };
  for (const field of new Set([...theirFields.keys(), ...myFields.keys(), ...baseFields.keys()])) {
    const was = baseFields.get(field);
    const their = theirFields.get(field);
    const my = myFields.get(field);
    const theyChanged = !sameValue(was, their);
    const iChanged = !sameValue(was, my);
    if (!iChanged) {
      if (theyChanged) result.theirsKept.push({ field, before: was ?? null, after: their ?? null });
      continue;
    }
    if (!theyChanged) {
      setPath(merged, field, my);
      result.mineKept.push({ field, before: was ?? null, after: my ?? null });
    } else if (!sameValue(their, my)) {
      result.conflicts.push({ field, base: was, theirs: their, mine: my });
    }
  }
  return result;
}

export type MergeChoice = 'mine' | 'theirs';

/** The merged record once every conflict has a choice; throws if one has none (nothing is chosen silently). */
export function resolveMerge(result: MergeResult, choices: Readonly<Record<string, MergeChoice>>): Record<string, unknown> {
  const out = structuredClone(result.merged);
  for (const conflict of result.conflicts) {
    const choice = choices[conflict.field];
    if (choice !== 'mine' && choice !== 'theirs') throw new Error(`no choice for ${conflict.field}`);
    if (choice === 'mine') setPath(out, conflict.field, conflict.mine);
  }
  return out;
}

/** Which conflicts still lack a choice. */
export function unresolved(result: MergeResult, choices: Readonly<Record<string, MergeChoice>>): string[] {
  return result.conflicts.filter((c) => choices[c.field] !== 'mine' && choices[c.field] !== 'theirs').map((c) => c.field);
}
