import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsActions, checkActionForm, checkActionText, formActionIds } from '@/lib/http/action-request';

// What React's client really sends (the encoder Next ships) must pass; what it never sends must
// not reach Next's decoder, which answers 500 for anything it cannot read. The end-to-end fuzz
// test (e2e/hostile.spec.ts) checks the same against the running server.

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as { encodeReply: (value: unknown) => Promise<string | FormData> };

async function check(value: unknown) {
  const body = await encodeReply(value);
  return typeof body === 'string' ? checkActionText(body) : checkActionForm([...body.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : { file: true as const }]), true);
}

describe('server-action bodies React sends for our actions pass', () => {
  it('a form submitted through useActionState (previous state and the FormData)', async () => {
    const form = new FormData();
    for (const [k, v] of [['hw', 'gpu'], ['gpu1', 'GeForce RTX 4090'], ['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"60ab","bound":"$@1"}']]) form.append(k!, v!);
    expect(await check([{ ok: true, message: null, fieldErrors: {}, values: { note: '$100' } }, form])).toEqual({ ok: true });
  });

  it('admin calls with records, dates, big numbers, undefined, repeated objects', async () => {
    const shared = { a: 1 };
    expect(await check([{ entity: 'hardware', key: null, version: null, record: { s: shared, t: shared, when: new Date(0), big: 10n, gone: undefined, zero: -0 } }])).toEqual({ ok: true });
  });

  it('any JSON value as arguments', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 3 }), async (args) => {
      expect(await check(args)).toEqual({ ok: true });
    }), { numRuns: 200 });
  });

  it('Maps, Sets and promises, whose parts are present', async () => {
    expect(await check([new Map([['a', 1]]), new Set([1]), Promise.resolve(3)])).toEqual({ ok: true });
  });
});

describe('bodies React’s decoder cannot read get 400, not a 500', () => {
  it.each([
    ['not json'],
    ['['],
    ['{"a":'],
    ['{"not":"a list"}'],
    ['"$@0"'],
    ['["$Q1"]'],
    ['["$W5"]'],
    ['["$1"]'],
    ['["$h0"]'],
    ['["$T"]'],
    ['["$Dnot a date"]'],
    ['["$n12abc"]'],
    ['["$B1"]'],
    ['["$R1"]'],
    ['["$AZZ"]'],
    ['[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'],
  ])('text body %s', (body) => {
    expect(checkActionText(body)).toMatchObject({ ok: false, status: 400 });
  });

  it.each([
    ['no root part', [['1', '[1]']]],
    ['a root that is not JSON', [['0', '[broken']]],
    ['a reference to a missing part', [['0', '["$@1"]']]],
    ['a referenced part that is not JSON', [['0', '["$1"]'], ['1', 'nope']]],
    ['a Map part that is not a list', [['0', '["$Q1"]'], ['1', '{"a":1}']]],
    ['a file where JSON belongs', [['0', '["$1"]'], ['1', { file: true }]]],
  ] as const)('multipart with %s', (_name, entries) => {
    expect(checkActionForm(entries as unknown as [string, string][], true)).toMatchObject({ ok: false, status: 400 });
  });

  it('forms posted without JavaScript: a descriptor that reads, or nothing that claims to be an action', () => {
    const good: [string, string][] = [['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"604abf94","bound":"$@1"}'], ['$ACTION_1:1', '[{"ok":true}]'], ['$ACTION_KEY', 'k1'], ['hw', 'gpu']];
    expect(checkActionForm(good, false)).toEqual({ ok: true });
    expect(checkActionForm([['hw', 'gpu'], ['ram', '32']], false)).toEqual({ ok: true });
    for (const broken of [
      [['$ACTION_REF_1', '']],
      [['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"604abf94","bound":"$@1"}']],
      [['$ACTION_REF_1', ''], ['$ACTION_1:0', 'not json']],
      [['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"<script>","bound":null}']],
      [['$ACTION_SOMETHING', 'x']],
    ] as [string, string][][]) {
      expect(checkActionForm(broken, false), JSON.stringify(broken)).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('random bytes never pass as a fetch action', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const verdict = checkActionText(text);
        // Whatever passes is a JSON list.
        if (verdict.ok) expect(Array.isArray(JSON.parse(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('only pages with forms take actions', () => {
  it.each([
    ['/wizard', true], ['/plan', true], ['/compare', true], ['/admin', true], ['/admin/hardware/new', true],
    ['/', false], ['/hardware', false], ['/models/llama-3.1-8b-instruct', false], ['/robots.txt', false], ['/wizardx', false], ['/administrator', false],
  ] as const)('%s → %s', (path, accepted) => {
    expect(acceptsActions(path)).toBe(accepted);
  });
});

describe('the actions a form without JavaScript names', () => {
  it('reads $ACTION_ID_ fields and descriptor ids, for proxy.ts to match them to the page', () => {
    expect(formActionIds([['$ACTION_ID_40ab', ''], ['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"60cd","bound":"$@1"}'], ['$ACTION_1:1', '[]'], ['hw', 'gpu']])).toEqual(['40ab', '60cd']);
    expect(formActionIds([['hw', 'gpu'], ['$ACTION_1:0', 'not json']])).toEqual([]);
  });
});
