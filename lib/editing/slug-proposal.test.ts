import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/schemas/catalog';
import { proposedArtifactSlug, slugify } from './slug-proposal';

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
  });
});
