import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv: HF_HUB_RECORDINGS', () => {
  it('unset: the real Hub', () => expect(readEnv({}).HF_HUB_RECORDINGS).toBeUndefined());
  it('a directory of recordings is taken', () => expect(readEnv({ HF_HUB_RECORDINGS: 'fixtures/hf-hub' }).HF_HUB_RECORDINGS).toBe('fixtures/hf-hub'));
  it.each(['fixtures/no-such-dir', 'fixtures/hf-hub/SOURCES.csv'])('%s is refused by name', (dir) =>
    expect(() => readEnv({ HF_HUB_RECORDINGS: dir })).toThrow('HF_HUB_RECORDINGS: HF_HUB_RECORDINGS must name a directory of recorded Hub responses'));
});
