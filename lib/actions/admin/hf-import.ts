'use server';

import { authorizeAction } from '@/lib/auth/request';
import { importModelDraft, readHubImportInput, type HubImportResult } from '@/lib/hf/model-import';
import { hubClientOptions } from '@/lib/hub-connection';

// Thin: validate (zod) → authorize as editor (Origin, session, role) → read the Hub and draft the
// records. Writes nothing: the editor saves the drafts through saveEntryAction.

export async function importFromHubAction(input: unknown): Promise<HubImportResult> {
  const read = readHubImportInput(input);
  if (!read.ok) return read;
  await authorizeAction('editor');
  return importModelDraft(read.input, hubClientOptions(), new Date().toISOString().slice(0, 10));
}
