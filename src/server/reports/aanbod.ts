import type { AuthContext } from '../plugins/auth';
import type { Aanbod, OfferDecisionData } from '../../contract/aanbod';
import { ORGANISATION_SCOPE } from '../../contract/aanbod';
import type { Db } from '../../db/client';
import { decisionsOf, interventionsInPlanCounts } from '../../db/aanbod/aanbod.repository';
import { gemeenteName } from '../../db/reports/municipal.repository';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import {
  isInUse,
  nextStatuses,
  offerPerCapital,
  type DecisionSummary,
  type ItemUse,
  type OfferItem,
} from '../../domain/aanbod';
import type { ListedItem } from '../../domain/catalogue/types';
import { message } from '../../domain/message';
import { suppressTable, SUPPRESSION_THRESHOLD } from '../../domain/reports';
import type { AppContext } from '../app';
import { AppError, fieldError, invalidField } from '../errors';
import { todayInAmsterdam } from '../clock';
import { outcomeCounter, outcomesOfCounts } from './household-outcomes';

// Puts the offer per capital together: the catalogue and local offers from the in-process
// catalogue, the plans' interventions and the decisions from the database, the outcomes by the
// outcomes report's own code (so suppressed the same way), and the policy options from content/.

/** The gemeente of a scope, checked against the gemeenten the organisation works in. */
export function gemeenteOfScope(auth: AuthContext, scope: string): string | undefined {
  if (scope === ORGANISATION_SCOPE) return undefined;
  if (!auth.gemeenteCodes.includes(scope))
    throw invalidField('scope', 'unknown_gemeente', message('problem.reports.unknownGemeente'));
  return scope;
}

/** The organisation decides for itself (teamleider, beleidsmedewerker); a gemeente scope is the beleidsmedewerker's. */
export function mayDecide(auth: AuthContext, scope: string): boolean {
  return scope === ORGANISATION_SCOPE || auth.user.role === 'beleidsmedewerker';
}

export function assertMayDecide(auth: AuthContext, scope: string) {
  if (!mayDecide(auth, scope))
    throw new AppError(403, 'scope_not_yours', message('aanbod.problem.scopeNotYours'), [
      fieldError('scope', 'scope_not_yours', message('aanbod.problem.scopeNotYours')),
    ]);
}

/** The catalogue items the organisation may see: national ones and its own local ones. */
function visibleItems(items: ReadonlyMap<string, ListedItem>, organisationId: string) {
  const visible = new Map<string, OfferItem>();
  for (const item of items.values())
    if (item.origin === 'national' || item.organisationId === organisationId)
      visible.set(item.id, {
        id: item.id,
        name: item.name,
        origin: item.origin,
        primaryCapitals: item.capitals.primary,
        evidenceLevel: item.evidence.level,
      });
  return visible;
}

/** How the organisation uses each item in the scope: its offers there, its plans, its own items. */
export async function itemUse(ctx: AppContext, organisationId: string, gemeente?: string) {
  const { items, offersByItem } = await ctx.catalogue();
  const use = new Map<string, ItemUse>();
  const get = (id: string) => {
    let u = use.get(id);
    if (!u) use.set(id, (u = { offers: 0, inPlans: false, ownItem: false }));
    return u;
  };
  for (const [id, offers] of offersByItem)
    for (const o of offers)
      if (
        o.organisationId === organisationId &&
        (!gemeente || o.gemeenten.length === 0 || o.gemeenten.some((g) => g.code === gemeente))
      )
        get(id).offers++;
  for (const item of items.values())
    if (item.organisationId === organisationId) get(item.id).ownItem = true;
  const inPlans = await ctx.keptCounts.counts(
    `in-plans:${organisationId}:${gemeente ?? ''}`,
    organisationId,
    (buckets) => interventionsInPlanCounts(ctx.database.db, organisationId, gemeente, buckets),
  );
  for (const r of inPlans) get(r.name!).inPlans = true;
  return { items: visibleItems(items, organisationId), use };
}

export function decisionData(d: DecisionSummary & { scope: string }): OfferDecisionData {
  return { ...d, nextStatuses: [...nextStatuses(d.status)] };
}

async function scopesOf(db: Db, auth: AuthContext) {
  const names = await Promise.all(
    auth.gemeenteCodes.map(async (code) => ({
      id: code,
      name: await gemeenteName(db, auth.user.organisationId, code),
    })),
  );
  const organisation = await getOrganisation(db, auth.user.organisationId);
  return [{ id: ORGANISATION_SCOPE, name: organisation?.name ?? '' }, ...names];
}

/** The offer per capital of the asker's organisation in a scope. */
export async function buildAanbod(ctx: AppContext, auth: AuthContext, scope: string) {
  const { db } = ctx.database;
  const organisationId = auth.user.organisationId;
  const gemeente = gemeenteOfScope(auth, scope);
  const peildatum = todayInAmsterdam(ctx.now());
  const [{ items, use }, counts, decisions] = await Promise.all([
    itemUse(ctx, organisationId, gemeente),
    ctx.keptCounts.counts(
      `aanbod:${organisationId}:${gemeente ?? ''}`,
      organisationId,
      outcomeCounter(db, ctx.instrument, { organisationId, gemeente }, 'intervention'),
    ),
    decisionsOf(db, organisationId, scope),
  ]);
  const outcomes = outcomesOfCounts(counts, ctx.instrument, 'intervention');
  const policies = ctx.content.policyOptions;
  const offer = offerPerCapital({
    items,
    use,
    outcomes: outcomes.report,
    decisions,
    policyOptions: policies,
  });
  const levels = new Map(ctx.content.vocabularies.evidence_levels.map((l) => [l.id, l]));
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const aanbod: Aanbod = {
    scope,
    scopes: await scopesOf(db, auth),
    peildatum,
    threshold: SUPPRESSION_THRESHOLD,
    households: suppressTable({ counts: [[outcomes.households]], partition: false }).rowTotals[0]!,
    canDecide: mayDecide(auth, scope),
    capitals: offer.map((c) => ({
      capital: c.capital,
      interventions: c.interventions.map((line) => {
        const level = line.item ? levels.get(line.item.evidenceLevel) : undefined;
        return {
          interventionId: line.interventionId,
          name: line.item?.name ?? line.interventionId,
          origin: line.item?.origin ?? null,
          evidence: level ? { level: level.id, label: { nl: level.nl, en: level.en } } : null,
          use: isInUse(line.use ?? undefined) ? line.use : null,
          outcome: line.outcome,
          decision: line.decision ? decisionData(line.decision) : null,
        };
      }),
      policyOptions: c.policyOptions.map((p) => {
        const option = policyById.get(p.policyId)!;
        return {
          id: option.id,
          title: option.title,
          summary: option.summary,
          partners: option.partners ?? null,
          sources: option.sources,
          decision: p.decision ? decisionData(p.decision) : null,
        };
      }),
      candidates: [...items.values()]
        .filter((i) => i.primaryCapitals.includes(c.capital) && !isInUse(use.get(i.id)))
        .filter((i) => !c.interventions.some((l) => l.interventionId === i.id))
        .map((i) => ({ id: i.id, name: i.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    })),
  };
  return { aanbod, households: outcomes.households };
}
