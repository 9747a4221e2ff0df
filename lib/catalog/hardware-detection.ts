import { gpuNameFromRenderer, matchGpuName, type NamedGpu } from '@/lib/catalog/gpu-names';

// "Detect my hardware": what a browser tells a page, turned into wizard answers and two honest
// lists, what we found and what we could not. Pure: the wizard's button gathers the raw values
// (components/wizard/detect-hardware.tsx) and applies the answers to the form.

export interface BrowserHardware {
  /** WebGL UNMASKED_RENDERER_WEBGL (or RENDERER), null without WebGL. */
  webglRenderer: string | null;
  /** WebGPU's GPUAdapterInfo, null without WebGPU or an adapter. */
  webgpu: { vendor: string; architecture: string; description: string } | null;
  /** navigator.deviceMemory (Chromium only): GB, rounded to a power of two and capped at 8. */
  deviceMemoryGB: number | null;
  /** navigator.userAgentData.platform, else navigator.platform. */
  platform: string | null;
}

export interface MacOption {
  slug: string;
  /** "M2 Pro", as the wizard's chip groups name them. */
  chip: string;
}

export interface DetectedAnswers {
  answers: { hw?: 'gpu' | 'mac'; gpu1?: string; mac?: string; os?: 'windows' | 'linux' | 'macos'; ram?: string };
  found: string[];
  missing: string[];
}

/** Chromium never reports more than this from navigator.deviceMemory. */
export const DEVICE_MEMORY_CAP_GB = 8;

export function operatingSystemOf(platform: string | null): 'windows' | 'linux' | 'macos' | null {
  if (!platform) return null;
  if (/^win/i.test(platform)) return 'windows';
  if (/^mac/i.test(platform)) return 'macos';
  if (/linux|x11|cros|chrome os/i.test(platform) && !/android/i.test(platform)) return 'linux';
  return null;
}

export function interpretBrowserHardware(raw: BrowserHardware, gpus: readonly NamedGpu[], macs: readonly MacOption[]): DetectedAnswers {
  const answers: DetectedAnswers['answers'] = {};
  const found: string[] = [];
  const missing: string[] = [];

  const rendererName = raw.webglRenderer ? gpuNameFromRenderer(raw.webglRenderer) : null;
  const webgpuName = raw.webgpu?.description ? gpuNameFromRenderer(raw.webgpu.description) : null;
  const apple = [rendererName, webgpuName].map((name) => (name ? /^Apple (M\d(?: (?:Pro|Max|Ultra))?)\b/.exec(name)?.[1] : undefined)).find(Boolean);
  if (apple) {
    const first = macs.find((mac) => mac.chip === apple);
    if (first) {
      answers.hw = 'mac';
      answers.mac = first.slug;
      found.push(`Apple ${apple} (from WebGL)`);
    } else {
      missing.push(`Apple ${apple} is not in the catalog yet: pick the closest chip`);
    }
    missing.push('your Mac’s GPU core count and memory: browsers do not report them, so check the “Chip and memory” choice');
  } else {
    const name = [rendererName, webgpuName].find((candidate): candidate is string => candidate !== null && matchGpuName(candidate, gpus).ok) ?? rendererName ?? webgpuName;
    const match = name ? matchGpuName(name, gpus) : null;
    if (name && match?.ok) {
      answers.hw = 'gpu';
      answers.gpu1 = match.name;
      found.push(`${match.name} (the browser calls it “${name}”)`);
      missing.push('a second graphics card, if you have one: browsers show only the one they draw with');
    } else if (name && match && !match.ok && match.reason === 'ambiguous') {
      answers.hw = 'gpu';
      answers.gpu1 = name;
      missing.push(`which ${name} you have: the catalog lists ${match.suggestions.map((s) => s.name).join(' and ')}, and browsers do not report graphics memory`);
    } else if (name) {
      missing.push(`your graphics card: the browser reports “${name}”, which is not in the catalog (a laptop chip or an integrated GPU, perhaps)`);
    } else {
      const vendor = raw.webgpu?.vendor ? ` (WebGPU says only: vendor “${raw.webgpu.vendor}”${raw.webgpu.architecture ? `, architecture “${raw.webgpu.architecture}”` : ''})` : '';
      missing.push(`your graphics card: this browser hides its name or draws in software${vendor}`);
    }
  }

  const os = apple ? 'macos' : operatingSystemOf(raw.platform);
  if (os) {
    answers.os = os;
    found.push(`${os === 'macos' ? 'macOS' : os === 'windows' ? 'Windows' : 'Linux'} (from the browser’s platform)`);
  } else {
    missing.push('your operating system');
  }

  if (!apple) {
    if (raw.deviceMemoryGB === null) {
      missing.push('system RAM: this browser does not report it');
    } else if (raw.deviceMemoryGB >= DEVICE_MEMORY_CAP_GB) {
      missing.push(`system RAM: browsers report at most ${DEVICE_MEMORY_CAP_GB} GB and round to a power of two; yours says “at least ${DEVICE_MEMORY_CAP_GB} GB”, so enter the real amount`);
    } else {
      answers.ram = String(raw.deviceMemoryGB);
      found.push(`about ${raw.deviceMemoryGB} GB of RAM (browsers round to a power of two: check it)`);
    }
  }
  return { answers, found, missing };
}
