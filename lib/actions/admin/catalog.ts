'use server';

import { revalidatePath } from 'next/cache';
import { authorizeAction, refuse } from '@/lib/auth/request';
import { deleteEntry, saveEntry, type SaveResult } from '@/lib/data/admin/catalog';
import { importCatalog, type ImportResult } from '@/lib/data/admin/import';
import { previewEntry, type PreviewResult } from '@/lib/data/admin/preview';
import { PUBLIC_CATALOG_PATHS } from '@/lib/cache-tags';

// Thin: authorize (Origin, session, role) → the data layer validates, re-checks the role and
// writes with its audit row → revalidate the public pages. Refusals answer 401/403.

// This instance's pages, at once. The data function has already bumped the catalog revision (other
// instances follow within CATALOG_SYNC_SECONDS) and called noteCatalogWrite() after its commit, so
// this instance's snapshot and page-cache handler re-read the revision on their next use.
function revalidateCatalog(): void {
  for (const [path, type] of PUBLIC_CATALOG_PATHS) revalidatePath(path, type);
}

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

export async function previewEntryAction(input: unknown): Promise<PreviewResult> {
  const actor = await authorizeAction('editor');
  return previewEntry(actor, input).catch(refuse);
}

export async function importCatalogAction(input: unknown): Promise<ImportResult> {
  const actor = await authorizeAction('editor');
  const result = await importCatalog(actor, input).catch(refuse);
  if (result.ok && !result.dryRun) revalidateCatalog();
  return result;
}
