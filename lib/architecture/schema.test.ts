import { describe, expect, it } from 'vitest';
import { paramCounts } from './params';
import { architectureSchema, type ArchitectureInput } from './schema';

// A small dense model typed by hand, the way an editor form would hold it.
const base: ArchitectureInput = {
  modelType: 'custom',
  hiddenSize: 4096,
  vocabSize: 128256,
  tiedEmbeddings: false,
  layers: 32,
  mixers: 'full*32',
  ffns: 'dense*32',
  attention: { heads: 32, kvHeads: 8, headDim: 128 },
  dense: { intermediateSize: 14336 },
  context: { nativeTokens: 131072 },
};

const issue = (input: unknown) => {
  const r = architectureSchema.safeParse(input);
  if (r.success) return null;
  const i = r.error.issues[0]!;
  return { path: i.path.join('.'), message: i.message };
};

describe('architecture schema', () => {
  it('accepts the compact form and fills the defaults', () => {
    const a = architectureSchema.parse(base);
    expect(a.kvSharedLayers).toBe(0);
    expect(a.attention!.qkNorm).toBe('none');
    expect(a.context.extendedTokens).toBeNull();
    // Llama 3.1 8B's shapes, counted from first principles: 8,030,261,248 parameters.
    expect(paramCounts(a).total).toBe(8_030_261_248);
    // The record survives a JSON round trip (a database column) unchanged.
    expect(architectureSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it.each([
    [{ mixers: 'full*31 lightning' }, 'mixers', 'unknown layer kind "lightning" (known: full, sliding, linear, mamba, mla, dsa, compressed, none)'],
    [{ mixers: 'full*31' }, 'mixers', 'the pattern has 31 layers, the model 32'],
    [{ mixers: 'sliding*32' }, 'mixers', '"sliding" layers need the "sliding" spec'],
    [{ ffns: 'moe*32' }, 'ffns', '"moe" layers need the "moe" spec'],
    [{ mixers: 'full:4*32' }, 'mixers', '"full:4": only "compressed" takes a ":ratio"'],
    [{ mixers: '(full*2' }, 'mixers', 'missing ")" (at character 8)'],
    [{ layers: 1001 }, 'layers', 'Too big: expected number to be <=1000'],
    [{ hiddenSize: 70000 }, 'hiddenSize', 'Too big: expected number to be <=65536'],
    [{ attention: { heads: 8, kvHeads: 16, headDim: 128 } }, 'attention.kvHeads', 'KV heads cannot exceed query heads'],
    [{ mixers: 'sliding*32', sliding: { window: 4096, heads: 4 } }, 'sliding.kvHeads', 'KV heads on sliding layers cannot exceed query heads on sliding layers'],
    [{ ffns: 'moe*32', moe: { experts: 8, activeExperts: 9, expertWidth: 1024 } }, 'moe.activeExperts', 'Experts per token cannot exceed routed experts'],
    [{ context: { nativeTokens: 8192, extendedTokens: 4096, extension: { method: 'yarn', factor: 2 } } }, 'context.extendedTokens', 'Documented longer context must be longer than native context'],
    [{ kvSharedLayers: 32 }, 'kvSharedLayers', 'at least one layer must keep its own KV'],
    [{ context: { nativeTokens: 8192, extendedTokens: 32768 } }, 'context.extension', 'an extended window needs its method, and a method its window'],
    [{ unknownKey: 1 }, '', 'Unrecognized key: "unknownKey"'],
  ])('refuses %j at %s', (patch, path, message) => {
    expect(issue({ ...base, ...patch })).toEqual({ path, message });
  });

  it('counts a per-layer width override ("dense:<width>") and KV sharing', () => {
    const a = architectureSchema.parse({
      ...base,
      mixers: '(sliding*3 full)*8',
      sliding: { window: 512 },
      ffns: 'dense*28 dense:28672*4',
      kvSharedLayers: 4,
    });
    const plain = paramCounts(architectureSchema.parse(base)).total;
    // Four layers with a twice-as-wide MLP: 4 × 3 × 4096 × 14336 more parameters.
    expect(paramCounts(a).total - plain).toBe(4 * 3 * 4096 * 14336);
  });
});
