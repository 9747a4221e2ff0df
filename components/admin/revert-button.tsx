'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { revertChangeAction } from '@/lib/actions/admin/catalog';
import type { RevertResult } from '@/lib/data/admin/history';
import { ENTITY_FIELDS, type EntityName } from '@/lib/schemas/admin';
import { showValue } from '@/lib/editing/form-values';

/** Reverts one change after a confirmation; a field edited again since is shown, never overwritten. */
export function RevertButton({ auditId, version, entity }: { auditId: number; version: number | null; entity: EntityName }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RevertResult | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = ENTITY_FIELDS[entity];
  const run = () =>
    startTransition(async () => {
      try {
        const answer = await revertChangeAction({ auditId, version });
        setResult(answer);
        setConfirming(false);
        if (answer.ok) {
          if (!answer.deleted && answer.key) router.replace(`/admin/${entity}/${encodeURIComponent(answer.key)}/history`);
          router.refresh();
        }
      } catch {
        setResult({ ok: false, kind: 'stale', message: 'Not reverted: your session may have ended. Sign in again and retry.' });
      }
    });
  return (
    <div className="mt-2 text-sm">
      {confirming ? (
        <span className="flex flex-wrap gap-2">
          <button type="button" className="rounded border border-zinc-400 px-2 py-0.5 font-medium" disabled={pending} onClick={run}>Yes, revert this change</button>
          <button type="button" className="rounded border border-zinc-400 px-2 py-0.5" onClick={() => setConfirming(false)}>Cancel</button>
        </span>
      ) : (
        <button type="button" className="rounded border border-zinc-400 px-2 py-0.5" onClick={() => { setResult(null); setConfirming(true); }}>Revert…</button>
      )}
      <div role="status" aria-live="polite">
        {result?.ok ? <p>{result.deleted ? 'Reverted: the entry is deleted again.' : `Reverted (now version ${result.version}).`}</p> : null}
        {result && !result.ok ? (
          <div className="text-red-700 dark:text-red-400">
            <p>{result.message}</p>
            {result.kind === 'conflict' ? (
              <ul className="ml-4 list-disc">
                {result.conflicts.map((c) => {
                  const field = fields.find((f) => f.path === c.field);
                  return <li key={c.field}>{field?.fullLabel ?? c.field}: this change set {showValue(c.base, field)}, it is now {showValue(c.theirs, field)}, reverting would make it {showValue(c.mine, field)}. Edit the entry to choose.</li>;
                })}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
