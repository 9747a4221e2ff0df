import type { Prisma } from '@/lib/prisma-client';

// The one write to the CatalogRevision row. Not 'server-only' (unlike the rest of lib/data): the
// seed CLI runs outside Next's react-server condition and must bump it too. The app imports it
// through lib/data/catalog-revision.ts.

/** The id of the single CatalogRevision row; a missing row reads as revision 0. */
export const CATALOG_REVISION_ROW_ID = 1;

/**
 * Marks the catalog as changed. Call it inside the transaction of every catalog write, so the
 * change and its new revision commit together: no instance can see one without the other.
 */
export async function bumpCatalogRevision(tx: Prisma.TransactionClient): Promise<number> {
  const changedAt = new Date();
  const row = await tx.catalogRevision.upsert({
    where: { id: CATALOG_REVISION_ROW_ID },
    create: { id: CATALOG_REVISION_ROW_ID, revision: 1, changedAt },
    update: { revision: { increment: 1 }, changedAt },
    select: { revision: true },
  });
  return row.revision;
}
