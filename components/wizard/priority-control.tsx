'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

// Each slider position is its own permalink, so every step renders a new results page and React
// mounts a new slider there. The slider that started the move hands keyboard focus on to the
// slider of the page it opened (this module outlives the pages; the flag lives here).
let focusAfterNavigation = false;

/**
 * Re-ranks as the slider moves: each position is its own permalink (hrefs[i] for priority i × 5),
 * rendered on the server and cached; pending while the next one loads.
 */
export function PriorityControl({ value, hrefs }: { value: number; hrefs: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const slider = useRef<HTMLInputElement>(null);
  // Moving the slider re-ranks only through JavaScript: until it runs, a step would move the thumb
  // and change nothing, so the slider is disabled until then (without JavaScript, "Change answers").
  const hydrated = useHydrated();
  // On mount (a new page) or when the value changes in place, whichever the navigation did.
  useEffect(() => {
    if (!focusAfterNavigation) return;
    focusAfterNavigation = false;
    slider.current?.focus({ preventScroll: true });
  }, [value]);
  return (
    <div className="flex w-full max-w-lg flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-busy={pending}>
      <label htmlFor="rerank-priority" className="font-medium">Re-rank</label>
      <div className="flex min-w-0 flex-1 basis-56 items-center gap-2">
        <span aria-hidden="true">Speed</span>
        <input
          ref={slider}
          id="rerank-priority"
          type="range"
          min="0"
          max="100"
          step="5"
          defaultValue={value}
          disabled={!hydrated}
          aria-valuetext={describe(value)}
          className="min-w-0 flex-1"
          onChange={(event) => {
            const position = Number(event.currentTarget.value);
            event.currentTarget.setAttribute('aria-valuetext', describe(position));
            const href = hrefs[Math.round(position / 5)];
            if (!href) return;
            focusAfterNavigation = document.activeElement === event.currentTarget;
            startTransition(() => router.replace(href, { scroll: false }));
          }}
        />
        <span aria-hidden="true">Quality</span>
      </div>
      <span className="min-w-24 text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">{pending ? 'Re-ranking…' : ''}</span>
    </div>
  );
}

/** What a screen reader says for a position: the number alone does not say which end is which. */
function describe(position: number): string {
  if (position === 50) return '50: speed and quality balanced';
  return position < 50 ? `${position}: favour speed` : `${position}: favour quality`;
}
