import { message, type Message } from '../message';

// A step's formula, for professionals ('2.119,00 - 568,55'). The domain does not word it: amounts,
// percentages and numbers stay numbers and words are catalogue messages, so the reader's language
// sets both the number format and the words (src/contract/formula-text.ts words it).

/** Operators and brackets (the same in every language), an amount, a percentage, a number or words. */
export type FormulaPart =
  | string
  | { readonly cents: number }
  | { readonly percent: number }
  | { readonly number: number }
  | Message;

export type Formula = readonly FormulaPart[];

/** Cents, shown without the euro sign ('1.234,56'; '1,234.56' in English). */
export const c = (cents: number): FormulaPart => ({ cents: Math.round(cents) });

/** A percentage ('13,73%'; '13.73%' in English). */
export const pc = (percent: number): FormulaPart => ({ percent });

/** Words inside a formula, by their key under `formula` in the catalogue. */
export const word = (key: string): Message => message(`formula.${key}`);

/**
 * A formula from a template: formula`${c(a)} - ${c(b)}`. A bare number becomes a number part, a
 * formula inside is spliced in (for an optional tail).
 */
export function formula(
  strings: TemplateStringsArray,
  ...parts: Array<FormulaPart | Formula | number>
): Formula {
  const out: FormulaPart[] = [];
  strings.forEach((text, i) => {
    if (text) out.push(text);
    if (i >= parts.length) return;
    const part = parts[i]!;
    if (typeof part === 'number') out.push({ number: part });
    else if (Array.isArray(part)) out.push(...(part as Formula));
    else out.push(part as FormulaPart);
  });
  return out;
}
