// Server-action requests, checked before Next decodes them (proxy.ts). Next 16.4.6 answers 500
// for any body React's reply decoder cannot read (not JSON, a reference to a part that is not
// there, a body over the 1 MB limit) and runs an action posted to any page. This accepts exactly
// what React's encodeReply and progressive-enhancement forms send for our actions, and refuses the
// rest with 400 or 413 and a short message:
// - only pages that render a form with an action (ACTION_PAGES) take action posts;
// - bodies up to ACTION_BODY_LIMIT_BYTES (Next's own limit for actions);
// - a text body (a fetch action whose arguments encode to one JSON row): a JSON array whose
//   strings use only the value escapes ($$, $undefined, $D…, $n…, $NaN, $Infinity, …);
// - a multipart body: the root row "0" (or an MPA form's $ACTION_<n>:0) is such JSON, and every
//   reference in it ($<id>, $@<id>, $Q<id>, $W<id>, $K<id>) points at a part that is there.
// Anything else React could decode (streams, typed arrays, blobs, server references, temporary
// references) our actions never receive, so it is refused too.

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** Pages that render a form posting to a server action; everything else takes none. */
export function acceptsActions(pathname: string): boolean {
  return pathname === '/wizard' || pathname === '/plan' || pathname === '/compare' || pathname === '/admin' || pathname.startsWith('/admin/');
}

export type ActionVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string };

const refuse = (message: string): ActionVerdict => ({ ok: false, status: 400, message });
const OK: ActionVerdict = { ok: true };

const MAX_DEPTH = 64;
const MAX_NODES = 100_000;
const VALUE_ESCAPES = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0']);
// $<id>, optionally with a path into that part ($1:values:gpu), $@<id> (a promise), $Q<id> (a Map),
// $W<id> (a Set), $K<id> (a FormData); ids in hex.
const REFERENCE = /^\$([@QWK]?)([0-9a-f]{1,8})((?::[^:]{0,200}){0,32})$/;

type Part = string | { file: true };

interface Walk {
  parts: Map<string, Part>;
  prefix: string;
  visited: Set<string>;
  nodes: number;
}

/** Checks one decoded JSON value; returns the problem or null. */
function checkValue(value: unknown, walk: Walk, depth: number): string | null {
  if (++walk.nodes > MAX_NODES) return 'too many values';
  if (depth > MAX_DEPTH) return 'nested too deeply';
  if (typeof value === 'string') return value.startsWith('$') ? checkEscape(value, walk, depth) : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkValue(item, walk, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const problem = checkValue(item, walk, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

function checkEscape(text: string, walk: Walk, depth: number): string | null {
  if (text.startsWith('$$') || VALUE_ESCAPES.has(text)) return null;
  if (text.startsWith('$D')) return Number.isNaN(Date.parse(text.slice(2))) ? 'a malformed date' : null;
  if (text.startsWith('$n')) return /^-?\d{1,400}$/.test(text.slice(2)) ? null : 'a malformed number';
  const reference = REFERENCE.exec(text);
  if (!reference) return `an unsupported value (${text.slice(0, 12)})`;
  const [, tag, hexId, path] = reference as unknown as [string, string, string, string];
  if (path && tag !== '') return `an unsupported value (${text.slice(0, 12)})`;
  // Parts are named by the decimal id (React's reply format, react-server-dom 19.3).
  const id = String(parseInt(hexId, 16));
  // $K<id>: a FormData made of the parts named "<id>_…": any number of them, none is fine.
  if (tag === 'K') return null;
  const key = `${walk.prefix}${id}`;
  const part = walk.parts.get(key);
  if (typeof part !== 'string') return `a reference to a missing part (${text.slice(0, 12)})`;
  if (walk.visited.has(key)) return null;
  walk.visited.add(key);
  let json: unknown;
  try {
    json = JSON.parse(part);
  } catch {
    return 'a part that is not JSON';
  }
  // Promises, Maps and Sets are outlined as arrays (entries for a Map).
  if ((tag === 'Q' || tag === 'W') && !Array.isArray(json)) return 'a malformed collection';
  return checkValue(json, walk, depth + 1);
}

function checkRoot(parts: Map<string, Part>, prefix: string, rootKey: string, mustBeArgs: boolean): string | null {
  const root = parts.get(rootKey);
  if (typeof root !== 'string') return 'the arguments are missing';
  let json: unknown;
  try {
    json = JSON.parse(root);
  } catch {
    return 'the arguments are not JSON';
  }
  if (mustBeArgs && !Array.isArray(json)) return 'the arguments are not a list';
  return checkValue(json, { parts, prefix, visited: new Set([rootKey]), nodes: 0 }, 0);
}

/** A fetch action (the `next-action` header) with a text body: the arguments as one JSON row. */
export function checkActionText(body: string): ActionVerdict {
  const problem = checkRoot(new Map([['0', body]]), '', '0', true);
  return problem ? refuse(`Malformed action request: ${problem}.`) : OK;
}

/** A multipart body, from a fetch action (`fetchAction`) or a form posted without JavaScript. */
export function checkActionForm(entries: Iterable<[string, Part]>, fetchAction: boolean): ActionVerdict {
  const parts = new Map<string, Part>();
  for (const [name, value] of entries) parts.set(name, value);
  if (fetchAction) {
    const problem = checkRoot(parts, '', '0', true);
    return problem ? refuse(`Malformed action request: ${problem}.`) : OK;
  }
  // A form posted without JavaScript names its action in $ACTION_ fields; without any it is no action.
  const actionKeys = [...parts.keys()].filter((key) => key.startsWith('$ACTION_'));
  for (const key of actionKeys) {
    if (key === '$ACTION_KEY') {
      if (typeof parts.get(key) !== 'string' || (parts.get(key) as string).length > 200) return refuse('Malformed action request: $ACTION_KEY.');
      continue;
    }
    if (/^\$ACTION_ID_[0-9a-f]{2,64}$/.test(key)) continue;
    const ref = /^\$ACTION_REF_(\d{1,3})$/.exec(key);
    if (ref) {
      const prefix = `$ACTION_${ref[1]}:`;
      const descriptor = parts.get(`${prefix}0`);
      if (typeof descriptor !== 'string') return refuse('Malformed action request: the action descriptor is missing.');
      let parsed: unknown;
      try {
        parsed = JSON.parse(descriptor);
      } catch {
        return refuse('Malformed action request: the action descriptor is not JSON.');
      }
      const { id, bound } = (parsed ?? {}) as { id?: unknown; bound?: unknown };
      if (typeof id !== 'string' || !/^[0-9a-f]{2,64}$/.test(id) || (bound !== null && (typeof bound !== 'string' || !/^\$@[0-9a-f]+$/.test(bound)))) {
        return refuse('Malformed action request: the action descriptor.');
      }
      const problem = checkRoot(parts, prefix, `${prefix}0`, false);
      if (problem) return refuse(`Malformed action request: ${problem}.`);
      continue;
    }
    if (/^\$ACTION_\d{1,3}:\d{1,6}$/.test(key)) continue;
    return refuse(`Malformed action request: unexpected field ${key.slice(0, 40)}.`);
  }
  return OK;
}

/** The action ids a form posted without JavaScript names ($ACTION_ID_<id>, or the id in an $ACTION_<n>:0 descriptor). */
export function formActionIds(entries: Iterable<[string, Part]>): string[] {
  const ids: string[] = [];
  for (const [name, value] of entries) {
    const plain = /^\$ACTION_ID_([0-9a-f]{2,64})$/.exec(name);
    if (plain) ids.push(plain[1]!);
    if (/^\$ACTION_\d{1,3}:0$/.test(name) && typeof value === 'string') {
      try {
        const { id } = JSON.parse(value) as { id?: unknown };
        if (typeof id === 'string') ids.push(id);
      } catch {
        // checkActionForm refuses it.
      }
    }
  }
  return ids;
}
