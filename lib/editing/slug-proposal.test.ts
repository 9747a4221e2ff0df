import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/schemas/catalog';
import { proposedArtifactSlug, proposedArtifactValues, publisherOfRepo, slugify } from './slug-proposal';

describe('proposed artifact slug', () => {
  it('follows the catalog pattern model-format-publisher', () => {
    expect(proposedArtifactSlug({ model: 'qwen3-30b-a3b', format: 'Q4_K_M', publisher: 'ollama' })).toBe('qwen3-30b-a3b-q4-k-m-ollama');
    expect(proposedArtifactSlug({ model: 'llama-3.1-8b-instruct', format: 'MLX-4BIT', publisher: 'mlx-community' })).toBe('llama-3.1-8b-instruct-mlx-4bit-mlx-community');
  });

  it('waits for the model and the format', () => {
    expect(proposedArtifactSlug({ model: 'qwen3-8b', format: '', publisher: 'Qwen' })).toBeNull();
    expect(proposedArtifactSlug({ model: '', format: 'Q8_0', publisher: 'Qwen' })).toBeNull();
    expect(proposedArtifactSlug({ model: 'qwen3-8b', format: 'Q8_0', publisher: '' })).toBe('qwen3-8b-q8-0');
  });

  it('always proposes a slug the schema accepts, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (model, format, publisher) => {
        const slug = proposedArtifactSlug({ model, format, publisher });
        if (slug !== null) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
      }),
    );
    expect(slugify(' ..A..b -- C. ')).toBe('a.b-c');
    // fast-check's counterexample (seed 48887579): a dot on each side of the joining hyphen.
    expect(proposedArtifactSlug({ model: '0.', format: '.0', publisher: '' })).toBe('0-0');
  });
});

describe('proposed artifact publisher', () => {
  it("is the owner the artifact's own repo id names, and the slug follows it", () => {
    expect(publisherOfRepo('unsloth/Qwen3-8B-GGUF')).toBe('unsloth');
    expect(publisherOfRepo('not a repo')).toBeNull();
    expect(publisherOfRepo(undefined)).toBeNull();
    const values = { model: 'qwen3-8b', format: 'Q4_K_M', publisher: '', slug: '', huggingFaceRepo: 'unsloth/Qwen3-8B-GGUF' };
    expect(proposedArtifactValues(values, new Set())).toMatchObject({ publisher: 'unsloth', slug: 'qwen3-8b-q4-k-m-unsloth' });
  });

  it("takes the source from the artifact's own repo id too", () => {
    const values = { model: 'qwen3-8b', format: 'Q4_K_M', publisher: '', slug: '', sourceUrl: '', huggingFaceRepo: 'unsloth/Qwen3-8B-GGUF' };
    expect(proposedArtifactValues(values, new Set())).toMatchObject({ sourceUrl: 'https://huggingface.co/unsloth/Qwen3-8B-GGUF' });
    expect(proposedArtifactValues({ ...values, sourceUrl: 'https://example.org/mine' }, new Set(['sourceUrl']))).toMatchObject({ sourceUrl: 'https://example.org/mine' });
    expect(proposedArtifactValues({ ...values, huggingFaceRepo: 'not a repo' }, new Set())).toMatchObject({ sourceUrl: '' });
  });

  it('leaves what the editor typed', () => {
    const values = { model: 'qwen3-8b', format: 'Q4_K_M', publisher: 'Qwen', slug: 'mine', huggingFaceRepo: 'unsloth/Qwen3-8B-GGUF' };
    expect(proposedArtifactValues(values, new Set(['publisher', 'sourceUrl', 'slug']))).toEqual(values);
    expect(proposedArtifactValues(values, new Set(['publisher', 'sourceUrl']))).toEqual({ ...values, slug: 'qwen3-8b-q4-k-m-qwen' });
    // No repo id: no publisher is made up.
    expect(proposedArtifactValues({ model: 'qwen3-8b', format: 'Q8_0', publisher: '', slug: '' }, new Set())).toEqual({ model: 'qwen3-8b', format: 'Q8_0', publisher: '', slug: 'qwen3-8b-q8-0' });
  });
});
