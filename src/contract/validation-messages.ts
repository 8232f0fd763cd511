import type { z } from 'zod';
import type { Bilingual, FieldError } from './problem';

// Zod's own messages are English and technical; these say the same thing in words a user
// understands, in both languages. The field name is shown separately next to the message.

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export function issueMessage(issue: z.core.$ZodIssue): Bilingual {
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
      if (issue.origin === 'string') {
        if (min <= 1) return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
        return {
          nl: `Gebruik minstens ${min} tekens.`,
          en: `Use at least ${min} ${plural(min, 'character', 'characters')}.`,
        };
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return {
          nl: `Kies er minstens ${min}.`,
          en: `Choose at least ${min}.`,
        };
      return {
        nl: `De waarde moet ${issue.inclusive ? 'minstens' : 'meer dan'} ${min} zijn.`,
        en: `The value must be ${issue.inclusive ? 'at least' : 'more than'} ${min}.`,
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return {
          nl: `Gebruik hoogstens ${max} tekens.`,
          en: `Use at most ${max} ${plural(max, 'character', 'characters')}.`,
        };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { nl: `Kies er hoogstens ${max}.`, en: `Choose at most ${max}.` };
      return {
        nl: `De waarde mag ${issue.inclusive ? 'hoogstens' : 'minder dan'} ${max} zijn.`,
        en: `The value must be ${issue.inclusive ? 'at most' : 'less than'} ${max}.`,
      };
    }
    case 'invalid_format':
      if (issue.format === 'email')
        return { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid email address.' };
      if (issue.format === 'uuid') return { nl: 'Ongeldige verwijzing.', en: 'Invalid reference.' };
      if (issue.format === 'date')
        return { nl: 'Vul een datum in als JJJJ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' };
      if (issue.format === 'datetime')
        return { nl: 'Vul een geldig tijdstip in.', en: 'Enter a valid date and time.' };
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
    case 'not_multiple_of':
      return {
        nl: `De waarde moet een veelvoud van ${String(issue.divisor)} zijn.`,
        en: `The value must be a multiple of ${String(issue.divisor)}.`,
      };
    case 'custom': {
      // Custom refinements carry their own bilingual message in params.
      const params = issue.params as { nl?: string; en?: string } | undefined;
      if (params?.nl && params.en) return { nl: params.nl, en: params.en };
      return { nl: 'Deze waarde klopt niet.', en: issue.message || 'This value is not valid.' };
    }
    default:
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
  }
}

function typeNl(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'ja of nee',
    object: 'een object',
    array: 'een lijst',
    date: 'een datum',
  };
  return names[expected] ?? expected;
}

/** Turns zod issues into field errors; the field is the dotted path ('children.0.birthYear'). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // A value that fits no variant of a union: report the variant it came closest to (fewest
    // problems), so the message names the wrong field instead of the whole object.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length > 0) return fieldErrors(closest, base || undefined);
    }
    // An unknown key is an error *of that key*, so name it as the field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [base, key].filter(Boolean).join('.'),
        code: issue.code,
        messages: { nl: 'Dit veld is onbekend.', en: 'This field is unknown.' },
      }));
    }
    return [{ field: base || '(body)', code: issue.code, messages: issueMessage(issue) }];
  });
}

/** A refinement message in both languages, for `.refine(fn, bilingualIssue(...))`. */
export function bilingualIssue(nl: string, en: string, path?: (string | number)[]) {
  return { message: en, params: { nl, en }, ...(path ? { path } : {}) };
}
