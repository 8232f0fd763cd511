import type { z } from 'zod';
import { message, type Message, type MessageValues } from './message';

// The one wording of zod issues, for the API, the content checks and the rules engine alike: a
// catalogue key under `validation` with its values (src/contract/messages/validation.*.json). The
// field is reported separately; the message says what is wrong in words a user understands.

/** A refinement's message, for `.refine(fn, refinement('validation.x'))` or `ctx.addIssue`. */
export function refinement(key: string, values?: MessageValues, path?: (string | number)[]) {
  return { message: key, params: message(key, values), ...(path ? { path } : {}) };
}

export function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return message('validation.required');
      return message('validation.wrongType', { expected: issue.expected });
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return message(`validation.format.${FORMATS.has(issue.format) ? issue.format : 'other'}`);
    case 'invalid_value':
      return message('validation.oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return message('validation.unknownFields', { keys: issue.keys.join(', ') });
    case 'not_multiple_of':
      return message('validation.multipleOf', { divisor: String(issue.divisor) });
    case 'invalid_union':
      return message('validation.noVariant');
    case 'custom': {
      // A refinement names its own key (see `refinement`).
      const params = issue.params as Partial<Message> | undefined;
      return params?.key ? message(params.key, params.values) : message('validation.invalid');
    }
    default:
      return message('validation.invalid');
  }
}

const FORMATS = new Set(['email', 'uuid', 'date', 'datetime', 'url']);

function tooSmall(origin: string, min: number, inclusive: boolean): Message {
  if (origin === 'string')
    return min <= 1 ? message('validation.required') : message('validation.minLength', { min });
  if (origin === 'array' || origin === 'set') return message('validation.minItems', { min });
  if (min === 0 && inclusive) return message('validation.notNegative');
  return message(inclusive ? 'validation.atLeast' : 'validation.moreThan', { min });
}

function tooBig(origin: string, max: number, inclusive: boolean): Message {
  if (origin === 'string') return message('validation.maxLength', { max });
  if (origin === 'array' || origin === 'set') return message('validation.maxItems', { max });
  return message(inclusive ? 'validation.atMost' : 'validation.lessThan', { max });
}
