// The published config.json fixtures the catalog's architectures are read from (fixtures/hf-configs),
// and CATALOG.csv, which names one per model. Node-only file access for the catalog check and its report.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHfConfigText, type ParseHfConfigResult } from '@/lib/architecture/hf/parse';
import { z } from 'zod';
import { parseCsv } from '@/lib/estimate/csv';
import type { ConfigSource, ModelConfigLink, UnsizedModel } from './coverage';

export const CONFIG_FIXTURE_DIR = path.resolve('fixtures/hf-configs');

export function loadModelConfigLinks(dir: string = CONFIG_FIXTURE_DIR): ModelConfigLink[] {
  return parseCsv(readFileSync(path.join(dir, 'CATALOG.csv'), 'utf8')).map((r) => ({ model: r.model ?? '', file: r.file ?? '', relation: r.relation ?? '', window: r.window ?? '', why: r.why ?? '' }));
}

/** Where each fixture was read, by file name (SOURCES.csv). */
export function loadConfigSources(dir: string = CONFIG_FIXTURE_DIR): Map<string, ConfigSource> {
  return new Map(
    parseCsv(readFileSync(path.join(dir, 'SOURCES.csv'), 'utf8')).map((r) => [
      r.file ?? '',
      { sourceUrl: r.source_url ?? '', complete: r.complete === 'yes', seenOn: r.seen_on ?? '' },
    ]),
  );
}

/** Parses a fixture by file name; null when there is no such file (names are plain file names, never paths). */
export function readConfigFixture(file: string, dir: string = CONFIG_FIXTURE_DIR): ParseHfConfigResult | null {
  if (file === '' || path.basename(file) !== file) return null;
  const full = path.join(dir, file);
  return existsSync(full) ? parseHfConfigText(readFileSync(full, 'utf8')) : null;
}

/** The models with no download of published size, each with why (fixtures/unsized-models.json). */
export function loadUnsizedModels(file: string = path.resolve('fixtures/unsized-models.json')): UnsizedModel[] {
  return z.array(z.object({ model: z.string().min(1), reason: z.string().min(1).max(500), checkedOn: z.iso.date() }).strict()).parse(JSON.parse(readFileSync(file, 'utf8')));
}
