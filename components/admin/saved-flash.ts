// "Saved" across the redirect after a create: the create form leaves a note in this tab's
// sessionStorage and the entry's edit page reads it once, so the editor is told the save went
// through without a flag in the address (Next's router owns the history entry during the redirect).

const PREFIX = 'quantwise:saved:';

export function leaveSavedFlash(entryPath: string, version: number): void {
  try {
    window.sessionStorage.setItem(PREFIX + entryPath, String(version));
  } catch {
    // Storage refused (private mode, quota): the version line on the edit page still shows the save.
  }
}

/** The saved version left for `entryPath`, removed as it is read; null when there is none. */
export function takeSavedFlash(entryPath: string): number | null {
  try {
    const text = window.sessionStorage.getItem(PREFIX + entryPath);
    if (text === null) return null;
    window.sessionStorage.removeItem(PREFIX + entryPath);
    const version = Number(text);
    return Number.isSafeInteger(version) && version > 0 ? version : null;
  } catch {
    return null;
  }
}
