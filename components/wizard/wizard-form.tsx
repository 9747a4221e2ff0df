'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { wizardAction, type WizardFormState } from '@/lib/actions/wizard';
import {
  CLUSTER_LINK_LABELS, CLUSTER_LINKS, CLUSTER_MACHINES, DEFAULT_CLUSTER_LINK, HEADLESS_MEANING, HOST_SYSTEM_LABELS, HOST_SYSTEMS, TOOL_LABELS, TOOLS, USE_CASE_LABELS, USE_CASES, WIZARD_HARDWARE_MODE_LABELS, WIZARD_HARDWARE_MODES, optionsOf,
} from '@/lib/enums';
import type { NamedGpu } from '@/lib/catalog/gpu-names';
import type { MacOption } from '@/lib/catalog/hardware-detection';
import { DetectHardware } from '@/components/wizard/detect-hardware';

export interface Option {
  value: string;
  label: string;
  group?: string;
}

const USE_CASE_OPTIONS: Option[] = optionsOf(USE_CASES, USE_CASE_LABELS);
const TOOL_OPTIONS: Option[] = optionsOf(TOOLS, TOOL_LABELS);
const OS_OPTIONS: Option[] = optionsOf(HOST_SYSTEMS, HOST_SYSTEM_LABELS);
const LINK_OPTIONS: Option[] = optionsOf(CLUSTER_LINKS, CLUSTER_LINK_LABELS);
const machineCounts = (from: number): Option[] => Array.from({ length: CLUSTER_MACHINES.max - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i) }));
const CONTEXTS = [2048, 4096, 8192, 16384, 32768, 65536, 131072];

const input = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 aria-[invalid=true]:border-red-600';

function Field({ name, label, error, hint, children, after }: { name: string; label: string; error?: string; hint?: string; children: React.ReactNode; after?: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`w-${name}`} className="text-sm font-medium">{label}</label>
      {children}
      {hint ? <p id={`w-${name}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p> : null}
      <p id={`w-${name}-error`} className="text-xs text-red-700 dark:text-red-400" aria-live="polite">{error ?? ''}</p>
      {after}
    </div>
  );
}

function Select({ name, options, value, error, hinted = false }: { name: string; options: Option[]; value?: string; error?: string; hinted?: boolean }) {
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  return (
    <select id={`w-${name}`} name={name} defaultValue={value} className={`${input} max-w-full`} aria-invalid={error ? true : undefined} aria-describedby={hinted ? `w-${name}-hint w-${name}-error` : `w-${name}-error`}>
      {groups.map((group) =>
        group ? (
          <optgroup key={group} label={group}>
            {options.filter((o) => o.group === group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ) : (
          options.filter((o) => !o.group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
        ),
      )}
    </select>
  );
}

/**
 * "Did you mean": radio choices under a GPU field the server could not resolve. Picking one fills
 * the field (with JavaScript); without it, the pick is sent as pick-gpuN and used in place of the
 * typed name when that still names no card.
 */
function GpuSuggestions({ row, suggestions }: { row: string; suggestions: { slug: string; name: string }[] | undefined }) {
  if (!suggestions || suggestions.length === 0) return null;
  return (
    <fieldset className="mt-1">
      <legend className="text-xs font-medium">Did you mean</legend>
      <ul className="mt-1 space-y-1">
        {suggestions.map((s) => (
          <li key={s.slug}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`pick-gpu${row}`}
                value={s.name}
                onChange={(event) => {
                  const field = event.currentTarget.form?.elements.namedItem(`gpu${row}`);
                  if (field instanceof HTMLInputElement) field.value = s.name;
                }}
              />
              {s.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
      {pending ? 'Ranking models…' : 'Show what I can run'}
    </button>
  );
}

/** A laptop preset: a catalog laptop row per memory type, its results link and the row's page (its sources). */
export interface LaptopPreset {
  memory: string;
  href: string;
  label: string;
  detail: string;
  sourceHref: string;
  sourceLabel: string;
}

export function WizardForm({ gpus, macs, cpus, laptops, defaults, detect }: { gpus: Option[]; macs: Option[]; cpus: Option[]; laptops: LaptopPreset[]; defaults: Record<string, string>; detect: { gpus: NamedGpu[]; macs: MacOption[] } }) {
  const [state, action] = useActionState<WizardFormState, FormData>(wizardAction, { ok: true, message: null, fieldErrors: {}, values: defaults, suggestions: {} });
  const v = state.values;
  const e = state.fieldErrors;
  const hw = v.hw ?? 'gpu';
  return (
    <form action={action} className="wizard-form space-y-8" noValidate>
      {state.message ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{state.message}</p> : null}
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-xl font-semibold">1. Your hardware</legend>
        <DetectHardware gpus={detect.gpus} macs={detect.macs} />
        <div role="radiogroup" aria-label="What runs the model" className="flex flex-wrap gap-4">
          {optionsOf(WIZARD_HARDWARE_MODES, WIZARD_HARDWARE_MODE_LABELS).map(({ value, label }) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="hw" value={value} id={`hw-${value}`} defaultChecked={hw === value} /> {label}
            </label>
          ))}
        </div>
        <datalist id="gpu-options">
          {gpus.map((g) => <option key={g.value} value={g.label} />)}
        </datalist>
        <div className="hw-panel hw-gpu grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,1fr)_6rem_minmax(0,1fr)_6rem]">
          <Field name="gpu1" label="GPU" error={e.gpu1} after={<GpuSuggestions row="1" suggestions={state.suggestions.gpu1} />} hint="Type it as you know it: RTX 3090, rtx3090, 4060 Ti 16GB">
            <input id="w-gpu1" name="gpu1" list="gpu-options" defaultValue={v.gpu1} className={input} aria-invalid={e.gpu1 ? true : undefined} aria-describedby="w-gpu1-hint w-gpu1-error" autoComplete="off" />
          </Field>
          <Field name="gpu1n" label="How many" error={e.gpu1n}>
            <Select name="gpu1n" value={v.gpu1n ?? '1'} options={[1, 2, 3, 4, 6, 8].map((n) => ({ value: String(n), label: String(n) }))} error={e.gpu1n} />
          </Field>
          <Field name="gpu2" label="Another GPU (optional)" error={e.gpu2} after={<GpuSuggestions row="2" suggestions={state.suggestions.gpu2} />} hint="Mixed cards are fine">
            <input id="w-gpu2" name="gpu2" list="gpu-options" defaultValue={v.gpu2} className={input} aria-invalid={e.gpu2 ? true : undefined} aria-describedby="w-gpu2-hint w-gpu2-error" autoComplete="off" />
          </Field>
          <Field name="gpu2n" label="How many" error={e.gpu2n}>
            <Select name="gpu2n" value={v.gpu2n ?? '1'} options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: String(n) }))} error={e.gpu2n} />
          </Field>
        </div>
        <div className="hw-panel hw-mac max-w-md">
          <Field name="mac" label="Chip and memory" error={e.mac}>
            <Select name="mac" value={v.mac} options={macs} error={e.mac} />
          </Field>
        </div>
        <div className="hw-panel hw-cluster space-y-4">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {CLUSTER_MACHINES.min} to {CLUSTER_MACHINES.max} Macs running exo, which splits a model&apos;s layers over the fewest of them that hold it.
          </p>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,1fr)_6rem_minmax(0,1fr)_6rem]">
            <Field name="cmac1" label="Macs" error={e.cmac1}>
              <Select name="cmac1" value={v.cmac1} options={macs} error={e.cmac1} />
            </Field>
            <Field name="cmac1n" label="How many" error={e.cmac1n}>
              <Select name="cmac1n" value={v.cmac1n ?? '2'} options={machineCounts(1)} error={e.cmac1n} />
            </Field>
            <Field name="cmac2" label="Other Macs (optional)" error={e.cmac2}>
              <Select name="cmac2" value={v.cmac2 ?? ''} options={[{ value: '', label: 'None' }, ...macs]} error={e.cmac2} />
            </Field>
            <Field name="cmac2n" label="How many" error={e.cmac2n}>
              <Select name="cmac2n" value={v.cmac2n ?? '1'} options={machineCounts(1)} error={e.cmac2n} />
            </Field>
          </div>
          <div className="max-w-md">
            <Field name="link" label="Joined by" error={e.link} hint="RDMA needs Thunderbolt 5 on every Mac and macOS 26.2 or later; it cuts the wait at each machine boundary.">
              <Select name="link" value={v.link ?? DEFAULT_CLUSTER_LINK} options={LINK_OPTIONS} error={e.link} hinted />
            </Field>
          </div>
        </div>
        <div className="hw-panel hw-cpu max-w-md">
          <Field name="cpu" label="Machine" error={e.cpu} hint="Speed follows memory bandwidth: channels × memory speed">
            <Select name="cpu" value={v.cpu} options={cpus} error={e.cpu} />
          </Field>
          {laptops.length > 0 ? (
            <div className="mt-2 text-sm" data-testid="laptop-presets">
              <p className="font-medium">Or start from a typical laptop, by its memory</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Bandwidth is transfers per second × the 128-bit bus; each row&apos;s page lists its sources.</p>
              <ul className="mt-1 space-y-1">
                {laptops.map((l) => (
                  <li key={l.memory}>
                    <Link href={l.href}>{l.label}</Link>: {l.detail} <span className="text-zinc-600 dark:text-zinc-400">(<Link href={l.sourceHref} aria-label={`Sources: ${l.sourceLabel}`}>sources</Link>)</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <div className="hw-panel hw-other grid max-w-md gap-4 sm:grid-cols-2">
          <Field name="mem" label="Accelerator memory (GiB)" hint="As sold: a 24 GB card has 24 GiB" error={e.mem}>
            <input id="w-mem" name="mem" type="number" min="1" step="any" defaultValue={v.mem} className={input} aria-invalid={e.mem ? true : undefined} aria-describedby="w-mem-hint w-mem-error" />
          </Field>
          <Field name="bw" label="Memory bandwidth (GB/s)" error={e.bw}>
            <input id="w-bw" name="bw" type="number" min="1" step="any" defaultValue={v.bw} className={input} aria-invalid={e.bw ? true : undefined} aria-describedby="w-bw-error" />
          </Field>
        </div>
        <div className="grid max-w-md gap-4 sm:grid-cols-2">
          <div className="hw-ram">
            <Field name="ram" label="System RAM (GiB)" error={e.ram} hint="As sold: 32 GB of RAM is 32 GiB. Macs use their unified memory">
              <input id="w-ram" name="ram" type="number" min="1" max="4096" defaultValue={v.ram ?? '32'} className={input} aria-invalid={e.ram ? true : undefined} aria-describedby="w-ram-hint w-ram-error" />
            </Field>
          </div>
          <div className="hw-os">
            <Field name="os" label="Operating system" error={e.os} hint={HEADLESS_MEANING}>
              <Select name="os" value={v.os ?? 'windows'} options={OS_OPTIONS} error={e.os} hinted />
            </Field>
          </div>
        </div>
      </fieldset>

      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-xl font-semibold">2. What you need</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="use" label="Use case" error={e.use}>
            <Select name="use" value={v.use ?? 'chat'} options={USE_CASE_OPTIONS} error={e.use} />
          </Field>
          <Field name="ctx" label="Context length" error={e.ctx} hint="How much text the model sees at once (tokens)">
            <Select name="ctx" value={v.ctx ?? '8192'} options={CONTEXTS.map((c) => ({ value: String(c), label: `${c.toLocaleString('en-US')} tokens` }))} error={e.ctx} />
          </Field>
          <Field name="tool" label="Preferred tool" error={e.tool}>
            <Select name="tool" value={v.tool ?? 'auto'} options={TOOL_OPTIONS} error={e.tool} />
          </Field>
        </div>
        <div className="max-w-md">
          <label htmlFor="w-pri" className="text-sm font-medium">Priority</label>
          <div className="flex items-center gap-3 text-sm">
            <span>Speed</span>
            <input id="w-pri" name="pri" type="range" min="0" max="100" step="5" defaultValue={v.pri ?? '50'} className="flex-1" aria-describedby="w-pri-error" />
            <span>Quality</span>
          </div>
          <p id="w-pri-error" className="text-xs text-red-700 dark:text-red-400" aria-live="polite">{e.pri ?? ''}</p>
        </div>
      </fieldset>
      <Submit />
    </form>
  );
}
