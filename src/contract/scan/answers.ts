import { z } from 'zod';
import { refinement } from '../../domain/issue-message';
import type { MessageValues } from '../../domain/message';
import type { Instrument, ScanAnswers, Score } from '../../domain/assessment/types';
import type { FieldError } from '../problem';
import { fieldErrors } from '../validation-messages';

// A filled-in kapitaalscan, as the web client sends it. The schema is built from the instrument, so
// an aspect or factor id that the instrument does not have is an error that names the field
// ('aspects.economisch.inkomne'), in Dutch and English. Parsing is all or nothing.

export const STRENGTH_MAX_LENGTH = 1000;
export const CHILDREN_MAX = 20;

function issue(
  ctx: z.RefinementCtx,
  key: string,
  values: MessageValues | undefined,
  path: (string | number)[],
): void {
  ctx.addIssue({ code: 'custom', ...refinement(key, values, path) });
}

export const scoreSchema = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 5, refinement('validation.scan.score'))
  .transform((n) => n as Score);

export const aspectAnswerSchema = z.strictObject({
  householdScore: scoreSchema.optional(),
  professionalScore: scoreSchema.optional(),
  strength: z.string().trim().max(STRENGTH_MAX_LENGTH).optional(),
  wantsToWorkOn: z.boolean(),
});

/** A pseudonymous reference for a child, chosen by the household or worker (no name, no BSN). */
export const childRefSchema = z.string().trim().min(1).max(40);

const idList = z.array(z.string().trim().min(1).max(80)).max(100);

/** The ids an instrument knows, and its title and version for messages about unknown ids. */
interface KnownIds {
  household: ReadonlySet<string>;
  child: ReadonlySet<string>;
  risk: ReadonlySet<string>;
  protective: ReadonlySet<string>;
  scan: { title: string; version: number };
}

function knownIds(instrument: Instrument): KnownIds {
  return {
    household: new Set(instrument.capitals.flatMap((c) => c.aspects.map((a) => a.id))),
    child: new Set(instrument.childPart.aspects.map((a) => a.id)),
    risk: new Set(instrument.riskFactors.map((f) => f.id)),
    protective: new Set(instrument.protectiveFactors.map((f) => f.id)),
    scan: { title: instrument.title, version: instrument.version },
  };
}

export function scanAnswersSchema(instrument: Instrument) {
  const known = knownIds(instrument);
  return z
    .strictObject({
      instrumentId: z.literal(instrument.id),
      instrumentVersion: z.literal(instrument.version),
      aspects: z.record(z.string(), aspectAnswerSchema),
      children: z
        .array(
          z.strictObject({
            childRef: childRefSchema,
            aspects: z.record(z.string(), aspectAnswerSchema),
          }),
        )
        .max(CHILDREN_MAX),
      riskFactors: idList,
      protectiveFactors: idList,
    })
    .superRefine(
      (parsed, ctx) => {
        // Runs even when a field failed, so every problem is reported at once; the value may then
        // be partly invalid, so look at it defensively.
        const answers = parsed as unknown as Loose;
        if (isRecord(answers.aspects))
          checkAspects(ctx, known, answers.aspects, ['aspects'], false);
        if (Array.isArray(answers.children)) checkChildren(ctx, known, answers.children);
        if (Array.isArray(answers.riskFactors))
          checkFactors(ctx, known, answers.riskFactors, 'riskFactors', 'riskFactor');
        if (Array.isArray(answers.protectiveFactors))
          checkFactors(
            ctx,
            known,
            answers.protectiveFactors,
            'protectiveFactors',
            'protectiveFactor',
          );
      },
      { when: () => true },
    );
}

/** Every aspect id belongs to this part (household or child) of the instrument. */
function checkAspects(
  ctx: z.RefinementCtx,
  known: KnownIds,
  aspects: Record<string, unknown>,
  path: (string | number)[],
  child: boolean,
) {
  const allowed = child ? known.child : known.household;
  const other = child ? known.household : known.child;
  for (const id of Object.keys(aspects)) {
    if (allowed.has(id)) continue;
    if (other.has(id))
      issue(
        ctx,
        child
          ? 'validation.scan.answers.householdQuestion'
          : 'validation.scan.answers.childQuestion',
        { id },
        [...path, id],
      );
    else issue(ctx, 'validation.scan.answers.unknownAspect', { id, ...known.scan }, [...path, id]);
  }
}

/** Each child's aspects belong to the child part, and no child reference is used twice. */
function checkChildren(ctx: z.RefinementCtx, known: KnownIds, children: readonly unknown[]) {
  const refs = new Set<string>();
  children.forEach((child, i) => {
    if (!isRecord(child)) return;
    if (isRecord(child.aspects))
      checkAspects(ctx, known, child.aspects, ['children', i, 'aspects'], true);
    if (typeof child.childRef !== 'string') return;
    const ref = child.childRef.trim();
    if (refs.has(ref))
      issue(ctx, 'validation.scan.answers.thereIsAlreadyA', { ref }, ['children', i, 'childRef']);
    refs.add(ref);
  });
}

/** Risk or protective factor ids are known and listed once. */
function checkFactors(
  ctx: z.RefinementCtx,
  known: KnownIds,
  ids: readonly unknown[],
  field: 'riskFactors' | 'protectiveFactors',
  kind: 'riskFactor' | 'protectiveFactor',
) {
  const knownIds = field === 'riskFactors' ? known.risk : known.protective;
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (!knownIds.has(id))
      issue(ctx, `validation.scan.answers.unknown.${kind}`, { id, ...known.scan }, [field, i]);
    else if (seen.has(id))
      issue(ctx, 'validation.scan.answers.idIsListedTwice', { id }, [field, i]);
    seen.add(id);
  });
}

interface Loose {
  aspects?: unknown;
  children?: unknown;
  riskFactors?: unknown;
  protectiveFactors?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type ScanAnswersInput = z.input<ReturnType<typeof scanAnswersSchema>>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates a filled-in scan against its instrument: the whole scan, or field errors. */
export function parseScanAnswers(instrument: Instrument, input: unknown): ParseResult<ScanAnswers> {
  const result = scanAnswersSchema(instrument).safeParse(input);
  if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
  const value: ScanAnswers = result.data;
  return { ok: true, value };
}
