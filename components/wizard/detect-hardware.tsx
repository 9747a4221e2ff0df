'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { NamedGpu } from '@/lib/catalog/gpu-names';
import { interpretBrowserHardware, type BrowserHardware, type DetectedAnswers, type MacOption } from '@/lib/catalog/hardware-detection';

// Reads what the browser exposes about this machine and fills the wizard form with it. The form
// stays an ordinary form: this only sets its fields, and without JavaScript it is not shown.

interface GpuAdapterInfo { vendor?: string; architecture?: string; description?: string }
interface NavigatorWithHardware extends Navigator {
  deviceMemory?: number;
  userAgentData?: { platform?: string };
  gpu?: { requestAdapter(): Promise<{ info?: GpuAdapterInfo } | null> };
}


async function readBrowserHardware(): Promise<BrowserHardware> {
  const nav = navigator as NavigatorWithHardware;
  let webglRenderer: string | null = null;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) {
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      const value: unknown = debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      webglRenderer = typeof value === 'string' ? value : null;
    }
  } catch {
    // WebGL blocked (privacy settings, no GPU process): reported below as not detected.
  }
  let webgpu: BrowserHardware['webgpu'] = null;
  try {
    const adapter = await nav.gpu?.requestAdapter();
    if (adapter?.info) webgpu = { vendor: adapter.info.vendor ?? '', architecture: adapter.info.architecture ?? '', description: adapter.info.description ?? '' };
  } catch {
    // No WebGPU adapter: WebGL's answer stands alone.
  }
  return {
    webglRenderer,
    webgpu,
    deviceMemoryGB: typeof nav.deviceMemory === 'number' ? nav.deviceMemory : null,
    platform: nav.userAgentData?.platform ?? nav.platform ?? null,
  };
}

function setField(form: HTMLFormElement, name: string, value: string) {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList) {
    for (const node of field) if (node instanceof HTMLInputElement) node.checked = node.value === value;
  } else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
    field.value = value;
  }
}

export function DetectHardware({ gpus, macs }: { gpus: NamedGpu[]; macs: MacOption[] }) {
  // Shown only once JavaScript runs: without it the button could do nothing. Until then it holds its
  // place, invisible: appearing above the hardware choices would move them under a reader's pointer
  // (a click that lands while the page hydrates would miss the choice it aimed at).
  const hydrated = useHydrated();
  const [result, setResult] = useState<DetectedAnswers | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className={hydrated ? 'space-y-2' : 'invisible space-y-2'}>
      <button
        type="button"
        disabled={busy || !hydrated}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:border-brand-500 disabled:opacity-60 dark:border-zinc-700"
        onClick={async (event) => {
          const form = event.currentTarget.closest('form');
          setBusy(true);
          const detected = interpretBrowserHardware(await readBrowserHardware(), gpus, macs);
          if (form) for (const [name, value] of Object.entries(detected.answers)) setField(form, name, value);
          setResult(detected);
          setBusy(false);
        }}
      >
        {busy ? 'Detecting…' : 'Detect my hardware'}
      </button>
      <div role="status" aria-live="polite" className="text-sm">
        {result ? (
          <div className="rounded border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900">
            {result.found.length > 0 ? (
              <>
                <p className="font-medium">Filled in from your browser:</p>
                <ul className="mb-2 list-disc pl-5">{result.found.map((line) => <li key={line}>{line}</li>)}</ul>
              </>
            ) : (
              <p className="mb-2 font-medium">Your browser told us nothing we could use.</p>
            )}
            <p className="font-medium">Not detected, please check:</p>
            <ul className="list-disc pl-5">{result.missing.map((line) => <li key={line}>{line}</li>)}</ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
