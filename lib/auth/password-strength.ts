import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

// Which passwords staff may choose, beyond the length rule (lib/auth/password-policy.ts): none that
// an attacker tries early. zxcvbn-ts estimates the guesses a password needs against lists of
// passwords leaked in breaches, common words and names, keyboard patterns, dates, repeats and
// l33t substitutions, and against the context we give it (the email, its parts, the site's
// name), so `password1234`, `qwertyuiop123` and `admin@example.com` are refused while a long
// passphrase passes. Server side only: the dictionaries are megabytes.

/**
 * zxcvbn's score 3: about 10⁸ guesses or more ("safely unguessable: moderate protection from an
 * offline slow-hash scenario"). With argon2id and the sign-in throttling, that is far out of reach
 * of online guessing.
 */
export const PASSWORD_MIN_SCORE = 3;
const SITE_WORDS = ['quantwise', 'admin', 'editor', 'viewer', 'password'];

let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return checker;
}

/** The words a password must not be built from: the account's email, its parts, the site's own. */
export function contextWords(email: string, extra: readonly string[] = []): string[] {
  const lower = email.trim().toLowerCase();
  const [local = '', domain = ''] = lower.split('@');
  // The domain's labels but its top level (example.com → example).
  const labels = domain.split('.').slice(0, -1);
  return [...new Set([lower, local, ...local.split(/[._+-]+/), domain, ...labels, ...SITE_WORDS, ...extra].filter((w) => w.length >= 3))];
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Why a password is too easy to guess, or null when it is acceptable. */
export function passwordWeakness(password: string, context: readonly string[]): string | null {
  const candidate = password.slice(0, 256);
  const result = zxcvbn().check(candidate, [...context]);
  if (result.score < PASSWORD_MIN_SCORE) {
    const reason = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
    return `too easy to guess${reason ? `: ${reason.replace(/\.$/, '')}` : ''}; a few unrelated words make a strong password`;
  }
  // zxcvbn matches context words only where they stand alone; "janedoe12345" for jane.doe@… passes
  // it. A password that contains a context word, punctuation aside, must be strong without it.
  const squashed = squash(candidate);
  for (const word of new Set(context.map(squash))) {
    if (word.length < 4 || !squashed.includes(word)) continue;
    if (zxcvbn().check(squashed.replace(word, ''), [...context]).score < PASSWORD_MIN_SCORE) {
      return 'too easy to guess: built from the account’s email, the current password or the site’s name; a few unrelated words make a strong password';
    }
  }
  return null;
}
