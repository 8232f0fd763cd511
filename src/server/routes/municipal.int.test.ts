import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalReportData } from '../../contract/reports';
import type { Capital, Instrument, ScanAnswers } from '../../domain/assessment';
import { createTestApp, testInstrument, type Client, type TestApp } from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn, type BuiltUser } from '../../../test/factories/users';

// Arnhem, 2026: twelve households in Presikhaaf referred to budgetcoach (started), one in a wijk
// someone typed as a formula. Left out: no consent for reporting; started after the period.

let t: TestApp;
let instrument: Instrument;
let bo: BuiltUser;
let tanja: BuiltUser;
let beleid: Client;
const URL = '/api/v1/reports/municipal?gemeente=GM0202&from=2026-01-01&to=2026-12-31';

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores);
let scans: { answers: ScanAnswers; completedAt: string }[];
const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
const started = {
  goals: [],
  referrals: [
    {
      id: 'r1',
      interventionId: 'budgetcoach',
      offerId: null,
      status: 'gestart' as const,
      stopReason: null,
      note: null,
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  scans = [
    { answers: answers({}), completedAt: '2026-01-15' },
    { answers: answers({ sociaal: 3 }), completedAt: '2026-07-15' },
  ];
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn Test A', teams: ['Noord'] });
  const base = { organisationId: a.id, teamId: a.teamIds[0]! };
  bo = await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' });
  tanja = await buildUser(t, { ...base, role: 'teamleider', name: 'Tanja', teamIds: a.teamIds });
  for (let i = 0; i < 12; i++)
    await buildHouseholdWithHistory(db, {
      ...base,
      wijk: 'Presikhaaf',
      consents: reporting,
      scans,
      plan: started,
    });
  await buildHouseholdWithHistory(db, { ...base, wijk: '=2+3', consents: reporting, scans });
  await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Presikhaaf',
    consents: [{ givenAt: '2026-01-10' }],
    scans,
  });
  await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Presikhaaf',
    startDate: '2027-01-04',
    consents: reporting,
  });
  beleid = await signIn(t, bo);
});
afterAll(() => t.close());

describe('GET /api/v1/reports/municipal', () => {
  it('reports reach, referrals and change over households with consent in the period', async () => {
    const res = await beleid.get(URL);
    expect(res.statusCode).toBe(200);
    const r = res.json<MunicipalReportData>();
    expect(r.reach.households.value).toBe(13);
    expect(r.reach.children.value).toBe(13);
    // 12 started and nothing else: the zeros are hidden, and so the 12 (total 12 would give it).
    expect(r.referrals.find((x) => x.status === 'gestart')!.count.value).toBeNull();
    expect(r.referralsTotal.value).toBe(12);
    expect(r.interventions.map((i) => [i.interventionId, i.households.value])).toEqual([
      ['budgetcoach', 12],
    ]);
    const sociaal = r.outcomes.capitals.find((c) => c.measure.capital === 'sociaal')!;
    expect(sociaal.overall.n.value).toBe(13);
    expect(res.body).not.toMatch(/R-\d|Fam\./);
  });

  it('exports CSV in which a typed formula stays text', async () => {
    const res = await beleid.get(URL.replace('municipal?', 'municipal/csv?'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body).toContain('"reach","households","totaal","n","13"');
    expect(res.body).toContain(`"'=2+3"`);
    expect(res.body).not.toMatch(/(^|,)"=/m);
  });

  it('refuses a gemeente outside the organisation, a reversed period and other roles', async () => {
    const other = await beleid.get(URL.replace('GM0202', 'GM0363'));
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0].field).toBe('gemeente');
    const reversed = await beleid.get(URL.replace('to=2026-12-31', 'to=2025-12-31'));
    expect(reversed.json().errors[0].field).toBe('to');
    const teamleider = await signIn(t, tanja);
    expect((await teamleider.get(URL)).statusCode).toBe(403);
  });
});
