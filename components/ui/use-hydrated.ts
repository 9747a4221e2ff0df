'use client';

import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs in the browser (and on
 * every client-side render after that). Controls that need JavaScript use it to stay disabled, or
 * hold their place, until a click on them can do something.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
