import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_FIELDS, ENTITY_FIELD_GROUPS } from '@/lib/schemas/admin';

describe('form sections (ENTITY_FIELD_GROUPS)', () => {
  it.each(ENTITIES)('%s: every field sits in exactly one named section, none is left to "Other fields"', (entity) => {
    const placed = ENTITY_FIELD_GROUPS[entity].flatMap((g) => g.fields.map((f) => f.path));
    expect(placed.slice().sort()).toEqual(ENTITY_FIELDS[entity].map((f) => f.path).sort());
    expect(new Set(placed).size).toBe(placed.length);
    expect(ENTITY_FIELD_GROUPS[entity].map((g) => g.legend)).not.toContain('Other fields');
    expect(ENTITY_FIELD_GROUPS[entity].every((g) => g.fields.length > 0)).toBe(true);
  });

  it('a model form reads identity, parameters, architecture, provenance in that order', () => {
    const legends = ENTITY_FIELD_GROUPS.models.map((g) => g.legend);
    expect(legends[0]).toBe('Identity');
    expect(legends.findIndex((l) => l.startsWith('Architecture'))).toBeGreaterThan(legends.indexOf('Parameters'));
    expect(legends.at(-1)).toBe('Provenance');
  });

  it('fields that name another entry are pickers (references), including a street price\'s device and the model that supersedes a model', () => {
    const referenceOf = (entity: (typeof ENTITIES)[number], fieldPath: string) => ENTITY_FIELDS[entity].find((f) => f.path === fieldPath);
    expect(referenceOf('artifacts', 'model')).toMatchObject({ kind: 'reference', references: 'models' });
    expect(referenceOf('artifacts', 'format')).toMatchObject({ kind: 'reference', references: 'formats' });
    expect(referenceOf('prices', 'hardware')).toMatchObject({ kind: 'reference', references: 'hardware' });
    expect(referenceOf('models', 'supersededBy')).toMatchObject({ kind: 'reference', references: 'models', nullable: true });
    for (const key of ['hardware', 'model', 'format', 'runtime']) expect(referenceOf('measurements', key)?.references).toBeDefined();
  });

  it('the architecture hints name config.json keys that published configs really carry (fixtures/hf-configs)', () => {
    // "num_experts, n_routed_experts or num_local_experts": config keys are snake_case, the record's
    // fields are not; a quoted snake_case word is a value ("noaux_tc"), not a key.
    const hints = ENTITY_FIELDS.models.filter((f) => f.path.startsWith('architecture.')).map((f) => (f.hint ?? '').replace(/"[^"]*"/g, ''));
    const named = [...new Set(hints.flatMap((hint) => [...hint.matchAll(/\b[a-z0-9]+(?:_[a-z0-9]+)+(?:\.[a-z_]+)?\b/g)].map((m) => m[0].split('.')[0]!)))];
    expect(named).toEqual(expect.arrayContaining(['num_hidden_layers', 'num_key_value_heads', 'head_dim', 'num_experts', 'n_routed_experts', 'num_experts_per_tok', 'max_position_embeddings', 'sliding_window']));
    const dir = 'fixtures/hf-configs';
    const keys = new Set<string>();
    const collect = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        keys.add(k);
        collect(v);
      }
    };
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(path.join(dir, file), 'utf8').replace(/\b-?Infinity\b|\bNaN\b/g, 'null')));
    // Or a key the config readers ask for by name (families whose configs are not among the fixtures).
    const readers = ['lib/architecture/hf/families.ts', 'lib/architecture/hf/defaults.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const m of readers.matchAll(/'([a-z0-9]+(?:_[a-z0-9]+)+)'|^\s+([a-z0-9]+(?:_[a-z0-9]+)+):/gm)) keys.add(m[1] ?? m[2]!);
    expect(named.filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('field names outside the form (fullLabel)', () => {
  it.each(ENTITIES)('%s: no two fields share a name once out of their section, though labels repeat across parts', (entity) => {
    const names = ENTITY_FIELDS[entity].map((f) => f.fullLabel);
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    expect(repeated).toEqual([]);
  });

  it('names a field inside a part of the architecture after that part', () => {
    const fullLabel = (path: string) => ENTITY_FIELDS.models.find((f) => f.path === path)?.fullLabel;
    // Three "Query heads" in the form, one under each part's checkbox.
    expect(fullLabel('architecture.attention.heads')).toBe('Softmax attention layers (full or sliding) › Query heads');
    expect(fullLabel('architecture.mla.heads')).toBe('Multi-head latent attention (MLA) › Query heads');
    expect(fullLabel('architecture.compressed.heads')).toBe('Compressed attention (DeepSeek V4) › Query heads');
    // A field outside any part keeps its label.
    expect(fullLabel('architecture.hiddenSize')).toBe('Hidden size');
    expect(fullLabel('totalParams')).toBe('Total parameters');
  });
});
