'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark' | 'system';
const ORDER: Theme[] = ['system', 'light', 'dark'];
const CHANGE_EVENT = 'quantwise-theme';

function readTheme(): Theme {
  const saved = localStorage.getItem('theme');
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Cycles system → light → dark; the choice lives in localStorage and on <html data-theme>. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as Theme);

  function next() {
    const value = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length]!;
    if (value === 'system') {
      localStorage.removeItem('theme');
      document.documentElement.removeAttribute('data-theme');
    } else {
      localStorage.setItem('theme', value);
      document.documentElement.setAttribute('data-theme', value);
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }

  return (
    <button
      type="button"
      onClick={next}
      className="rounded border border-zinc-300 px-2 py-1 text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
      aria-label={`Colour theme: ${theme}. Change theme`}
    >
      Theme: {theme}
    </button>
  );
}
