import { describe, expect, it } from 'vitest';
import { estimateChoice } from '@/lib/estimate';
import { SEED_CATALOG, seedDevice, seedModel } from '@/tests/support/seed-catalog';
import { VLLM_CUDA_KERNELS_STEP, VLLM_INSTALL_STEPS } from './command-table';
import { shellWords, validateCommand } from './command-check';
import { generateCommands } from './commands';

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
    'uv pip install vllm --torch-backend=auto',
    'vllm serve Qwen/Qwen3-32B-AWQ --max-model-len 8192 --gpu-memory-utilization 0.92 --tensor-parallel-size 2 --quantization awq',
    'uv run exo',
    // What the guides print, from the same table.
    'curl -fsSL https://ollama.com/install.sh | sh',
    'ollama create --experimental --quantize nvfp4 my-model',
    'llama-server -m big.gguf -md draft.gguf --spec-type draft-simple --spec-draft-n-max 8',
    // Every --spec-type value of the server README's flag table is accepted, not only those the guides print.
    'llama-server -hf a/b:Q4_K_M --spec-type ngram-simple',
    'llama-server -m big.gguf -md eagle.gguf --spec-type draft-eagle3',
    'mlx_lm.convert --model Qwen/Qwen3-8B -q --q-mode mxfp4',
    'sudo sysctl iogpu.wired_limit_mb=57344',
    `vllm serve x --speculative-config '{"method": "mtp", "num_speculative_tokens": 2}'`,
    'vllm serve x --max-model-len auto',
    // The unified llama program (install script, Homebrew): serve and cli take llama-server's and llama-cli's flags.
    'curl -LsSf https://llama.app/install.sh | sh',
    'llama serve -hf unsloth/x-GGUF:Q4_K_M -c 8192 -ngl 60 -ts 30,30 --n-cpu-moe 4 -np 2',
    'llama serve -m big.gguf -md draft.gguf --spec-type draft-simple --port 8081',
    'llama cli -hf ggml-org/gemma-3-1b-it-GGUF -c 4096',
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
    // vLLM's quickstart installs with uv; a bare pip line is not what its docs print.
    ['pip install vllm', /not expected/],
    ['/set parameter num_ctx big', /not a whole number/],
    ['exo run llama-3.2-3b && rm -rf /', /single command/],
    ['mlx_lm.generate --model x --temperature 0.7', /unknown flag/],
    ['exo', /unknown program/],
    ['curl -fsSL https://example.com/install.sh | sh', /single command/],
    ['llama-server -m x.gguf --spec-type guess', /--spec-type/],
    ['mlx_lm.convert --model x -q --q-mode int3', /--q-mode/],
    ['sudo sysctl vm.swappiness=10', /iogpu.wired_limit_mb/],
    ["vllm serve x --speculative-config '{method: mtp}'", /not valid JSON/],
    ['curl https://evil.example/x', /not a URL under/],
    ['ollama create --quantize q3_K_M my-model', /--quantize/],
    ['llama serve -hf a/b:Q4_K_M --turbo-mode', /unknown flag --turbo-mode/],
    // llama cli has the common parameters only, not the server's.
    ['llama cli -hf a/b:Q4_K_M --port 8081', /unknown flag --port/],
    ['llama run -hf a/b:Q4_K_M', /unknown program or subcommand/],
    ['curl -LsSf https://llama.app/install.sh | bash', /single command/],
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

describe('generateCommands', () => {
  const GiB = 1024 ** 3;
  const model = seedModel('llama-3.1-8b-instruct');
  const profile = { hardware: { type: 'gpus' as const, gpus: [] }, systemMemoryBytes: 64 * GiB, os: 'linux' as const };
  const target = (runtime: 'llama.cpp' | 'vllm' | 'ollama', quant: string) => ({
    modelName: model.name,
    format: quant,
    formatFamily: quant === 'AWQ-INT4' ? ('awq' as const) : ('gguf' as const),
    sources: { ggufRepo: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', ggufRepoIsSibling: false, ollamaTag: 'llama3.1:8b', lmStudioId: null, hfRepo: 'hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4' },
    estimate: estimateChoice({ model, quant, runtime, hardware: { devices: [seedDevice('geforce-rtx-4090')], systemMemoryBytes: 64 * GiB }, contextTokens: 8192 }),
    contextTokens: 8192,
    profile,
    tools: [runtime],
  });

  it('llama-server keeps flash attention at its default (-fa auto), the setting the estimate assumed', () => {
    const [cmd] = generateCommands(target('llama.cpp', 'Q4_K_M'));
    expect(cmd!.command).toBe('llama-server -hf bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M -c 8192 -ngl 999');
  });

  it('a card names layers in system RAM only when some are: with --n-cpu-moe alone every layer is on the GPU', () => {
    const moe = seedModel('qwen3-30b-a3b');
    const card = (gpu: string, ram: number) => {
      const estimate = estimateChoice({ model: moe, quant: 'Q4_K_M', runtime: 'llama.cpp', hardware: { devices: [seedDevice(gpu)], systemMemoryBytes: ram * GiB }, contextTokens: 8192 });
      const [cmd] = generateCommands({ ...target('llama.cpp', 'Q4_K_M'), modelName: moe.name, sources: { ...target('llama.cpp', 'Q4_K_M').sources, ggufRepo: 'unsloth/Qwen3-30B-A3B-GGUF' }, estimate });
      return { estimate, cmd: cmd! };
    };
    const experts = card('geforce-rtx-3060-12gb', 32);
    expect(experts.estimate.placement.moeExpertLayersOnCpu).toBeGreaterThan(0);
    expect(experts.estimate.placement.gpuLayers).toBe(experts.estimate.placement.totalLayers);
    expect(experts.cmd.command).toContain('--n-cpu-moe');
    expect(experts.cmd.notes).toContain('stay in system RAM (--n-cpu-moe)');
    expect(experts.cmd.notes).not.toContain('the rest in system RAM');
  });

  it('the llama-server command the wizard prints is also a valid llama serve command (same program, same flags)', () => {
    const [cmd] = generateCommands(target('llama.cpp', 'Q4_K_M'));
    expect(validateCommand(cmd!)).toMatchObject({ ok: true });
    expect(validateCommand({ ...cmd!, command: cmd!.command.replace(/^llama-server /, 'llama serve ') })).toMatchObject({ ok: true });
    // The install script puts only `llama` on the PATH: the card says how to run the line there.
    expect(cmd!.notes).toContain('Run the same line as llama serve');
  });

  it('vLLM is started with the memory share the estimate reserved (the defaults table)', () => {
    const serve = generateCommands(target('vllm', 'AWQ-INT4')).find((c) => c.command.startsWith('vllm serve'))!;
    expect(serve.command).toContain('--gpu-memory-utilization 0.92');
    expect(serve.notes).toContain('pre-allocates 92 % of each GPU');
    expect(validateCommand(serve)).toMatchObject({ ok: true });
  });

  it("vLLM installs as its quickstart prints it: a uv environment, then uv pip install (ROCm wheels for AMD)", () => {
    const install = (gpus: string[]) =>
      generateCommands({ ...target('vllm', 'AWQ-INT4'), profile: { ...profile, hardware: { type: 'gpus' as const, gpus: gpus.map((slug) => SEED_CATALOG.hardware.find((h) => h.slug === slug)!) } } })
        .filter((c) => !c.command.startsWith('vllm serve'))
        .map((c) => c.command);
    // NVIDIA adds the CUDA installation page's kernel download; ROCm has no such step.
    expect(install(['geforce-rtx-4090'])).toEqual([...VLLM_INSTALL_STEPS.nvidia, VLLM_CUDA_KERNELS_STEP]);
    expect(install(['radeon-rx-7900-xtx'])).toEqual([...VLLM_INSTALL_STEPS.amd]);
    expect(VLLM_INSTALL_STEPS.nvidia.at(-1)).toBe('uv pip install vllm --torch-backend=auto');
    for (const line of [...VLLM_INSTALL_STEPS.nvidia, ...VLLM_INSTALL_STEPS.amd, VLLM_CUDA_KERNELS_STEP]) expect(validateCommand({ tool: 'vllm', label: 'x', command: line }), line).toMatchObject({ ok: true });
  });

  it('the Ollama note states its VRAM tiers from the defaults table', () => {
    const serve = generateCommands(target('ollama', 'Q4_K_M'))[0]!;
    expect(serve.command).toBe('OLLAMA_CONTEXT_LENGTH=8192 ollama serve');
    expect(serve.notes).toBe('Ollama otherwise picks a default context from your VRAM (4k below 23 GiB, 32k from 23 GiB, 256k from 47 GiB).');
  });
});
