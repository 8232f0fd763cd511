import type { HouseholdData } from '../../contract/households';
import { wordIndication, wordMatches } from '../../contract/scan/worded';
import {
  change,
  indicatePovertyType,
  presentRiskFactors,
  profile,
  targetGroupsFromRiskFactors,
  type HouseholdFacts,
  type Instrument,
  type ScanAnswers,
} from '../../domain/assessment';
import type { ListedItem, ListedOffer } from '../../domain/catalogue/types';
import {
  indexInterventions,
  matchInterventions,
  type InterventionIndex,
} from '../../domain/matching';

export function householdFacts(data: HouseholdData): HouseholdFacts {
  return {
    adults: data.adults,
    children: data.children.map((c) => ({ ref: c.ref, birthYear: c.birthYear })),
    gemeenteCode: data.gemeente.code,
    lifeEvents: data.lifeEvents,
    riskFactors: [],
    targetGroups: [],
    ...(data.livesAlone === undefined ? {} : { livesAlone: data.livesAlone }),
    ...(data.statushouder === undefined ? {} : { statushouder: data.statushouder }),
  };
}

/** The catalogue as the matching needs it, with 'local' meaning: offered in this gemeente. */
export function matchingIndex(
  items: Iterable<ListedItem>,
  offersByItem: ReadonlyMap<string, readonly ListedOffer[]>,
  gemeente: string,
): InterventionIndex {
  return indexInterventions(
    [...items].map((item) => {
      const local = (offersByItem.get(item.id) ?? []).filter((o) =>
        o.gemeenten.some((g) => g.code === gemeente),
      );
      return {
        id: item.id,
        name: item.name,
        capitals: item.capitals,
        targetGroups: item.targetGroups,
        ...(item.ageRange ? { ageRange: item.ageRange } : {}),
        phases: item.phases,
        povertyTypes: item.povertyTypes,
        lifeEvents: item.lifeEvents,
        isLocal: local.length > 0,
        localOfferIds: local.map((o) => o.id),
        ...(item.fit ? { fit: item.fit } : {}),
      };
    }),
  );
}

/**
 * What a completed scan gives back: the profile, the change since the previous completed scan,
 * the poverty-type suggestion with reasons, and matched interventions (local offers in the
 * household's gemeente first).
 */
export function scanOutcome(input: {
  instrument: Instrument;
  data: HouseholdData;
  /** Newest first. */
  completed: { id: string; answers: ScanAnswers; completedAt: string }[];
  index: InterventionIndex;
  peildatum: string;
}) {
  const [latest, previous] = input.completed;
  if (!latest) return null;
  const current = profile(input.instrument, latest.answers);
  const earlier =
    previous && previous.answers.instrumentVersion === latest.answers.instrumentVersion
      ? profile(input.instrument, previous.answers)
      : null;
  const base = householdFacts(input.data);
  // Risk factors such as debts or a migration background point to target groups of interventions.
  const facts: HouseholdFacts = {
    ...base,
    targetGroups: targetGroupsFromRiskFactors(
      presentRiskFactors(base, latest.answers, input.instrument),
    ),
  };
  const povertyTypes = indicatePovertyType(
    facts,
    latest.answers,
    input.instrument,
    input.peildatum,
  );
  const matches = matchInterventions({
    peildatum: input.peildatum,
    household: facts,
    profile: current,
    povertyTypes: povertyTypes.map((p) => ({ type: p.type, strength: p.strength })),
    interventions: input.index,
  });
  return {
    scanId: latest.id,
    completedAt: latest.completedAt,
    previousScanId: earlier ? previous!.id : null,
    previousCompletedAt: earlier ? previous!.completedAt : null,
    profile: current,
    change: earlier ? change(earlier, current) : null,
    povertyTypes: povertyTypes.map(wordIndication),
    matches: wordMatches(matches),
  };
}
