import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS } from '@/lib/schemas/admin';
import { MAX_PREFILL_LENGTH, artifactForModelSlug, modelArtifactHref, prefillHref, prefillOf } from './prefill';

const fields = ENTITY_FIELDS.artifacts;

describe('prefillOf', () => {
  it('round-trips a record through its link, keeping only the entity\'s fields', () => {
    const record = { slug: 'x-bf16', model: 'x', format: 'BF16', fileBytes: 123, notAField: 'dropped' };
    const href = prefillHref('artifacts', record);
    const value = new URL(href, 'http://localhost').searchParams.get('prefill');
    expect(prefillOf(value, fields)).toEqual({ slug: 'x-bf16', model: 'x', format: 'BF16', fileBytes: 123 });
  });
  it.each([
    ['not JSON', '{'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['too long', JSON.stringify({ slug: 'a'.repeat(MAX_PREFILL_LENGTH) })],
    ['not a string', 42],
  ])('%s → nothing filled', (_, value) => expect(prefillOf(value, fields)).toEqual({}));
  it('an own __proto__ key is not taken', () => expect(Object.getPrototypeOf(prefillOf('{"__proto__": {"slug": "x"}}', fields))).toBe(Object.prototype));
});

describe('modelArtifactHref', () => {
  const filled = (href: string) => prefillOf(new URL(href, 'http://localhost').searchParams.get('prefill'), fields);
  it("proposes no publisher from the model: a quantization's publisher is its own repo's", () => {
    expect(filled(modelArtifactHref('llama-3.1-8b-instruct'))).toEqual({ model: 'llama-3.1-8b-instruct' });
    expect(filled(modelArtifactHref('x', 'not a repo'))).toEqual({ model: 'x' });
  });
  it("the model's original weights: publisher and source from the model's own repo id", () => {
    expect(filled(modelArtifactHref('x', 'meta-llama/Llama-3.1-8B-Instruct'))).toEqual({
      model: 'x',
      publisher: 'meta-llama',
      huggingFaceRepo: 'meta-llama/Llama-3.1-8B-Instruct',
      sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
    });
  });
});

describe('artifactForModelSlug', () => {
  const draft = { slug: 'llama-3.1-8b-instruct-q4-k-m', model: 'llama-3.1-8b-instruct', format: 'Q4_K_M' };
  it('follows a model renamed before saving: model and the slug drafted from it', () => {
    expect(artifactForModelSlug(draft, 'llama-3.1-8b-instruct', 'llama-3.1-8b-mine')).toEqual({ slug: 'llama-3.1-8b-mine-q4-k-m', model: 'llama-3.1-8b-mine', format: 'Q4_K_M' });
  });
  it('keeps the draft while the slug is unchanged or empty', () => {
    expect(artifactForModelSlug(draft, 'llama-3.1-8b-instruct', 'llama-3.1-8b-instruct')).toBe(draft);
    expect(artifactForModelSlug(draft, 'llama-3.1-8b-instruct', '  ')).toBe(draft);
  });
});
