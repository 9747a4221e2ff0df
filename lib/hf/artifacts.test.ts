import { describe, expect, it } from 'vitest';
import { formatFromConfig, ggufQuantFromFileName, proposeArtifacts } from './artifacts';
import type { HubFile } from './hub-client';

// File names as published (research records under /work/research/models cite each repo listing);
// names only, as the Hub's model info lists them, so sizes are null and so are the totals.
const names = (...paths: string[]): HubFile[] => paths.map((path) => ({ path, size: null }));

describe('GGUF quant names from file names', () => {
  it.each([
    ['Qwen3-8B-Q4_K_M.gguf', 'Q4_K_M'],
    ['gpt-oss-20b-MXFP4.gguf', 'MXFP4'],
    ['gemma-3-4b-it-qat-Q4_0.gguf', 'Q4_0'],
    ['DeepSeek-V3.1-UD-Q2_K_XL-00001-of-00006.gguf', 'UD-Q2_K_XL'],
    ['GLM-4.6-UD-IQ1_M-00002-of-00003.gguf', 'UD-IQ1_M'],
    ['Q4_K_M/Qwen3-235B-A22B-Instruct-2507-Q4_K_M-00001-of-00003.gguf', 'Q4_K_M'],
    ['Llama-3.2-1B-Instruct-f16.gguf', 'F16'],
    ['model.gguf', null],
  ])('%s → %s', (file, quant) => {
    expect(ggufQuantFromFileName(file)).toBe(quant);
  });
});

describe('proposed artifacts', () => {
  it('groups split shards into one artifact per quant and checks every shard is there', () => {
    const p = proposeArtifacts(
      'unsloth/GLM-4.6-GGUF',
      names(
        'UD-IQ1_M/GLM-4.6-UD-IQ1_M-00001-of-00003.gguf',
        'UD-IQ1_M/GLM-4.6-UD-IQ1_M-00002-of-00003.gguf',
        'UD-IQ1_M/GLM-4.6-UD-IQ1_M-00003-of-00003.gguf',
        'UD-Q3_K_XL/GLM-4.6-UD-Q3_K_XL-00001-of-00004.gguf',
        'UD-Q3_K_XL/GLM-4.6-UD-Q3_K_XL-00002-of-00004.gguf',
        'README.md',
      ),
    );
    expect(p.artifacts.map((a) => [a.format, a.files.length, a.complete, a.fileBytes])).toEqual([
      ['UD-IQ1_M', 3, true, null],
      ['UD-Q3_K_XL', 2, false, null],
    ]);
    expect(p.artifacts[1]!.notes).toEqual(['split into 4 files, 2 listed']);
    // Unsloth's dynamic variants are estimator formats (sized on their base preset until a file size is known).
    expect(p.artifacts[0]!.knownFormat).toBe(true);
  });

  it('sums real sizes and lists the vision projector apart from the weights', () => {
    // unsloth/Qwen3.5-27B-GGUF file sizes as ggml-org's LlamaBarn catalog records them
    // (ggml-org/Llama-macOS@10a176d LlamaBarn/Catalog/Families/Catalog+Qwen35Medium.swift); the
    // catalog gives no size for mmproj-F16.gguf, so that artifact's total stays unknown.
    const files: HubFile[] = [
      { path: 'Qwen3.5-27B-Q4_K_M.gguf', size: 16_740_812_704 },
      { path: 'Qwen3.5-27B-Q8_0.gguf', size: 28_595_763_104 },
      { path: 'mmproj-F16.gguf', size: null },
    ];
    const p = proposeArtifacts('unsloth/Qwen3.5-27B-GGUF', files);
    expect(p.artifacts.map((a) => [a.role, a.format, a.fileBytes, a.knownFormat])).toEqual([
      ['weights', 'Q4_K_M', 16_740_812_704, true],
      ['weights', 'Q8_0', 28_595_763_104, true],
      ['projector', 'F16', null, true],
    ]);
  });

  it('reads a safetensors checkpoint’s format from config.json first, then from the repo name', () => {
    const shards = names('model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'config.json');
    // DeepSeek-V3.2's published config declares FP8 weights (fixtures/hf-configs).
    const fp8 = { quantization_config: { activation_scheme: 'dynamic', fmt: 'e4m3', quant_method: 'fp8', weight_block_size: [128, 128] } };
    expect(proposeArtifacts('deepseek-ai/DeepSeek-V3.2', shards, fp8).artifacts[0]).toMatchObject({ format: 'FP8', notes: ['from config.json quantization_config'] });
    expect(proposeArtifacts('mlx-community/GLM-5-8bit-MXFP8', shards).artifacts[0]).toMatchObject({ format: 'MLX-8BIT', knownFormat: true });
    expect(proposeArtifacts('mlx-community/Qwen3-8B-6bit', shards).artifacts[0]).toMatchObject({ format: 'MLX-6BIT', knownFormat: true });
    expect(proposeArtifacts('Qwen/Qwen3-30B-A3B-GPTQ-Int4', shards).artifacts[0]!.format).toBe('GPTQ-INT4');
    expect(proposeArtifacts('Qwen/Qwen3-8B', shards).artifacts[0]).toMatchObject({ format: 'BF16', notes: ['no quantization declared: the unquantized checkpoint (confirm its dtype)'] });
  });

  it('counts a Mistral checkpoint once when consolidated.safetensors sits beside the shards', () => {
    const p = proposeArtifacts(
      'mistralai/Mistral-7B-Instruct-v0.3',
      names('consolidated.safetensors', 'model-00001-of-00003.safetensors', 'model-00002-of-00003.safetensors', 'model-00003-of-00003.safetensors'),
    );
    expect(p.artifacts).toHaveLength(1);
    expect(p.artifacts[0]!.files).toEqual(['model-00001-of-00003.safetensors', 'model-00002-of-00003.safetensors', 'model-00003-of-00003.safetensors']);
    expect(p.notes).toEqual(['consolidated*.safetensors duplicates the sharded checkpoint and is not counted']);
  });

  it('reads quantization_config of the published NVFP4 and MXFP4 checkpoints', () => {
    expect(formatFromConfig({ quantization_config: { quant_method: 'compressed-tensors', format: 'mxfp4-pack-quantized' } })).toBe('MXFP4');
    expect(formatFromConfig({ quantization_config: { quant_method: 'mxfp4' } })).toBe('MXFP4');
    expect(formatFromConfig({})).toBeNull();
  });
});
