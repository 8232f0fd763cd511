import type { z } from 'zod';
import type { Bilingual } from './types';

// Bilingual wording of zod issues. The field name is reported separately; the message says what is
// wrong in words a user understands. Custom refinements carry their own { nl, en } in params.

export function bilingualIssue(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
      return {
        nl: `Verkeerd soort waarde: verwacht ${typeNl(issue.expected)}.`,
        en: `Wrong kind of value: expected ${issue.expected}.`,
      };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
      if (issue.origin === 'array')
        return { nl: `Geef er minstens ${min}.`, en: `Give at least ${min}.` };
      return {
        nl: `De waarde moet ${issue.inclusive ? 'minstens' : 'meer dan'} ${min} zijn; negatief kan niet.`,
        en: `The value must be ${issue.inclusive ? 'at least' : 'more than'} ${min}; it cannot be negative.`,
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array')
        return { nl: `Geef er hoogstens ${max}.`, en: `Give at most ${max}.` };
      if (issue.origin === 'string')
        return { nl: `Gebruik hoogstens ${max} tekens.`, en: `Use at most ${max} characters.` };
      return {
        nl: `De waarde mag hoogstens ${max} zijn.`,
        en: `The value must be at most ${max}.`,
      };
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return { nl: 'Vul een geldige webadres in.', en: 'Enter a valid URL.' };
      if (issue.format === 'regex')
        return {
          nl: 'De waarde heeft niet de juiste vorm.',
          en: `The value does not match ${issue.pattern ?? 'the pattern'}.`,
        };
      return {
        nl: 'De waarde heeft niet de juiste vorm.',
        en: 'The value is not in the right format.',
      };
    case 'invalid_value':
      return {
        nl: `Kies een van: ${issue.values.map(String).join(', ')}.`,
        en: `Choose one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        nl: `Onbekend veld: ${issue.keys.join(', ')}.`,
        en: `Unknown field: ${issue.keys.join(', ')}.`,
      };
    case 'invalid_union':
      return { nl: 'Deze waarde past niet.', en: 'This value does not fit any allowed form.' };
    case 'custom': {
      const params = issue.params as Partial<Bilingual> | undefined;
      if (params?.nl && params.en) return { nl: params.nl, en: params.en };
      return { nl: 'Deze waarde klopt niet.', en: issue.message || 'This value is not valid.' };
    }
    default:
      return { nl: 'Deze waarde klopt niet.', en: issue.message || 'This value is not valid.' };
  }
}

function typeNl(expected: string): string {
  const words: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een heel getal',
    boolean: 'ja of nee',
    array: 'een lijst',
    object: 'een groep velden',
  };
  return words[expected] ?? expected;
}

export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}
