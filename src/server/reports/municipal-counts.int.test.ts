import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { eraseHousehold } from '../../db/households/households.repository';
import { outcomeSources } from '../../db/reports/outcomes.repository';
import { REPORT_BUCKETS } from '../../db/reports/buckets';
import { consents, households, scanOutcomes } from '../../db/schema';
import { CAPITALS, type Instrument } from '../../domain/assessment';
import { municipalReport } from '../../domain/reports';
import { createTestApp, testInstrument, type TestApp } from '../../../test/harness';
import { varyingScans } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { keptCounts, type KeptCounts } from './kept-counts';
import { countedMunicipalReport, municipalOfCounts } from './municipal';
import { fingerprintOf, householdOutcome } from './outcomes';
import { latestProfile } from './profile';
import { backfillScanOutcomes } from './scan-outcomes';
import {
  householdsWithUnkeptScans,
  municipalCounts,
} from '../../db/reports/scan-outcomes.repository';

// The municipal report counted in the database (latest scan up to the period's end from
// scan_outcomes, referrals and reach in SQL) must be the report computed over one record per
// household (the way before), for periods that cut the scans in different places, on households
// that start late, close early, have scans completed out of order or on the same moment, live in
// another gemeente, withdrew consent or are erased; small cells are hidden the same way.

let t: TestApp;
let instrument: Instrument;
let organisationId: string;
const ids: string[] = [];
const GEMEENTE = 'GM0202';
const PERIODS = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2026-04-01', to: '2026-05-31' },
  { from: '2026-04-15', to: '2026-04-15' },
  { from: '2026-06-01', to: '2026-06-30' },
];

type Period = (typeof PERIODS)[number];
const scopeOf = (period: Period) => ({ organisationId, gemeente: GEMEENTE, period });

/** The municipal report's tables as they were computed before: one record per household. */
async function reference(period: Period) {
  const sources = await outcomeSources(t.database.db, scopeOf(period));
  return municipalReport(
    sources.map((s) => ({
      children: s.data.children.length,
      referrals: s.referrals,
      outcome: householdOutcome(s, instrument, period.to),
      profile: latestProfile(s, instrument),
    })),
  );
}

/** The buckets each kept count was recounted for, in order (null: every bucket). */
const recounted: (number[] | null)[] = [];
let kept: KeptCounts;

/** The report from the counts kept per bucket, brought up to date as a request does. */
async function keptReport(period: Period) {
  const rows = await kept.counts(`municipal:${period.from}:${period.to}`, organisationId, (b) => {
    recounted.push(b);
    return municipalCounts(t.database.db, scopeOf(period), fingerprintOf(instrument), b);
  });
  return municipalOfCounts(rows, instrument).report;
}

/**
 * Counted now and kept per bucket both equal the reference for every period; the counted
 * reports, by period.
 */
async function expectSameAsReference() {
  const reports = [];
  for (const period of PERIODS) {
    const { report } = await countedMunicipalReport(t.database.db, instrument, scopeOf(period));
    const expected = JSON.stringify(await reference(period));
    expect(JSON.stringify(report), `${period.from}..${period.to}`).toBe(expected);
    expect(JSON.stringify(await keptReport(period)), `kept ${period.from}`).toBe(expected);
    reports.push(report);
  }
  return reports;
}

/** The report bucket of a household (as `reportBucket` computes it in SQL). */
const bucketOf = (id: string) => parseInt(id.slice(-2), 16) % REPORT_BUCKETS;

const referral = (interventionId: string, status: string, i: number) => ({
  id: `r${i}`,
  interventionId,
  offerId: null,
  status: status as 'gestart',
  stopReason: null,
  note: null,
});
const STATUSES = ['voorgesteld', 'aangemeld', 'gestart', 'afgerond', 'gestopt'];
const INTERVENTIONS = ['schuldhulp', 'voedselbank', 'taalcafe'];

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  kept = keptCounts(db);
  const a = await buildOrganisation(t, { name: 'Welzijn Gemeente', teams: ['Oost'] });
  const b = await buildOrganisation(t, { name: 'Welzijn Buren', teams: ['West'] });
  organisationId = a.id;
  const scan = varyingScans(instrument, 1502);
  const consent = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
  const base = { organisationId: a.id, teamId: a.teamIds[0]!, consents: consent };
  const wijken = ['Presikhaaf', 'Malburgen', ' Malburgen ', null];
  for (let i = 0; i < 40; i++) {
    const scans = [scan('2026-01-15'), scan('2026-04-15')];
    if (i % 2 === 0) scans.push(scan('2026-07-15'));
    const referrals = Array.from({ length: i % 4 }, (_, k) =>
      referral(INTERVENTIONS[(i + k) % 3]!, STATUSES[(i * 3 + k) % 5]!, k),
    );
    const plan = i % 5 === 4 ? undefined : { referrals };
    const wijk = wijken[i % wijken.length]!;
    ids.push(await buildHouseholdWithHistory(db, { ...base, wijk, children: i % 3, scans, plan }));
  }
  const build = (input: Partial<Parameters<typeof buildHouseholdWithHistory>[1]>) =>
    buildHouseholdWithHistory(db, { ...base, ...input });
  for (let i = 0; i < 6; i++)
    await build({ wijk: 'Klarendal', scans: [scan('2026-02-01'), scan('2026-06-01')] });
  for (let i = 0; i < 3; i++)
    await build({ closedAt: '2026-03-01', scans: [scan('2026-01-20'), scan('2026-02-20')] });
  for (let i = 0; i < 3; i++)
    await build({ startDate: '2026-09-01', scans: [scan('2026-09-10'), scan('2026-10-10')] });
  // Completed out of order: the second one written becomes the first.
  for (let i = 0; i < 2; i++) await build({ scans: [scan('2026-05-01'), scan('2026-02-01')] });
  // Two scans completed at the same moment: the order falls back on the scan id.
  for (let i = 0; i < 2; i++) await build({ scans: [scan('2026-05-01'), scan('2026-05-01')] });
  const withdrawn = [{ ...consent[0]!, withdrawnAt: '2026-08-01' }];
  await build({ consents: withdrawn, scans: [scan('2026-02-01'), scan('2026-06-01')] });
  await build({ scans: [scan('2026-02-01')] });
  const older = { ...scan('2026-02-01').answers, instrumentVersion: instrument.version - 1 };
  await build({ scans: [{ answers: older, completedAt: '2026-02-01' }, scan('2026-06-01')] });
  const utrecht = { code: 'GM0344', name: 'Utrecht' };
  for (let i = 0; i < 3; i++)
    await build({ gemeente: utrecht, scans: [scan('2026-02-01'), scan('2026-06-01')] });
  for (let i = 0; i < 12; i++)
    await build({
      organisationId: b.id,
      teamId: b.teamIds[0]!,
      scans: [scan('2026-02-01'), scan('2026-06-01')],
    });
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('the municipal report counted in the database', () => {
  it('equals the report over every household for each period, with cells hidden', async () => {
    const [year, spring] = await expectSameAsReference();
    // 40 + 6 Klarendal + 3 closed + 3 late + 2 out of order + 2 same moment + single + older;
    // not the withdrawn, the Utrecht or the other organisation's households.
    expect(year!.reach.households.value).toBe(58);
    // Klarendal's 6 are counted but hidden; other wijken are shown with their quartiles.
    const groups = year!.outcomes.capitals.flatMap((table) => table.groups);
    expect(groups.some((g) => g.group === 'Klarendal' && g.n.value === null)).toBe(true);
    expect(groups.some((g) => g.group === 'Presikhaaf' && g.distribution !== null)).toBe(true);
    expect(year!.profiles.length).toBe(CAPITALS.length);
    // Up to the end of March most households have one scan: fewer outcomes than over the year.
    const n = (r: typeof year) => r!.outcomes.capitals[0]?.overall.n.value ?? 0;
    expect(n(spring)).toBeLessThan(n(year));
  });

  it('is the same after the rows are made again at start, once', async () => {
    const db = t.database.db;
    await db.delete(scanOutcomes);
    expect(await backfillScanOutcomes(db, instrument)).toBe(58 + 1 + 3 + 12);
    expect(await backfillScanOutcomes(db, instrument)).toBe(0);
    await expectSameAsReference();
  });

  it('reads no household at a later start, and picks up the households whose rows are not kept', async () => {
    const db = t.database.db;
    const check = (limit = 500) =>
      householdsWithUnkeptScans(db, fingerprintOf(instrument), { after: null, limit });
    expect(await check()).toEqual({ householdIds: [], next: null });
    const later = await db.select().from(scanOutcomes).where(eq(scanOutcomes.first, false));
    const [a, b, c] = [...new Set(later.map((r) => r.householdId))].sort();
    // a: its latest scan completed without a row; b: its first scan's row lost; c: its rows
    // computed for an earlier version of the instrument.
    const latestOfA = later.find((r) => r.householdId === a && r.nextCompletedAt === null)!;
    await db.delete(scanOutcomes).where(eq(scanOutcomes.scanId, latestOfA.scanId));
    await db
      .delete(scanOutcomes)
      .where(and(eq(scanOutcomes.householdId, b!), eq(scanOutcomes.first, true)));
    await db
      .update(scanOutcomes)
      .set({ instrumentVersion: instrument.version - 1 })
      .where(eq(scanOutcomes.householdId, c!));
    expect(await check()).toEqual({ householdIds: [a, b, c], next: null });
    expect(await check(2)).toEqual({ householdIds: [a, b], next: b });
    expect(await backfillScanOutcomes(db, instrument)).toBe(3);
    expect(await check()).toEqual({ householdIds: [], next: null });
    expect(await backfillScanOutcomes(db, instrument)).toBe(0);
    await expectSameAsReference();
  });

  it('recounts only the bucket of a household written since the counts were kept', async () => {
    const period = PERIODS[0]!;
    await keptReport(period);
    recounted.length = 0;
    await keptReport(period);
    expect(recounted).toEqual([]);
    await t.database.db
      .update(households)
      .set({ data: sql`jsonb_set(${households.data}, '{wijk}', '"Klarendal"')` })
      .where(eq(households.id, ids[2]!));
    const report = await keptReport(period);
    expect(recounted).toEqual([[bucketOf(ids[2]!)]]);
    expect(JSON.stringify(report)).toBe(JSON.stringify(await reference(period)));
  });

  it('drops a household whose consent for anonymous reporting is withdrawn', async () => {
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: '2026-11-01' })
      .where(and(eq(consents.householdId, ids[0]!), eq(consents.purpose, 'rapportage-anoniem')));
    const [year] = await expectSameAsReference();
    expect(year!.reach.households.value).toBe(57);
  });

  it('drops an erased household and the rows of its scans', async () => {
    const db = t.database.db;
    await db.transaction((tx) => eraseHousehold(tx, ids[1]!));
    const kept = await db.select().from(scanOutcomes).where(eq(scanOutcomes.householdId, ids[1]!));
    expect(kept).toHaveLength(0);
    const [year] = await expectSameAsReference();
    expect(year!.reach.households.value).toBe(56);
  });
});
