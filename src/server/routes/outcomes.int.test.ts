import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { consents, households } from '../../db/schema';
import type { Outcomes } from '../../contract/reports';
import type { Capital, Instrument } from '../../domain/assessment';
import { recoveredByAttacker } from '../../domain/reports/test-attacker';
import { createTestApp, testInstrument, type Client, type TestApp } from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn, type BuiltUser } from '../../../test/factories/users';

// Economic capital, first scan 2 everywhere: Presikhaaf 12 households up to 4, Malburgen 10 stay
// at 2, Geitenkamp 3 down to 1. Left out: a withdrawn consent, a single scan, no consent for
// reporting, and five households of another organisation.

let t: TestApp;
let instrument: Instrument;
let people: Record<'tanja' | 'sanne' | 'bo' | 'otherBo', BuiltUser>;
let beleid: Client;

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores);

const twoScans = (economisch: number) => [
  { answers: answers({}), completedAt: '2026-01-15' },
  { answers: answers({ economisch }), completedAt: '2026-07-15' },
];
const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn Test A', teams: ['Noord'] });
  const b = await buildOrganisation(t, { name: 'Welzijn Test B', teams: ['West'] });
  const base = { organisationId: a.id, teamId: a.teamIds[0]! };
  people = {
    tanja: await buildUser(t, { ...base, role: 'teamleider', name: 'Tanja', teamIds: a.teamIds }),
    sanne: await buildUser(t, {
      ...base,
      role: 'sociaal_werker',
      name: 'Sanne',
      teamIds: a.teamIds,
    }),
    bo: await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' }),
    otherBo: await buildUser(t, {
      organisationId: b.id,
      role: 'beleidsmedewerker',
      name: 'Bas',
    }),
  };
  const add = (n: number, input: Parameters<typeof buildHouseholdWithHistory>[1]) =>
    Promise.all(Array.from({ length: n }, () => buildHouseholdWithHistory(db, input)));
  await add(12, { ...base, wijk: 'Presikhaaf', consents: reporting, scans: twoScans(4) });
  await add(10, { ...base, wijk: 'Malburgen', consents: reporting, scans: twoScans(2) });
  await add(3, { ...base, wijk: 'Geitenkamp', consents: reporting, scans: twoScans(1) });
  await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Presikhaaf',
    consents: [{ ...reporting[0]!, withdrawnAt: '2026-08-01' }],
    scans: twoScans(4),
  });
  await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Presikhaaf',
    consents: reporting,
    scans: twoScans(4).slice(1),
  });
  await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Presikhaaf',
    consents: [{ givenAt: '2026-01-10' }],
    scans: twoScans(4),
  });
  await add(5, {
    organisationId: b.id,
    teamId: b.teamIds[0]!,
    consents: reporting,
    scans: twoScans(4),
  });
  beleid = await signIn(t, people.bo);
});
afterAll(() => t.close());

const economisch = (o: Outcomes) => o.capitals.find((c) => c.measure.capital === 'economisch')!;

function everyCell(o: Outcomes) {
  return [...o.capitals, ...o.aspects].flatMap((table) =>
    [table.overall, ...table.groups].flatMap((r) => [r.n, r.improved, r.same, r.worse]),
  );
}

describe('GET /api/v1/reports/outcomes', () => {
  it('counts the households with consent and two scans, and never shows a cell under 10', async () => {
    const res = await beleid.get('/api/v1/reports/outcomes?groupBy=wijk');
    expect(res.statusCode).toBe(200);
    const o = res.json<Outcomes>();
    expect(o.households.value).toBe(25);
    const table = economisch(o);
    expect(table.overall.n.value).toBe(25);
    // 12 improved is shown; the 3 worse is hidden, and with it the 10 the same (3 alone would be
    // 25 − 12 − 10).
    expect([
      table.overall.improved.value,
      table.overall.same.value,
      table.overall.worse.value,
    ]).toEqual([12, null, null]);
    expect(table.overall.distribution).toMatchObject({ n: 25, min: -1, median: 0, max: 2 });
    const geitenkamp = table.groups.find((g) => g.group === 'Geitenkamp')!;
    expect([geitenkamp.n.value, geitenkamp.worse.value, geitenkamp.distribution]).toEqual([
      null,
      null,
      null,
    ]);
    for (const cell of everyCell(o)) expect(cell.value === null || cell.value >= 10).toBe(true);
    expect(
      recoveredByAttacker({
        cells: table.groups.map((g) => [g.improved, g.same, g.worse]),
        rowTotals: table.groups.map((g) => g.n),
        columnTotals: [table.overall.improved, table.overall.same, table.overall.worse],
        total: table.overall.n,
      }),
    ).toEqual([]);
    // Nothing in the report points at a household.
    expect(res.body).not.toMatch(/R-\d|Fam\./);
  });

  it('leaves a household out of the next report once its consent is withdrawn', async () => {
    const [one] = await t.database.db
      .select({ id: households.id })
      .from(households)
      .where(sql`${households.data}->>'wijk' = 'Malburgen'`)
      .limit(1);
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: '2026-11-20' })
      .where(and(eq(consents.householdId, one!.id), eq(consents.purpose, 'rapportage-anoniem')));
    const o = (await beleid.get('/api/v1/reports/outcomes')).json<Outcomes>();
    expect(o.grouping).toBe('wijk');
    expect(economisch(o).overall.n.value).toBe(24);
  });

  it('hides everything of an organisation with fewer than 10 households', async () => {
    const other = await signIn(t, people.otherBo);
    const o = (await other.get('/api/v1/reports/outcomes')).json<Outcomes>();
    expect(o.households.value).toBeNull();
    for (const cell of everyCell(o)) expect(cell.value).toBeNull();
  });

  it('lets the teamleider read it, refuses a sociaal werker, and logs the reading', async () => {
    const teamleider = await signIn(t, people.tanja);
    const res = await teamleider.get('/api/v1/reports/outcomes?groupBy=povertyType');
    expect(res.statusCode).toBe(200);
    const worker = await signIn(t, people.sanne);
    expect((await worker.get('/api/v1/reports/outcomes')).statusCode).toBe(403);
    const bad = await teamleider.get('/api/v1/reports/outcomes?groupBy=naam');
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'querystring.groupBy',
    ]);
  });
});
