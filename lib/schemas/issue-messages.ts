import type { z } from 'zod';
import { groupDigits } from '@/lib/editing/human-number';

// Validation messages in plain words. zod's own ("Invalid input: expected number, received NaN",
// "Too small: expected string to have >=1 characters") are written for developers; every form,
// the import and the API's admin answers show these instead. Messages our schemas set themselves
// (refinements, regex explanations) are already plain and pass through unchanged.

type Issue = z.core.$ZodIssue;

/** zod's default messages start so; anything else is one of ours. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

const describeValue = (value: unknown) => (typeof value === 'number' ? groupDigits(value) : String(value));

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The message for one issue; `value` is the input at the issue's path (undefined when absent). */
export function plainIssueMessage(issue: Issue, value: unknown): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const missing = value === undefined || value === null || value === '';
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return 'required';
      switch (issue.expected) {
        case 'int':
          return 'must be a whole number';
        case 'number':
          return typeof value === 'number' ? 'enter a number' : 'enter a number, not text';
        case 'string':
          return 'must be text';
        case 'boolean':
          return 'must be yes or no';
        case 'array':
          return typeof value === 'string' ? 'must be a list, not text' : 'must be a list';
        case 'object':
          return 'must be a group of fields';
        default:
          return `must be ${issue.expected}`;
      }
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? 'required' : `at least ${minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return minimum <= 1 ? 'choose at least one' : `at least ${minimum} items`;
      if (!issue.inclusive && minimum === 0) return 'must be more than 0';
      return issue.inclusive ? `must be at least ${describeValue(minimum)}` : `must be more than ${describeValue(minimum)}`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `at most ${groupDigits(maximum)} characters${typeof value === 'string' ? ` (this has ${groupDigits(value.length)})` : ''}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${groupDigits(maximum)} items`;
      return issue.inclusive ? `must be at most ${describeValue(maximum)}` : `must be less than ${describeValue(maximum)}`;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'url':
          return 'enter a full web address starting with https://';
        case 'date':
          return 'enter a date as YYYY-MM-DD, e.g. 2026-11-29';
        case 'email':
          return 'enter an email address, e.g. name@example.com';
        case 'regex':
          return 'contains characters this field does not allow';
        default:
          return 'is not in the expected format';
      }
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${listOf(issue.values)}` : `choose one of: ${listOf(issue.values)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${describeValue(Number(issue.divisor))}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'is not a value this field takes';
    default:
      return issue.message;
  }
}
