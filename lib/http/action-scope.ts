import { readFileSync } from 'node:fs';
import path from 'node:path';

// Which server actions are admin actions. Next resolves an action by its id whatever page it is
// posted to, and an admin action posted to a public page (where its 401/403 has no boundary to
// render) answered 200 with an uncaught exception in the log (next 16.4.6). proxy.ts refuses
// that before Next sees it: admin actions only to /admin pages, the site's actions only outside.
// The build's server-reference manifest says where each action is defined.

export type ActionScope = 'admin' | 'site' | 'unknown';

interface ManifestEntry {
  filename?: string;
  workers?: Record<string, unknown>;
}

let scopes: Map<string, ActionScope> | null = null;

function load(): Map<string, ActionScope> {
  const map = new Map<string, ActionScope>();
  try {
    const file = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, ManifestEntry> };
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      const workers = Object.keys(entry.workers ?? {});
      const admin = entry.filename ? entry.filename.includes('lib/actions/admin/') : workers.length > 0 && workers.every((w) => w.startsWith('app/(admin)/'));
      map.set(id, admin ? 'admin' : 'site');
    }
  } catch {
    // No production manifest here (the dev server keeps its own): every id is 'unknown', and
    // each admin action still refuses anyone without the role itself.
  }
  return map;
}

export function actionScope(id: string): ActionScope {
  scopes ??= load();
  return scopes.get(id) ?? 'unknown';
}
