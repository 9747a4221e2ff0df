'use server';

import { authorizeAction } from '@/lib/auth/request';
import { importModelDraft, readHubImportInput, type HubImportResult } from '@/lib/hf/model-import';
import { hubClientOptions } from '@/lib/hub-connection';

// Thin: authorize as editor (Origin, session, role; like every admin action, before it reads its
// input: a caller without the role learns nothing, e2e/admin.spec.ts's inventory) → validate (zod)
// → read the Hub and draft the records. Writes nothing: the editor saves the drafts through
// saveEntryAction.

export async function importFromHubAction(input: unknown): Promise<HubImportResult> {
  await authorizeAction('editor');
  const read = readHubImportInput(input);
  if (!read.ok) return read;
  return importModelDraft(read.input, hubClientOptions(), new Date().toISOString().slice(0, 10));
}
