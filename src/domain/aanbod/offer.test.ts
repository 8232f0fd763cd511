import { describe, expect, it } from 'vitest';
import { scoreChange, type Capital } from '../assessment';
import { summariseOutcomes, type HouseholdOutcome } from '../reports';
import { offerPerCapital, type DecisionSummary, type ItemUse, type OfferItem } from './offer';

function household(
  interventions: string[],
  deltas: Partial<Record<Capital, number>>,
): HouseholdOutcome {
  return {
    wijk: null,
    povertyType: null,
    interventions,
    change: {
      capitals: Object.entries(deltas).map(([capital, d]) => ({
        capital: capital as Capital,
        ...scoreChange(2, 2 + d),
      })),
      aspects: [],
    },
  };
}
const times = (n: number, make: () => HouseholdOutcome) => Array.from({ length: n }, make);

const item = (id: string, name: string, primary: Capital[]): OfferItem => ({
  id,
  name,
  origin: 'national',
  primaryCapitals: primary,
  evidenceLevel: 'praktijk-ervaren',
});
const items = new Map([
  ['schuldhulp', item('schuldhulp', 'Schuldhulp', ['economisch'])],
  ['buurtkamer', item('buurtkamer', 'Buurtkamer', ['sociaal', 'mentaal'])],
  ['taalcafe', item('taalcafe', 'Taalcafé', ['cultureel'])],
  ['voorlezen', item('voorlezen', 'Voorlezen', ['pedagogisch'])],
]);
const used = (u: Partial<ItemUse>): ItemUse => ({
  offers: 0,
  inPlans: false,
  ownItem: false,
  ...u,
});

// Schuldhulp: 12 households, economisch up by 1 for 8, the same for 4. Buurtkamer: 3 households.
const records = [
  ...times(8, () => household(['schuldhulp'], { economisch: 1 })),
  ...times(4, () => household(['schuldhulp'], { economisch: 0 })),
  ...times(3, () => household(['buurtkamer'], { economisch: 1, sociaal: 1 })),
];

const decision = (d: Partial<DecisionSummary>): DecisionSummary => ({
  id: 'd1',
  capital: 'cultureel',
  kind: 'intervention',
  subjectId: 'taalcafe',
  decision: 'toevoegen',
  reason: 'Veel vragen over taal',
  status: 'besloten',
  version: 1,
  ...d,
});

describe('the offer per capital', () => {
  const offer = offerPerCapital({
    items,
    use: new Map([
      ['schuldhulp', used({ inPlans: true, offers: 1 })],
      ['buurtkamer', used({ inPlans: true })],
      ['voorlezen', used({})],
    ]),
    outcomes: summariseOutcomes(records, 'intervention'),
    decisions: [
      decision({}),
      decision({ id: 'd2', kind: 'policy', subjectId: 'groen', capital: 'sociaal' }),
    ],
    policyOptions: [
      { id: 'groen', capitals: ['sociaal', 'mentaal'] },
      { id: 'vangnet', capitals: ['economisch'] },
    ],
  });
  const of = (c: Capital) => offer.find((o) => o.capital === c)!;

  it('lists what is in use under each primary capital, and what is to be added under its decision', () => {
    expect(offer.map((o) => [o.capital, o.interventions.map((l) => l.interventionId)])).toEqual([
      ['economisch', ['schuldhulp']],
      ['sociaal', ['buurtkamer']],
      ['cultureel', ['taalcafe']],
      ['pedagogisch', []],
      ['mentaal', ['buurtkamer']],
    ]);
    expect(of('cultureel').interventions[0]!.decision?.id).toBe('d1');
  });

  it('shows the change in that capital for households whose plans used it', () => {
    const row = of('economisch').interventions[0]!.outcome!;
    expect(row.n.value).toBe(12);
    expect([row.improved.value, row.same.value]).toEqual([null, null]);
    expect(row.distribution?.median).toBe(1);
  });

  it('hides the outcome of an item used by fewer than 10 households', () => {
    const row = of('sociaal').interventions[0]!.outcome!;
    expect(row.n).toEqual({ value: null, suppression: 'primary' });
    expect(row.distribution).toBeNull();
  });

  it('lists the policy options of each capital with their decision', () => {
    expect(of('sociaal').policyOptions.map((p) => [p.policyId, p.decision?.id ?? null])).toEqual([
      ['groen', 'd2'],
    ]);
    expect(of('mentaal').policyOptions.map((p) => [p.policyId, p.decision])).toEqual([
      ['groen', null],
    ]);
  });
});
