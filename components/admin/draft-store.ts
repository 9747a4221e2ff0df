import type { FormValues } from '@/lib/editing/form-values';

// Unsaved drafts of admin forms, kept in this browser's localStorage so that a session that ends
// mid-edit (or a closed tab) costs nothing: the form offers the draft back on the next visit. The
// draft keeps the version it started from, so saving it later still meets the three-way merge.

export interface Draft {
  values: FormValues;
  baseVersion: number | null;
  baseRecord: unknown;
  savedAt: string;
}

const PREFIX = 'quantwise:draft:';

/** The stored text (a string, so React's external-store snapshot stays stable between reads). */
export function readDraftText(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

const atOpen = new Map<string, string | null>();

/**
 * The draft as it was when the form opened (the form's own writes while typing do not count),
 * read once per mount; `forgetDraftAtOpen` on unmount lets the next visit read it afresh.
 */
export function draftTextAtOpen(key: string): string | null {
  if (!atOpen.has(key)) atOpen.set(key, readDraftText(key));
  return atOpen.get(key) ?? null;
}

export function forgetDraftAtOpen(key: string): void {
  atOpen.delete(key);
}

/** Drafts change in other tabs too ("storage" events). */
export function subscribeToDrafts(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

export function parseDraft(text: string | null): Draft | null {
  try {
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<Draft>;
    if (!draft || typeof draft !== 'object' || typeof draft.values !== 'object' || draft.values === null || typeof draft.savedAt !== 'string') return null;
    return { values: draft.values, baseVersion: typeof draft.baseVersion === 'number' ? draft.baseVersion : null, baseRecord: draft.baseRecord ?? null, savedAt: draft.savedAt };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}
