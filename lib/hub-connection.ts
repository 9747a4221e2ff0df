import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from '@/lib/env';
import type { HubClientOptions } from '@/lib/hf/hub-client';
import { interactionsOf, recordingSchema, replayFetch, type Interaction } from '@/lib/hf/replay';

// How this server reaches the Hugging Face Hub: the network, or, with HF_HUB_RECORDINGS set (tests
// and the e2e run), the recorded responses in that directory and nothing else. Every server path
// that talks to the Hub takes its options from here.

/** Every recording (*.json with "interactions") in `dir`, bodies read; other JSON files are skipped. */
export function loadRecordings(dir: string): Interaction[] {
  const out: Interaction[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof json !== 'object' || json === null || !('interactions' in json)) continue;
    const recording = recordingSchema.parse(json);
    out.push(...interactionsOf(recording, (bodyFile) => readFileSync(path.resolve(dir, bodyFile), 'utf8')));
  }
  return out;
}

let cached: { dir: string; options: HubClientOptions } | null = null;

export function hubClientOptions(): HubClientOptions {
  const dir = readEnv().HF_HUB_RECORDINGS;
  if (dir === undefined) return {};
  if (cached?.dir !== dir) cached = { dir, options: { fetch: replayFetch(loadRecordings(dir)).fetch } };
  return cached.options;
}

/** Each address may have the server fetch this many config files a minute (GET /api/v1/hf-config; each is one Hub request). */
export const CONFIG_FETCHES_PER_MINUTE = 20;
