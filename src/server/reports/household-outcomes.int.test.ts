import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { eraseHousehold } from '../../db/households/households.repository';
import { unkeptScanPairs } from '../../db/reports/household-outcomes.repository';
import { outcomeSources } from '../../db/reports/outcomes.repository';
import { consents, householdOutcomes } from '../../db/schema';
import type { Instrument } from '../../domain/assessment';
import { summariseOutcomes } from '../../domain/reports';
import { createTestApp, testInstrument, type TestApp } from '../../../test/harness';
import { varyingScans } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { backfillHouseholdOutcomes, countedOutcomes } from './household-outcomes';
import { fingerprintOf, householdOutcome } from './outcomes';

// The outcomes report by wijk counted in SQL from each household's kept change must be the
// report computed over every household in the request (the way before), on realistic households:
// several wijken (one with blanks around it, one unknown), two or three scans with scores that
// go up and down, a small wijk that must be hidden, a withdrawn consent, a single scan, another
// instrument version and another organisation.

let t: TestApp;
let instrument: Instrument;
let organisationId: string;
const ids: string[] = [];
const PEILDATUM = '2026-12-01';

type Counted = 'wijk' | 'intervention';
async function reference(grouping: Counted) {
  const sources = await outcomeSources(t.database.db, { organisationId });
  const records = sources.flatMap((s) => householdOutcome(s, instrument, PEILDATUM) ?? []);
  return { report: summariseOutcomes(records, grouping), households: records.length };
}
const counted = (grouping: Counted = 'wijk') =>
  countedOutcomes(t.database.db, instrument, organisationId, grouping);

/** Both groupings counted in SQL equal the reports over every household; the one by wijk. */
async function expectSameAsReference() {
  for (const grouping of ['intervention', 'wijk'] as const)
    expect(JSON.stringify(await counted(grouping))).toBe(JSON.stringify(await reference(grouping)));
  return counted('wijk');
}

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn Uitkomsten', teams: ['Oost'] });
  const b = await buildOrganisation(t, { name: 'Welzijn Elders', teams: ['West'] });
  organisationId = a.id;
  const scan = varyingScans(instrument, 1501);
  const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
  const wijken = ['Presikhaaf', 'Malburgen', ' Malburgen ', 'Geitenkamp', null, ''];
  // Referrals: started or finished count as used (twice the same counts once), others do not.
  const referral = (interventionId: string, status: 'gestart' | 'afgerond' | 'voorgesteld') => ({
    id: `${interventionId}-${status}`,
    interventionId,
    offerId: null,
    status,
    stopReason: null,
    note: null,
  });
  const plans = [
    { referrals: [referral('schuldhulp', 'gestart'), referral('voedselbank', 'afgerond')] },
    { referrals: [referral('schuldhulp', 'afgerond'), referral('schuldhulp', 'gestart')] },
    { referrals: [referral('taalcafe', 'voorgesteld')] },
    undefined,
  ];
  for (let i = 0; i < 70; i++) {
    const scans = [scan('2026-01-15'), scan('2026-04-15')];
    if (i % 3 === 0) scans.push(scan('2026-07-15'));
    const id = await buildHouseholdWithHistory(db, {
      organisationId: a.id,
      teamId: a.teamIds[0]!,
      wijk: wijken[i % wijken.length]!,
      consents: reporting,
      scans,
      plan: plans[i % plans.length],
    });
    ids.push(id);
  }
  const base = { organisationId: a.id, teamId: a.teamIds[0]! };
  for (let i = 0; i < 4; i++)
    await buildHouseholdWithHistory(db, {
      ...base,
      wijk: 'Klarendal',
      consents: reporting,
      scans: [scan('2026-02-01'), scan('2026-06-01')],
    });
  await buildHouseholdWithHistory(db, {
    ...base,
    consents: [{ ...reporting[0]!, withdrawnAt: '2026-08-01' }],
    scans: [scan('2026-02-01'), scan('2026-06-01')],
  });
  await buildHouseholdWithHistory(db, {
    ...base,
    consents: reporting,
    scans: [scan('2026-02-01')],
  });
  const older = { ...scan('2026-02-01').answers, instrumentVersion: instrument.version - 1 };
  await buildHouseholdWithHistory(db, {
    ...base,
    consents: reporting,
    scans: [{ answers: older, completedAt: '2026-02-01' }, scan('2026-06-01')],
  });
  for (let i = 0; i < 12; i++)
    await buildHouseholdWithHistory(db, {
      organisationId: b.id,
      teamId: b.teamIds[0]!,
      consents: reporting,
      scans: [scan('2026-02-01'), scan('2026-06-01')],
    });
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('outcomes by wijk and by intervention, counted from kept changes', () => {
  it('equals the report computed over every household, with cells hidden and quartiles shown', async () => {
    const { report, households } = await expectSameAsReference();
    // 70 spread over the wijken and 4 in Klarendal; not the withdrawn, single or older scan.
    expect(households).toBe(74);
    const groups = report.capitals.flatMap((table) => table.groups);
    expect(groups.some((g) => g.group === 'Klarendal' && g.n.value === null)).toBe(true);
    expect(groups.some((g) => g.distribution !== null)).toBe(true);
    expect(groups.some((g) => g.group === ' Malburgen ')).toBe(false);
  });

  it('keeps the changes again at start, once, when they are missing', async () => {
    const db = t.database.db;
    await db.delete(householdOutcomes);
    expect((await counted()).households).toBe(0);
    // Every household with two or more scored scans, the withdrawn consent and the other
    // organisation included; a scan of another instrument version has no scores, so not that one.
    expect(await backfillHouseholdOutcomes(db, instrument)).toBe(70 + 4 + 1 + 12);
    expect(await backfillHouseholdOutcomes(db, instrument)).toBe(0);
    expect((await expectSameAsReference()).households).toBe(74);
  });

  it('reads no household at a later start, not even those with a single scan', async () => {
    const db = t.database.db;
    await backfillHouseholdOutcomes(db, instrument);
    const before = await counted('intervention');
    const page = { after: null, limit: 500 };
    expect(await unkeptScanPairs(db, fingerprintOf(instrument), page)).toEqual({
      pairs: [],
      next: null,
    });
    expect(await backfillHouseholdOutcomes(db, instrument)).toBe(0);
    expect(await counted('intervention')).toEqual(before);
  });

  it('keeps the change again when it was kept before the latest scan', async () => {
    const db = t.database.db;
    // As kept when only the first scan counted: its latest scan is the first one, no change.
    await db
      .update(householdOutcomes)
      .set({ latestScanId: sql`${householdOutcomes.firstScanId}`, deltaTenths: null })
      .where(eq(householdOutcomes.householdId, ids[3]!));
    const [stale] = (
      await unkeptScanPairs(db, fingerprintOf(instrument), { after: null, limit: 500 })
    ).pairs;
    expect(stale?.householdId).toBe(ids[3]);
    expect(await backfillHouseholdOutcomes(db, instrument)).toBe(1);
    expect((await expectSameAsReference()).households).toBe(74);
  });

  it('drops a household whose consent for anonymous reporting is withdrawn', async () => {
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: '2026-11-01' })
      .where(and(eq(consents.householdId, ids[0]!), eq(consents.purpose, 'rapportage-anoniem')));
    expect((await expectSameAsReference()).households).toBe(73);
  });

  it('drops an erased household and its kept change', async () => {
    const db = t.database.db;
    await db.transaction((tx) => eraseHousehold(tx, ids[1]!));
    const kept = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(householdOutcomes)
      .where(eq(householdOutcomes.householdId, ids[1]!));
    expect(kept[0]!.n).toBe(0);
    expect((await expectSameAsReference()).households).toBe(72);
  });
});
