import { describe, expect, it } from 'vitest';
import { createCatalogRevisionState, RENDER_GRACE_MS } from '@/lib/data/catalog-revision';

// The revision state machine with an injected reader and explicit times: no database, no waiting.

const INTERVAL_MS = 5_000;
const STARTED_AT = 1_000_000;

/** A reader whose reads the test settles one by one (by call number), counting the calls. */
function scriptedReader() {
  const pending = new Map<number, { resolve: (revision: number) => void; reject: (error: Error) => void }>();
  const reader = {
    calls: 0,
    read: () => {
      const call = ++reader.calls;
      return new Promise<number>((resolve, reject) => pending.set(call, { resolve, reject }));
    },
    /** Settles a read: by default the oldest unsettled one. */
    answer(revision: number, call = Math.min(...pending.keys())) {
      pending.get(call)!.resolve(revision);
      pending.delete(call);
    },
    fail(message = 'database unreachable', call = Math.min(...pending.keys())) {
      pending.get(call)!.reject(new Error(message));
      pending.delete(call);
    },
  };
  return reader;
}

function stateWith(reader: ReturnType<typeof scriptedReader>) {
  return createCatalogRevisionState({ readRevision: reader.read, syncIntervalMs: INTERVAL_MS, startedAt: STARTED_AT, clock: () => STARTED_AT });
}

/** A read at `at` that the reader answers with `revision` at once; resolves when the state has it. */
function readAt(state: ReturnType<typeof stateWith>, reader: ReturnType<typeof scriptedReader>, at: number, revision: number): Promise<number> {
  const read = state.current(at);
  reader.answer(revision);
  return read;
}

/** Lets queued promise callbacks run, so a settled read has updated the state. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('catalog revision state: sync interval', () => {
  it('answers from memory while the held revision is younger than the interval, and reads again once it is not', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    const first = state.current(t);
    reader.answer(7);
    expect(await first).toBe(7);
    expect(await state.current(t + INTERVAL_MS - 1)).toBe(7);
    expect(reader.calls).toBe(1);

    const second = state.current(t + INTERVAL_MS);
    expect(reader.calls).toBe(2);
    reader.answer(8);
    expect(await second).toBe(8);
  });

  it('measures age from when the read began, so a slow read does not extend how long its answer is trusted', async () => {
    const reader = scriptedReader();
    let clockNow = STARTED_AT + 100;
    const state = createCatalogRevisionState({ readRevision: reader.read, syncIntervalMs: INTERVAL_MS, startedAt: STARTED_AT, clock: () => clockNow });
    const began = clockNow;
    const slow = state.current();
    clockNow = began + 3_000; // the answer arrives 3 s later
    reader.answer(1);
    await slow;
    clockNow = began + INTERVAL_MS;
    const again = state.current();
    expect(reader.calls).toBe(2);
    reader.answer(1);
    await again;
  });
});

describe('catalog revision state: one read at a time', () => {
  it('concurrent callers share the read in flight', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    const answers = [state.current(t), state.current(t + 1), state.current(t + 2)];
    expect(reader.calls).toBe(1);
    reader.answer(4);
    expect(await Promise.all(answers)).toEqual([4, 4, 4]);
  });

  it('does not join a read that began longer than one interval ago', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    const stuck = state.current(t);
    const later = state.current(t + INTERVAL_MS);
    expect(reader.calls).toBe(2);
    reader.answer(1);
    reader.answer(2);
    expect([await stuck, await later]).toEqual([1, 2]);
    // The newer read's answer is the one held.
    expect(await state.current(t + INTERVAL_MS + 1)).toBe(2);
  });

  it('an older read finishing after a newer one does not overwrite it', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    const older = state.current(t);
    const newer = state.current(t + INTERVAL_MS);
    reader.answer(6, 2);
    reader.answer(5, 1);
    expect(await Promise.all([older, newer])).toEqual([5, 6]);
    expect(await state.current(t + INTERVAL_MS + 10)).toBe(6);
    expect(reader.calls).toBe(2);
  });
});

describe('catalog revision state: change detection and the stale-before rule', () => {
  it('before any read, pages older than the process are stale', () => {
    const state = stateWith(scriptedReader());
    expect(state.staleBefore()).toBe(STARTED_AT);
  });

  it('the first revision seen counts as a change: pages up to the grace after it are stale', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 2_000;
    await readAt(state, reader, t, 3);
    expect(state.staleBefore()).toBe(t + RENDER_GRACE_MS);
  });

  it('the same revision read again moves nothing; a different one moves stale-before to the grace after it was noticed', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    await readAt(state, reader, t, 3);
    const afterFirst = state.staleBefore();

    await readAt(state, reader, t + INTERVAL_MS, 3);
    expect(state.staleBefore()).toBe(afterFirst);

    const noticedAt = t + 3 * INTERVAL_MS;
    const changed = state.current(noticedAt);
    reader.answer(4);
    expect(await changed).toBe(4);
    expect(state.staleBefore()).toBe(noticedAt + RENDER_GRACE_MS);
  });

  it('a revision that goes down (a restored database) is a change too', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    await readAt(state, reader, t, 9);
    await readAt(state, reader, t + 60_000, 2);
    expect(state.staleBefore()).toBe(t + 60_000 + RENDER_GRACE_MS);
  });

  it('is never earlier than the process start, whatever the grace', async () => {
    const reader = scriptedReader();
    const state = createCatalogRevisionState({ readRevision: reader.read, syncIntervalMs: INTERVAL_MS, startedAt: STARTED_AT, renderGraceMs: 0 });
    await readAt(state, reader, STARTED_AT - 500, 1);
    expect(state.staleBefore()).toBe(STARTED_AT);
  });
});

describe('catalog revision state: local writes', () => {
  it('after noteWrite the next call reads again, even within the interval', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    await readAt(state, reader, t, 1);
    state.noteWrite();
    const next = state.current(t + 1);
    expect(reader.calls).toBe(2);
    reader.answer(2);
    expect(await next).toBe(2);
    expect(state.staleBefore()).toBe(t + 1 + RENDER_GRACE_MS);
  });

  it('a read that began before the write is not joined: later callers wait for one that began after it', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    const before = state.current(t);
    state.noteWrite();
    const after = state.current(t + 1);
    expect(reader.calls).toBe(2);
    reader.answer(1, 1); // the pre-write read sees the old revision
    expect(await before).toBe(1);
    const during = state.current(t + 2);
    expect(reader.calls).toBe(2);
    reader.answer(2, 2);
    expect([await after, await during]).toEqual([2, 2]);
    expect(await state.current(t + 3)).toBe(2);
    expect(reader.calls).toBe(2);
  });
});

describe('catalog revision state: failed reads', () => {
  it('a failed read reaches its callers, keeps what was held, and the next call reads again', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const t = STARTED_AT + 100;
    await readAt(state, reader, t, 3);
    const heldStaleBefore = state.staleBefore();

    const failing = state.current(t + INTERVAL_MS);
    reader.fail();
    await expect(failing).rejects.toThrow('database unreachable');
    expect(state.staleBefore()).toBe(heldStaleBefore);

    // Same instant: no cached failure, no stuck read in flight.
    const retry = state.current(t + INTERVAL_MS);
    expect(reader.calls).toBe(3);
    reader.answer(3);
    expect(await retry).toBe(3);
    expect(state.staleBefore()).toBe(heldStaleBefore);
  });

  it('a failed first read leaves the state as if never read', async () => {
    const reader = scriptedReader();
    const state = stateWith(reader);
    const failing = state.current(STARTED_AT + 100);
    reader.fail();
    await expect(failing).rejects.toThrow('database unreachable');
    await flush();
    expect(state.staleBefore()).toBe(STARTED_AT);
    const retry = state.current(STARTED_AT + 101);
    reader.answer(1);
    expect(await retry).toBe(1);
  });
});
