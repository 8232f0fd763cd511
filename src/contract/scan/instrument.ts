import { z } from 'zod';
import { refinement } from '../../domain/issue-message';
import type { MessageValues } from '../../domain/message';
import { CAPITALS, POVERTY_TYPES } from '../../domain/assessment/types';
import type {
  Capital,
  Instrument,
  InstrumentAspect,
  LevelDescription,
  PovertyType,
  Score,
} from '../../domain/assessment/types';

// The kapitaalscan instrument file (content/scan/kapitaalscan-v<N>.yaml), validated strictly and
// turned into the domain's Instrument type. Rules beyond the shape: every capital exactly once with
// 3–5 aspects, aspect ids unique and prefixed with their capital (or 'kind.' in the child part),
// levels exactly 1–5 in order, no 'waarom' questions, references between factors and aspects that
// resolve, and (when vocabularies are given) life events and target groups that exist. Every text
// the household sees has an English twin in a `<field>_en` sibling, required and non-empty, so the
// English scan never falls back to Dutch silently; English questions follow the same rules.

/** Adds a custom issue naming its catalogue message (`validation.scan.instrument.*`). */
function issue(
  ctx: z.RefinementCtx,
  key: string,
  values: MessageValues | undefined,
  path: (string | number)[],
): void {
  ctx.addIssue({ code: 'custom', ...refinement(key, values, path) });
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ASPECT_ID = /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ASPECTS_PER_CAPITAL = { min: 3, max: 5 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);

const kebabId = z.string().superRefine((value, ctx) => {
  if (!KEBAB.test(value))
    issue(ctx, 'validation.scan.instrument.useOnlyLowercaseLetters', { value }, []);
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const scoreSchema = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 5, refinement('validation.scan.wholeScore'))
  .transform((n) => n as Score);

/** Exactly five entries with scores 1, 2, 3, 4, 5 in that order. */
function fiveInOrder<T extends z.ZodType<{ score: Score }>>(item: T) {
  return z.array(item).superRefine((list, ctx) => {
    if (list.length !== 5) {
      issue(ctx, 'validation.scan.instrument.giveExactlyLevelsTo', { count: list.length }, []);
      return;
    }
    list.forEach((entry, i) => {
      if (entry.score !== i + 1)
        issue(
          ctx,
          'validation.scan.instrument.positionIMustHave',
          { number: i + 1, score: entry.score },
          [i, 'score'],
        );
    });
  });
}

/** An open question: ends with '?', and no 'why' question (in Dutch 'waarom', in English 'why'). */
const questionSchema = (why: RegExp) =>
  text(200).superRefine((q, ctx) => {
    if (why.test(q)) issue(ctx, 'validation.scan.instrument.noWhyQuestion', undefined, []);
    if (!q.endsWith('?')) issue(ctx, 'validation.scan.instrument.aQuestionEndsWith', undefined, []);
  });
const questionNl = questionSchema(/\bwaarom\b/i);
const questionEn = questionSchema(/\bwhy\b/i);

const levelsSchema = fiveInOrder(
  z.strictObject({ score: scoreSchema, description: text(200), description_en: text(200) }),
);

const ageSchema = z.number().int().min(0).max(120);

const householdAspectSchema = z.strictObject({
  id: z.string().regex(ASPECT_ID),
  title: text(80),
  title_en: text(80),
  question: questionNl,
  question_en: questionEn,
  applies_when: z.strictObject({ has_children: z.literal(true) }).optional(),
  levels: levelsSchema,
});

const childAspectSchema = z.strictObject({
  id: z.string().regex(ASPECT_ID),
  capital: z.enum(CAPITALS),
  title: text(80),
  title_en: text(80),
  question: questionNl,
  question_en: questionEn,
  applies_when: z
    .strictObject({
      child_age: z
        .strictObject({ min: ageSchema, max: ageSchema })
        .refine((r) => r.min <= r.max, refinement('validation.scan.minAboveMax')),
    })
    .optional(),
  levels: levelsSchema,
});

const riskFactorSchema = z.strictObject({
  id: kebabId,
  label: text(100),
  label_en: text(100),
  explanation: text(400),
  explanation_en: text(400),
  points_to: z.array(
    z.strictObject({
      type: z.enum(POVERTY_TYPES),
      weight: z.union([z.literal(1), z.literal(2)]),
      why: text(400),
      why_en: text(400),
      only_with: z.array(kebabId).min(1).optional(),
    }),
  ),
  inferred_from: z
    .strictObject({ aspect: z.string().regex(ASPECT_ID), at_most: scoreSchema })
    .optional(),
  life_events: z.array(kebabId).optional(),
  target_groups: z.array(kebabId).optional(),
});

const protectiveFactorSchema = z.strictObject({
  id: kebabId,
  capital: z.enum(CAPITALS),
  label: text(100),
  label_en: text(100),
  explanation: text(400),
  explanation_en: text(400),
});

export interface InstrumentVocabularies {
  lifeEvents?: readonly string[];
  targetGroups?: readonly string[];
}

/** The schema of an instrument file; with vocabularies, life events and target groups are checked too. */
export function instrumentFileSchema(vocabularies: InstrumentVocabularies = {}) {
  return instrumentFileShape
    .superRefine((file, ctx) => {
      checkCapitals(file, ctx);
      const householdIds = checkAspectIds(file, ctx);
      checkFactors(file, ctx, householdIds, vocabularies);
    })
    .transform(toInstrument);
}

const instrumentFileShape = z.strictObject({
  id: kebabId,
  version: z.number().int().min(1),
  title: text(80),
  title_en: text(80),
  last_reviewed: isoDate,
  intro: text(1500),
  intro_en: text(1500),
  scale: fiveInOrder(z.strictObject({ score: scoreSchema, label: text(60), label_en: text(60) })),
  capitals: z.array(
    z.strictObject({
      capital: z.enum(CAPITALS),
      title: text(80),
      title_en: text(80),
      intro: text(400),
      intro_en: text(400),
      aspects: z
        .array(householdAspectSchema)
        .min(ASPECTS_PER_CAPITAL.min)
        .max(ASPECTS_PER_CAPITAL.max),
    }),
  ),
  child_part: z.strictObject({
    title: text(80),
    title_en: text(80),
    intro: text(600),
    intro_en: text(600),
    aspects: z.array(childAspectSchema).min(1),
  }),
  risk_factors: z.array(riskFactorSchema).min(1),
  protective_factors: z.array(protectiveFactorSchema).min(1),
  sources: z.array(z.strictObject({ document: text(300), section: text(300) })).min(1),
});

type ParsedFile = z.output<typeof instrumentFileShape>;
type Path = (string | number)[];

/** Every capital exactly once. */
function checkCapitals(file: ParsedFile, ctx: z.RefinementCtx): void {
  const seenCapitals = new Map<Capital, number>();
  file.capitals.forEach((section, i) => {
    if (seenCapitals.has(section.capital))
      issue(
        ctx,
        'validation.scan.instrument.capitalSectionCapitalAppears',
        { capital: section.capital, count: (seenCapitals.get(section.capital) ?? 0) + 1 },
        ['capitals', i, 'capital'],
      );
    else seenCapitals.set(section.capital, i);
  });
  for (const capital of CAPITALS)
    if (!seenCapitals.has(capital))
      issue(ctx, 'validation.scan.instrument.capitalCapitalIsMissing', { capital }, ['capitals']);
}

/** Aspect ids: unique, and prefixed with their capital or 'kind.'. Returns the household aspect ids. */
function checkAspectIds(file: ParsedFile, ctx: z.RefinementCtx): Set<string> {
  const aspectIds = new Set<string>();
  const householdIds = new Set<string>();
  const checkId = (id: string, prefix: string, path: Path) => {
    if (!id.startsWith(`${prefix}.`))
      issue(ctx, 'validation.scan.instrument.theIdIdMust', { id, prefix }, path);
    if (aspectIds.has(id)) issue(ctx, 'validation.scan.instrument.theIdIdIs', { id }, path);
    aspectIds.add(id);
  };
  file.capitals.forEach((section, i) =>
    section.aspects.forEach((aspect, j) => {
      checkId(aspect.id, section.capital, ['capitals', i, 'aspects', j, 'id']);
      householdIds.add(aspect.id);
    }),
  );
  file.child_part.aspects.forEach((aspect, j) =>
    checkId(aspect.id, 'kind', ['child_part', 'aspects', j, 'id']),
  );
  return householdIds;
}

/** Factor ids unique across risk and protective factors; each risk factor's references resolve. */
function checkFactors(
  file: ParsedFile,
  ctx: z.RefinementCtx,
  householdIds: ReadonlySet<string>,
  vocabularies: InstrumentVocabularies,
): void {
  const factorIds = new Set<string>();
  const checkFactor = (id: string, path: Path) => {
    if (factorIds.has(id)) issue(ctx, 'validation.scan.instrument.theIdIdIs', { id }, path);
    factorIds.add(id);
  };
  const riskIds = new Set(file.risk_factors.map((f) => f.id));
  const lifeEvents = vocabularies.lifeEvents ? new Set(vocabularies.lifeEvents) : null;
  const targetGroups = vocabularies.targetGroups ? new Set(vocabularies.targetGroups) : null;
  file.risk_factors.forEach((factor, i) => {
    checkFactor(factor.id, ['risk_factors', i, 'id']);
    checkRiskReferences(ctx, factor, i, { riskIds, householdIds, lifeEvents, targetGroups });
  });
  file.protective_factors.forEach((factor, i) =>
    checkFactor(factor.id, ['protective_factors', i, 'id']),
  );
}

interface RiskReferences {
  riskIds: ReadonlySet<string>;
  householdIds: ReadonlySet<string>;
  lifeEvents: ReadonlySet<string> | null;
  targetGroups: ReadonlySet<string> | null;
}

/** 'only_with' names another risk factor, 'inferred_from' a household aspect, and vocabulary ids exist. */
function checkRiskReferences(
  ctx: z.RefinementCtx,
  factor: ParsedFile['risk_factors'][number],
  i: number,
  { riskIds, householdIds, lifeEvents, targetGroups }: RiskReferences,
): void {
  factor.points_to.forEach((pointer, j) =>
    pointer.only_with?.forEach((other, k) => {
      if (!riskIds.has(other) || other === factor.id)
        issue(ctx, 'validation.scan.instrument.otherIsNotAnother', { other }, [
          'risk_factors',
          i,
          'points_to',
          j,
          'only_with',
          k,
        ]);
    }),
  );
  if (factor.inferred_from && !householdIds.has(factor.inferred_from.aspect))
    issue(
      ctx,
      'validation.scan.instrument.aspectFactorInferredFrom',
      { aspect: factor.inferred_from.aspect },
      ['risk_factors', i, 'inferred_from', 'aspect'],
    );
  if (lifeEvents)
    factor.life_events?.forEach((id, k) => {
      if (!lifeEvents.has(id))
        issue(ctx, 'validation.scan.instrument.idIsNotIn', { id }, [
          'risk_factors',
          i,
          'life_events',
          k,
        ]);
    });
  if (targetGroups)
    factor.target_groups?.forEach((id, k) => {
      if (!targetGroups.has(id))
        issue(ctx, 'validation.scan.instrument.idIsNotIn2', { id }, [
          'risk_factors',
          i,
          'target_groups',
          k,
        ]);
    });
}

const toLevel = (l: z.infer<typeof levelsSchema>[number]): LevelDescription => ({
  score: l.score,
  description: l.description,
  descriptionEn: l.description_en,
});

const toAspect = (
  a: z.infer<typeof householdAspectSchema>,
  capital: Capital,
): InstrumentAspect => ({
  id: a.id,
  capital,
  title: a.title,
  titleEn: a.title_en,
  question: a.question,
  questionEn: a.question_en,
  levels: a.levels.map(toLevel),
  ...(a.applies_when ? { appliesWhen: { hasChildren: true } } : {}),
});

/** The validated file as the domain's Instrument (camelCase, capitals in the fixed order). */
function toInstrument(file: ParsedFile): Instrument {
  return {
    id: file.id,
    version: file.version,
    title: file.title,
    titleEn: file.title_en,
    intro: file.intro,
    introEn: file.intro_en,
    scale: file.scale.map((s) => ({ score: s.score, label: s.label, labelEn: s.label_en })),
    capitals: CAPITALS.map((capital) => {
      const section = file.capitals.find((s) => s.capital === capital);
      return {
        capital,
        title: section?.title ?? capital,
        titleEn: section?.title_en ?? capital,
        intro: section?.intro ?? '',
        introEn: section?.intro_en ?? '',
        aspects: (section?.aspects ?? []).map((a) => toAspect(a, capital)),
      };
    }),
    childPart: {
      title: file.child_part.title,
      titleEn: file.child_part.title_en,
      intro: file.child_part.intro,
      introEn: file.child_part.intro_en,
      aspects: file.child_part.aspects.map((a) => ({
        id: a.id,
        capital: a.capital,
        title: a.title,
        titleEn: a.title_en,
        question: a.question,
        questionEn: a.question_en,
        levels: a.levels.map(toLevel),
        ...(a.applies_when ? { appliesWhen: { childAge: { ...a.applies_when.child_age } } } : {}),
      })),
    },
    riskFactors: file.risk_factors.map((f) => ({
      id: f.id,
      label: f.label,
      labelEn: f.label_en,
      explanation: f.explanation,
      explanationEn: f.explanation_en,
      pointsTo: f.points_to.map((p) => ({
        type: p.type as PovertyType,
        weight: p.weight,
        why: p.why,
        whyEn: p.why_en,
        ...(p.only_with ? { onlyWith: p.only_with } : {}),
      })),
      ...(f.inferred_from
        ? { inferredFrom: { aspect: f.inferred_from.aspect, atMost: f.inferred_from.at_most } }
        : {}),
      ...(f.life_events ? { lifeEvents: f.life_events } : {}),
      ...(f.target_groups ? { targetGroups: f.target_groups } : {}),
    })),
    protectiveFactors: file.protective_factors.map((f) => ({
      id: f.id,
      capital: f.capital,
      label: f.label,
      labelEn: f.label_en,
      explanation: f.explanation,
      explanationEn: f.explanation_en,
    })),
  };
}

export type InstrumentFile = z.input<ReturnType<typeof instrumentFileSchema>>;
