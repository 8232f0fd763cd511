import { z } from 'zod';
import { CAPITALS } from '../domain/assessment';
import { DECISION_STATUSES, OFFER_DECISIONS, REASON_MAX, SUBJECT_KINDS } from '../domain/aanbod';
import { outcomeRowSchema, publishedCellSchema } from './reports';

// The offer per capital (issue 15, item 5, ADR 1503): what an organisation uses per capital with
// evidence and local outcomes, policy options, and the decisions about them with their history.

/** The organisation as a whole, or one gemeente it works in (CBS code). */
export const ORGANISATION_SCOPE = 'organisatie';
export const scopeSchema = z.union([z.literal(ORGANISATION_SCOPE), z.string().regex(/^GM\d{4}$/)]);

export const aanbodQuery = z.strictObject({
  scope: scopeSchema.default(ORGANISATION_SCOPE),
});

const bilingual = z.object({ nl: z.string(), en: z.string() });
const reason = z.string().trim().min(1).max(REASON_MAX);
const note = z.string().trim().max(500).optional();

export const decisionSchema = z.object({
  id: z.uuid(),
  scope: z.string(),
  capital: z.enum(CAPITALS),
  kind: z.enum(SUBJECT_KINDS),
  subjectId: z.string(),
  decision: z.enum(OFFER_DECISIONS),
  reason: z.string(),
  status: z.enum(DECISION_STATUSES),
  version: z.number().int(),
  /** The statuses a save may move it to. */
  nextStatuses: z.array(z.enum(DECISION_STATUSES)),
});
export type OfferDecisionData = z.infer<typeof decisionSchema>;

export const decisionDetailSchema = decisionSchema.extend({
  /** The name of the intervention (the same in both) or the title of the policy option. */
  subjectName: bilingual,
  canDecide: z.boolean(),
  history: z.array(
    z.object({
      version: z.number().int(),
      decision: z.enum(OFFER_DECISIONS),
      reason: z.string(),
      status: z.enum(DECISION_STATUSES),
      note: z.string().nullable(),
      savedAt: z.string(),
      savedBy: z.string().nullable(),
    }),
  ),
});
export type OfferDecisionDetail = z.infer<typeof decisionDetailSchema>;

const interventionLine = z.object({
  interventionId: z.string(),
  name: z.string(),
  origin: z.enum(['national', 'local']).nullable(),
  /** The catalogue's evidence level and its label; null for an item no longer in the catalogue. */
  evidence: z.object({ level: z.string(), label: bilingual }).nullable(),
  /** How the organisation uses it; null when it does not (yet). */
  use: z
    .object({ offers: z.number().int(), inPlans: z.boolean(), ownItem: z.boolean() })
    .nullable(),
  /** Change in this capital for households whose plans used it; null: none counted. */
  outcome: outcomeRowSchema.nullable(),
  decision: decisionSchema.nullable(),
});

const policyLine = z.object({
  id: z.string(),
  title: bilingual,
  summary: bilingual,
  partners: bilingual.nullable(),
  sources: z.array(z.object({ document: z.string(), section: z.string() })),
  decision: decisionSchema.nullable(),
});

export const aanbodSchema = z.object({
  scope: z.string(),
  /** The scopes this user may look at: the organisation and each gemeente it works in. */
  scopes: z.array(z.object({ id: z.string(), name: z.string() })),
  peildatum: z.iso.date(),
  threshold: z.number().int(),
  /** Households behind the outcomes: consent for anonymous reporting, two or more scans. */
  households: publishedCellSchema,
  /** May this user decide in this scope (gemeente scopes: the beleidsmedewerker)? */
  canDecide: z.boolean(),
  capitals: z.array(
    z.object({
      capital: z.enum(CAPITALS),
      interventions: z.array(interventionLine),
      policyOptions: z.array(policyLine),
      /** Catalogue items with this primary capital not in use: what could be added. */
      candidates: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});
export type Aanbod = z.infer<typeof aanbodSchema>;

export const newDecisionBody = z.strictObject({
  scope: scopeSchema,
  capital: z.enum(CAPITALS),
  kind: z.enum(SUBJECT_KINDS),
  subjectId: z.string().min(1).max(200),
  decision: z.enum(OFFER_DECISIONS),
  reason,
  note,
});

export const saveDecisionBody = z.strictObject({
  /** The version the editor started from; a newer one on the server refuses the save (409). */
  version: z.number().int().min(1),
  decision: z.enum(OFFER_DECISIONS),
  reason,
  status: z.enum(DECISION_STATUSES),
  note,
});
