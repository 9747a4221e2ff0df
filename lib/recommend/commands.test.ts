import { describe, expect, it } from 'vitest';
import { shellWords, validateCommand } from './commands';

describe('validateCommand', () => {
  it.each([
    'llama-server -hf bartowski/Qwen_Qwen3-14B-GGUF:Q4_K_M -c 8192 -ngl 999 -fa on',
    'llama-server -hf unsloth/x-GGUF:Q4_K_M -c 8192 -ngl 60 -ts 30,30 --n-cpu-moe 4 -fa on',
    'OLLAMA_CONTEXT_LENGTH=8192 ollama serve',
    '$env:OLLAMA_CONTEXT_LENGTH=8192; ollama serve',
    'ollama run qwen3:14b',
    '/set parameter num_ctx 8192',
    'lms get lmstudio-community/Qwen3-8B-GGUF',
    'lms load lmstudio-community/Qwen3-8B-GGUF --context-length 8192 --gpu max',
    'lms load x --context-length 8192 --gpu 0.45',
    'pip install mlx-lm',
    'mlx_lm.generate --model mlx-community/Qwen3-8B-4bit --prompt "Hello there" --max-tokens 512',
    'mlx_lm.server --model mlx-community/Qwen3-8B-4bit',
    'pip install vllm',
    'vllm serve Qwen/Qwen3-32B-AWQ --max-model-len 8192 --gpu-memory-utilization 0.9 --tensor-parallel-size 2 --quantization awq',
    'exo',
  ])('accepts %s', (cmd) => {
    expect(validateCommand(cmd)).toMatchObject({ ok: true, problems: [] });
  });

  it.each([
    ['llama-server -hf a/b:Q4_K_M --turbo-mode', /unknown flag --turbo-mode/],
    ['llama-server -hf a/b:Q4_K_M -fa yes', /-fa/],
    ['llama-server -hf a/b:Q4_K_M -ngl lots', /-ngl/],
    ['ollama run', /needs 1/],
    ['ollama launch qwen3:8b', /unknown program or subcommand/],
    ['OLLAMA_NUM_GPU_LAYERS=5 ollama serve', /not documented/],
    ['lms load x --gpu 1.5', /--gpu/],
    ['vllm serve x --max-model-len 8192 --fast', /unknown flag --fast/],
    ['pip install torch', /not expected/],
    ['/set parameter num_ctx big', /not a whole number/],
    ['exo run llama-3.2-3b && rm -rf /', /single command/],
    ['mlx_lm.generate --model x --temperature 0.7', /unknown flag/],
  ])('rejects %s', (cmd, why) => {
    const r = validateCommand(cmd);
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(why);
  });

  it('checks the tool a Command claims', () => {
    expect(validateCommand({ tool: 'vllm', label: 'x', command: 'ollama run qwen3:8b' }).ok).toBe(false);
  });

  it('splits quoted words', () => {
    expect(shellWords(`a "b c" 'd e' f\\ g`)).toEqual(['a', 'b c', 'd e', 'f g']);
  });
});
