'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteEntryAction } from '@/lib/actions/admin/catalog';
import type { EntityName } from '@/lib/schemas/admin';

export function DeleteEntry({ entity, entryKey, version }: { entity: EntityName; entryKey: string; version: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section aria-label="Delete" className="mt-10 border-t pt-4">
      <p role="alert" className="mb-2 text-red-700 dark:text-red-400">{message ?? ''}</p>
      {confirming ? (
        <div className="flex gap-3">
          <button
            type="button"
            className="rounded border border-red-600 px-3 py-1 text-red-700 dark:text-red-400"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await deleteEntryAction({ entity, key: entryKey, version });
                if (result.ok) {
                  router.push(`/admin/${entity}?deleted=${encodeURIComponent(entryKey)}`);
                  router.refresh();
                } else {
                  setMessage(result.message);
                  setConfirming(false);
                }
              })
            }
          >
            Yes, delete {entryKey}
          </button>
          <button type="button" className="rounded border px-3 py-1" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      ) : (
        <button type="button" className="rounded border border-red-600 px-3 py-1 text-red-700 dark:text-red-400" onClick={() => setConfirming(true)}>Delete…</button>
      )}
    </section>
  );
}
