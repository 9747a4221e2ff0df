'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/**
 * Re-ranks as the slider moves: each position is its own permalink (hrefs[i] for priority i × 5),
 * rendered on the server and cached; pending while the next one loads.
 */
export function PriorityControl({ value, hrefs }: { value: number; hrefs: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-3 text-sm" aria-busy={pending}>
      <label htmlFor="rerank-priority" className="font-medium">Re-rank:</label>
      <span>Speed</span>
      <input
        id="rerank-priority"
        type="range"
        min="0"
        max="100"
        step="5"
        defaultValue={value}
        onChange={(event) => {
          const href = hrefs[Math.round(Number(event.currentTarget.value) / 5)];
          if (href) startTransition(() => router.replace(href, { scroll: false }));
        }}
      />
      <span>Quality</span>
      <span className="w-24 text-xs text-zinc-500" aria-live="polite">{pending ? 'Re-ranking…' : ''}</span>
    </div>
  );
}
