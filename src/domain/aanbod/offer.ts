import { CAPITALS, type Capital } from '../assessment';
import type { OutcomeReport, OutcomeRow } from '../reports';
import type { DecisionStatus, OfferDecision, SubjectKind } from './decisions';

// The offer per capital: what an organisation uses (catalogue items it offers locally, its own
// local items and the interventions in its plans), grouped by the capitals each item mainly works
// on, each beside its evidence (the catalogue level) and its local outcome (how that capital
// changed for households whose plans used it, from the outcomes report, so suppressed the same
// way). Policy options are listed per capital too. Every line carries its current decision.

export interface OfferItem {
  id: string;
  name: string;
  origin: 'national' | 'local';
  primaryCapitals: readonly Capital[];
  evidenceLevel: string;
}

export interface ItemUse {
  /** Local offers of the organisation for this item. */
  offers: number;
  /** Used in a plan (referral started or finished). */
  inPlans: boolean;
  /** The organisation's own local item. */
  ownItem: boolean;
}

export interface DecisionSummary {
  id: string;
  capital: Capital;
  kind: SubjectKind;
  subjectId: string;
  decision: OfferDecision;
  reason: string;
  status: DecisionStatus;
  version: number;
}

export interface OfferLine<D extends DecisionSummary = DecisionSummary> {
  interventionId: string;
  item: OfferItem | null;
  use: ItemUse | null;
  /** The row for this intervention in the capital's outcome table; null: no household counted. */
  outcome: OutcomeRow | null;
  decision: D | null;
}

export interface PolicyLine<D extends DecisionSummary = DecisionSummary> {
  policyId: string;
  decision: D | null;
}

export interface CapitalOffer<D extends DecisionSummary = DecisionSummary> {
  capital: Capital;
  interventions: OfferLine<D>[];
  policyOptions: PolicyLine<D>[];
}

export interface OfferInput<D extends DecisionSummary> {
  items: ReadonlyMap<string, OfferItem>;
  use: ReadonlyMap<string, ItemUse>;
  /** The outcomes grouped by intervention (summariseOutcomes(records, 'intervention')). */
  outcomes: OutcomeReport;
  decisions: readonly D[];
  /** Capitals as content/ names them (validated against the vocabulary). */
  policyOptions: readonly { id: string; capitals: readonly string[] }[];
}

/** Is the item in use by the organisation? */
export function isInUse(use: ItemUse | undefined): boolean {
  return use !== undefined && (use.offers > 0 || use.inPlans || use.ownItem);
}

const key = (capital: string, kind: SubjectKind, id: string) => `${capital}|${kind}|${id}`;

function outcomeRowFor(report: OutcomeReport, capital: Capital, id: string): OutcomeRow | null {
  const table = report.capitals.find((t) => t.measure.capital === capital);
  return table?.groups.find((g) => g.group === id) ?? null;
}

/**
 * Per capital: the items in use whose primary capitals include it, plus every item with a
 * decision under it (an item to add is not in use yet), sorted by name; then the policy options
 * of that capital, with their decisions.
 */
export function offerPerCapital<D extends DecisionSummary>(
  input: OfferInput<D>,
): CapitalOffer<D>[] {
  const decisions = new Map(input.decisions.map((d) => [key(d.capital, d.kind, d.subjectId), d]));
  return CAPITALS.map((capital) => {
    const ids = new Set<string>();
    for (const [id, use] of input.use)
      if (isInUse(use) && input.items.get(id)?.primaryCapitals.includes(capital)) ids.add(id);
    for (const d of input.decisions)
      if (d.capital === capital && d.kind === 'intervention') ids.add(d.subjectId);
    const interventions = [...ids]
      .map((id) => ({
        interventionId: id,
        item: input.items.get(id) ?? null,
        use: input.use.get(id) ?? null,
        outcome: outcomeRowFor(input.outcomes, capital, id),
        decision: decisions.get(key(capital, 'intervention', id)) ?? null,
      }))
      .sort((a, b) =>
        (a.item?.name ?? a.interventionId).localeCompare(b.item?.name ?? b.interventionId, 'nl'),
      );
    const policyOptions = input.policyOptions
      .filter((p) => p.capitals.includes(capital))
      .map((p) => ({
        policyId: p.id,
        decision: decisions.get(key(capital, 'policy', p.id)) ?? null,
      }));
    return { capital, interventions, policyOptions };
  });
}
