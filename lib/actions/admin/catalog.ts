'use server';

import { authorizeAction, refuse } from '@/lib/auth/request';
import { deleteEntry, saveEntry, type SaveResult } from '@/lib/data/admin/catalog';
import { previewEntry, type PreviewResult } from '@/lib/data/admin/preview';
import { revertChange, type RevertResult } from '@/lib/data/admin/history';
import { bulkEdit, type BulkEditResult } from '@/lib/data/admin/bulk-edit';
import { revalidateCatalogPages as revalidateCatalog } from '@/lib/revalidate-catalog';

// Thin: authorize (Origin, session, role) → the data layer validates, re-checks the role and
// writes with its audit row → revalidate the public pages. Refusals answer 401/403.

export async function saveEntryAction(input: unknown): Promise<SaveResult> {
  const actor = await authorizeAction('editor');
  const result = await saveEntry(actor, input).catch(refuse);
  if (result.ok) revalidateCatalog();
  return result;
}

export async function deleteEntryAction(input: unknown): Promise<SaveResult> {
  const actor = await authorizeAction('editor');
  const result = await deleteEntry(actor, input).catch(refuse);
  if (result.ok) revalidateCatalog();
  return result;
}

export async function revertChangeAction(input: unknown): Promise<RevertResult> {
  const actor = await authorizeAction('editor');
  const result = await revertChange(actor, input).catch(refuse);
  if (result.ok) revalidateCatalog();
  return result;
}

export async function bulkEditAction(input: unknown): Promise<BulkEditResult> {
  const actor = await authorizeAction('editor');
  const result = await bulkEdit(actor, input).catch(refuse);
  if (result.ok && !result.dryRun && result.changed > 0) revalidateCatalog();
  return result;
}

export async function previewEntryAction(input: unknown): Promise<PreviewResult> {
  const actor = await authorizeAction('editor');
  return previewEntry(actor, input).catch(refuse);
}

// The catalog import is a route handler (app/api/admin/import/route.ts): its files outgrow the
// 1 MB body limit Next.js sets on server actions, which stays in place for every public action.
