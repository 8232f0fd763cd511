import { z } from 'zod';
import { refinement } from '../../domain/issue-message';
import { message, type MessageValues } from '../../domain/message';

// Building blocks shared by the content schemas (vocabularies, capitals, interventions, synonyms).
// Every custom issue names its catalogue message (`validation.content.*`), which `issueText` words.

/** Adds a custom issue naming a catalogue message and its values. */
export function addMessageIssue(
  ctx: z.RefinementCtx,
  key: string,
  values?: MessageValues,
  path: (string | number)[] = [],
): void {
  ctx.addIssue({ code: 'custom', ...refinement(key, values, path) });
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable content id: lowercase letters, digits and single hyphens ("vroeg-eropaf"). */
export const contentIdSchema = z.string().superRefine((value, ctx) => {
  if (!KEBAB.test(value))
    addMessageIssue(ctx, 'validation.content.common.useOnlyLowercaseLetters', { value });
});

/** A line of text that is not empty after trimming. */
export const textSchema = z.string().trim().min(1);

/** Plain text with an upper bound on its length. */
export const boundedText = (max: number) => z.string().trim().min(1).max(max);

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date as an ISO string, YYYY-MM-DD. */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
    addMessageIssue(ctx, 'validation.content.common.enterAnExistingDate', { value });
});

/**
 * The date of a source, as precise as the source itself: YYYY-MM-DD, YYYY-MM or YYYY (all ISO 8601).
 * Many reports state only a year; inventing a day would be a made-up fact. A bare year written
 * unquoted in YAML arrives as a number and is accepted as that year.
 */
export const sourceDateSchema = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().superRefine((value, ctx) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    const ok =
      m !== null &&
      (m[2] === undefined ||
        (Number(m[2]) >= 1 &&
          Number(m[2]) <= 12 &&
          (m[3] === undefined || isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))));
    if (!ok)
      addMessageIssue(ctx, 'validation.content.common.enterADateAs', { value });
  }),
);

/** A text in Dutch with its English twin; a missing twin is named as such (decks, life events). */
export function bilingualText(max: number) {
  const side = z.string().trim().min(1).max(max);
  return z
    .strictObject({ nl: side.optional(), en: side.optional() })
    .superRefine((text, ctx) => {
      if (text.nl === undefined)
        addMessageIssue(ctx, 'validation.content.cards.dutchMissing', {}, ['nl']);
      if (text.en === undefined)
        addMessageIssue(ctx, 'validation.content.cards.englishMissing', {}, ['en']);
    })
    .transform((text) => ({ nl: text.nl ?? '', en: text.en ?? '' }));
}

/** Where a fact comes from: a document (a seed file or a publication) and the section in it. */
export const sourceRefSchema = z.strictObject({
  document: boundedText(300),
  section: boundedText(300),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * A string that must be one of the ids of a vocabulary. The message names the wrong value and the
 * vocabulary, and lists the allowed ids when the list is short.
 */
export function vocabIdSchema(ids: readonly string[], vocabulary: string) {
  const allowed = new Set(ids);
  return z.string().superRefine((value, ctx) => {
    if (allowed.has(value)) return;
    const hint = ids.length <= 12 ? ` (${ids.join(', ')})` : '';
    addMessageIssue(ctx, 'validation.content.common.valueIsNotIn', { value, vocabulary, hint });
  });
}

/** What a list holds; `validation.content.kind.*` names it with its article (dit signaal, deze tekst). */
export type ListKind =
  | 'value'
  | 'text'
  | 'signal'
  | 'intervention'
  | 'capital'
  | 'link'
  | 'id'
  | 'rank'
  | 'interaction'
  | 'category'
  | 'card';

/** Reports every repeated element of a list at its own index. */
export function refineUnique<T>(
  key: (item: T) => string,
  kind: ListKind = 'value',
) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, index);
        return;
      }
      addMessageIssue(
        ctx,
        'validation.content.duplicate',
        { kind: message(`validation.content.kind.${kind}`), position: first + 1 },
        [index],
      );
    });
  };
}

/** A list of vocabulary ids without repeats. */
export function vocabListSchema(ids: readonly string[], vocabulary: string) {
  return z
    .array(vocabIdSchema(ids, vocabulary))
    .superRefine(refineUnique((v: string) => v, 'value'));
}

/** Normalises a search term for comparisons: trimmed, lowercase, single spaces. */
export function normaliseTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}
