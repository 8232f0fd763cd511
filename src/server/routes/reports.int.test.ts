import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { TeamDashboard } from '../../contract/reports';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn, type BuiltUser } from '../../../test/factories/users';

// The test clock says 2026-11-24: reviews before it are overdue, up to 2026-12-08 due; consent
// given before 2025-11-24 is to be renewed, up to 2025-12-24 it is expiring.

let t: TestApp;
let teamleider: Client;
let people: Record<'tanja' | 'sanne' | 'ahmed' | 'zeynep' | 'bo' | 'other', BuiltUser>;
const ids: Record<string, string> = {};
const step = (done: boolean) => ({ id: `s-${done}`, text: 'Stap', who: 'Sanne', when: null, done });
const goal = (...steps: boolean[]) => ({
  id: 'g1',
  capital: 'economisch' as const,
  text: 'Rondkomen',
  steps: steps.map(step),
});
const referral = (status: 'voorgesteld' | 'afgerond') => ({
  id: `r-${status}`,
  interventionId: 'budgetcoach',
  offerId: null,
  status,
  stopReason: null,
  note: null,
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn Test A', teams: ['Noord', 'Zuid'] });
  const b = await buildOrganisation(t, { name: 'Welzijn Test B', teams: ['West'] });
  const [noord, zuid] = a.teamIds as [string, string];
  const base = { organisationId: a.id };
  people = {
    tanja: await buildUser(t, { ...base, role: 'teamleider', name: 'Tanja', teamIds: [noord] }),
    sanne: await buildUser(t, { ...base, role: 'sociaal_werker', name: 'Sanne', teamIds: [noord] }),
    ahmed: await buildUser(t, { ...base, role: 'sociaal_werker', name: 'Ahmed', teamIds: [noord] }),
    zeynep: await buildUser(t, {
      ...base,
      role: 'sociaal_werker',
      name: 'Zeynep',
      teamIds: [zuid],
    }),
    bo: await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' }),
    other: await buildUser(t, {
      organisationId: b.id,
      role: 'teamleider',
      name: 'Olga',
      teamIds: b.teamIds,
    }),
  };
  const noordCase = { ...base, teamId: noord };
  ids.overdue = await buildHouseholdWithHistory(db, {
    ...noordCase,
    professionalIds: [people.sanne.id],
    plan: { reviewDate: '2026-11-10', goals: [goal(false)], referrals: [referral('voorgesteld')] },
    consents: [{ givenAt: '2026-03-01' }],
  });
  ids.due = await buildHouseholdWithHistory(db, {
    ...noordCase,
    professionalIds: [people.sanne.id, people.ahmed.id],
    plan: { reviewDate: '2026-12-01', goals: [goal(true)], referrals: [referral('afgerond')] },
    consents: [{ givenAt: '2025-12-10' }],
  });
  ids.noPlan = await buildHouseholdWithHistory(db, {
    ...noordCase,
    professionalIds: [people.ahmed.id],
    consents: [{ givenAt: '2025-10-01' }, { givenAt: '2024-01-01', withdrawnAt: '2024-06-01' }],
  });
  // Not counted: closed; in a team the teamleider is not in; in another organisation.
  await buildHouseholdWithHistory(db, {
    ...noordCase,
    professionalIds: [people.sanne.id],
    closedAt: '2026-10-01',
    plan: { reviewDate: '2026-01-01' },
  });
  ids.zuid = await buildHouseholdWithHistory(db, {
    ...base,
    teamId: zuid,
    professionalIds: [people.zeynep.id],
    plan: { reviewDate: '2026-11-01', goals: [goal(false)] },
    consents: [{ givenAt: '2025-01-01' }],
  });
  await buildHouseholdWithHistory(db, {
    organisationId: b.id,
    teamId: b.teamIds[0]!,
    professionalIds: [people.other.id],
    plan: { reviewDate: '2026-11-01', goals: [goal(false)] },
    consents: [{ givenAt: '2025-01-01' }],
  });
  teamleider = await signIn(t, people.tanja);
});
afterAll(() => t.close());

const idsOf = async (client: Client, list: string) =>
  (await client.get(list))
    .json<{ id: string }[]>()
    .map((h) => h.id)
    .sort();

describe('GET /api/v1/reports/team', () => {
  it('counts only the open households of the teamleider’s own team', async () => {
    const res = await teamleider.get('/api/v1/reports/team');
    expect(res.statusCode).toBe(200);
    const d = res.json<TeamDashboard>();
    expect(d.peildatum).toBe('2026-11-24');
    expect(d.openHouseholds.count).toBe(3);
    expect(d.caseload.map((c) => [c.professional.name, c.count])).toEqual([
      ['Ahmed', 2],
      ['Sanne', 2],
      ['Tanja', 0],
    ]);
    expect([d.review.overdue.count, d.review.due.count]).toEqual([1, 1]);
    expect([d.plan.none.count, d.plan.running.count, d.plan.done.count]).toEqual([1, 1, 1]);
    expect(d.referralsWaiting.count).toBe(1);
    expect([d.consent.expiring.count, d.consent.expired.count]).toEqual([1, 1]);
  });

  it('links every figure to the list of exactly those households', async () => {
    const d = (await teamleider.get('/api/v1/reports/team')).json<TeamDashboard>();
    expect(d.review.overdue.list).toBe('/api/v1/households?review=overdue');
    expect(await idsOf(teamleider, d.review.overdue.list)).toEqual([ids.overdue]);
    expect(await idsOf(teamleider, d.review.due.list)).toEqual([ids.due]);
    expect(await idsOf(teamleider, d.plan.none.list)).toEqual([ids.noPlan]);
    expect(await idsOf(teamleider, d.referralsWaiting.list)).toEqual([ids.overdue]);
    expect(await idsOf(teamleider, d.consent.expiring.list)).toEqual([ids.due]);
    expect(await idsOf(teamleider, d.consent.expired.list)).toEqual([ids.noPlan]);
    const ahmed = d.caseload.find((c) => c.professional.name === 'Ahmed')!;
    expect(await idsOf(teamleider, ahmed.list)).toEqual([ids.due, ids.noPlan].sort());
    for (const f of [d.openHouseholds, d.plan.running, d.plan.done, ...d.caseload])
      expect((await teamleider.get(f.list)).json()).toHaveLength(f.count);
  });

  it('filters a worker’s list within what that worker may see', async () => {
    const zeynep = await signIn(t, people.zeynep);
    expect(await idsOf(zeynep, '/api/v1/households?review=overdue')).toEqual([ids.zuid]);
    const bad = await zeynep.get('/api/v1/households?review=soon');
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'querystring.review',
    ]);
  });

  it('refuses a sociaal werker and a beleidsmedewerker', async () => {
    for (const who of [people.sanne, people.bo]) {
      const client = await signIn(t, who);
      expect((await client.get('/api/v1/reports/team')).statusCode).toBe(403);
    }
  });

  it('shows a teamleider of another organisation only their own household', async () => {
    const olga = await signIn(t, people.other);
    const d = (await olga.get('/api/v1/reports/team')).json<TeamDashboard>();
    expect(d.openHouseholds.count).toBe(1);
    expect(d.caseload.map((c) => [c.professional.name, c.count])).toEqual([['Olga', 1]]);
    expect(d.review.overdue.count).toBe(1);
  });

  it('writes who read the dashboard in the access log, without household data', async () => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.read_team'), eq(auditLog.actorId, people.tanja.id)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.details).toEqual({ households: 3 });
  });
});
