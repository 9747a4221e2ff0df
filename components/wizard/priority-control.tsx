'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';

/** Re-ranks on the server as the slider moves (the URL stays the permalink); pending while it does. */
export function PriorityControl({ value }: { value: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
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
          const next = new URLSearchParams(searchParams.toString());
          next.set('pri', event.currentTarget.value);
          startTransition(() => router.replace(`${pathname}?${next.toString()}`, { scroll: false }));
        }}
      />
      <span>Quality</span>
      <span className="w-24 text-xs text-zinc-500" aria-live="polite">{pending ? 'Re-ranking…' : ''}</span>
    </div>
  );
}
