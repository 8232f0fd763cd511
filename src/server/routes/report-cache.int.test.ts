import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalReportData, Outcomes } from '../../contract/reports';
import { consents, households } from '../../db/schema';
import type { Capital, Instrument } from '../../domain/assessment';
import { buildApp } from '../app';
import {
  Client,
  createTestApp,
  testContent,
  testInstrument,
  type TestApp,
} from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, type BuiltUser } from '../../../test/factories/users';

// Reports are kept between requests until a row they read changes (ADR 1501). Two app instances
// on one database, as behind a load balancer: a report is read on the first, a change is made
// through the second (or straight in the database), and the next report on either shows it.
// Economic capital: 10 households in Presikhaaf from 2 to 4, each with budgetmaatjes started;
// 10 in Malburgen stay at 2; one more in Malburgen has a single scan and no plan yet.

let t: TestApp;
let other: FastifyInstance;
let instrument: Instrument;
let bo: BuiltUser;
let worker: BuiltUser;
let newcomer: string;

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores);
const scan = (economisch: number, completedAt: string) => ({
  answers: answers({ economisch }),
  completedAt,
});
const reporting = { purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' };
const started = {
  id: 'r1',
  interventionId: 'budgetmaatjes',
  offerId: null,
  status: 'gestart' as const,
  stopReason: null,
  note: null,
};
const MUNICIPAL = '/api/v1/reports/municipal?gemeente=GM0202&from=2026-01-01&to=2026-12-31';

async function signInOn(app: FastifyInstance, user: BuiltUser) {
  const client = new Client(app);
  const res = await client.login(user.email, user.password);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return client;
}

const economisch = (o: Outcomes) => o.capitals.find((c) => c.measure.capital === 'economisch')!;
const n = (o: Outcomes, group: string) =>
  economisch(o).groups.find((g) => g.group === group)?.n.value;
const outcomes = async (client: Client, groupBy = 'wijk') => {
  const res = await client.get(`/api/v1/reports/outcomes?groupBy=${groupBy}`);
  expect(res.statusCode).toBe(200);
  return res.json<Outcomes>();
};

beforeAll(async () => {
  t = await createTestApp();
  other = await buildApp({
    config: t.config,
    database: t.database,
    content: await testContent(),
    instrument: await testInstrument(),
    now: t.clock.now,
    webDist: null,
  });
  await other.ready();
  instrument = await testInstrument();
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn Kept', teams: ['Noord'] });
  const base = { organisationId: a.id, teamId: a.teamIds[0]! };
  bo = await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' });
  worker = await buildUser(t, { ...base, role: 'sociaal_werker', teamIds: a.teamIds });
  for (let i = 0; i < 10; i++) {
    await buildHouseholdWithHistory(db, {
      ...base,
      wijk: 'Presikhaaf',
      consents: [reporting],
      plan: { referrals: [started] },
      scans: [scan(2, '2026-01-15'), scan(4, '2026-07-15')],
    });
    await buildHouseholdWithHistory(db, {
      ...base,
      wijk: 'Malburgen',
      consents: [reporting],
      scans: [scan(2, '2026-01-15'), scan(2, '2026-07-15')],
    });
  }
  newcomer = await buildHouseholdWithHistory(db, {
    ...base,
    wijk: 'Malburgen',
    consents: [reporting, { purpose: 'kapitaalscan', givenAt: '2026-01-10' }],
    scans: [scan(2, '2026-01-15')],
  });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

describe('reports kept between requests', () => {
  it('shows a scan completed through another instance in the next report', async () => {
    const reader = await signInOn(t.app, bo);
    const before = await outcomes(reader);
    expect(n(before, 'Malburgen')).toBe(10);
    expect(await outcomes(reader)).toEqual(before);
    const elsewhere = await signInOn(other, worker);
    const draft = await elsewhere.post(`/api/v1/households/${newcomer}/scans`);
    expect(draft.statusCode).toBe(201);
    const path = `/api/v1/households/${newcomer}/scans/${draft.json().id}`;
    expect((await elsewhere.put(path, { ...answers({ economisch: 3 }) })).statusCode).toBe(200);
    expect((await elsewhere.post(`${path}/complete`)).statusCode).toBe(200);
    const after = await outcomes(reader);
    expect(n(after, 'Malburgen')).toBe(11);
    expect(economisch(after).overall.distribution?.n).toBe(21);
  });

  it('shows a plan saved through another instance in the report by intervention', async () => {
    const reader = await signInOn(t.app, bo);
    expect(n(await outcomes(reader, 'intervention'), 'budgetmaatjes')).toBe(10);
    const elsewhere = await signInOn(other, worker);
    const saved = await elsewhere.put(`/api/v1/households/${newcomer}/plan`, {
      version: 0,
      goals: [],
      referrals: [started],
      actions: [],
      reviewDate: null,
    });
    expect(saved.statusCode).toBe(200);
    expect(n(await outcomes(reader, 'intervention'), 'budgetmaatjes')).toBe(11);
  });

  it('leaves out a household whose consent was withdrawn through another instance', async () => {
    const reader = await signInOn(t.app, bo);
    const before = (await reader.get(MUNICIPAL)).json<MunicipalReportData>();
    expect(before.reach.households.value).toBe(21);
    const [consent] = await t.database.db
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.householdId, newcomer), eq(consents.purpose, 'rapportage-anoniem')));
    const elsewhere = await signInOn(other, worker);
    const withdrawn = await elsewhere.post(
      `/api/v1/households/${newcomer}/consents/${consent!.id}/withdraw`,
      { withdrawnAt: '2026-11-24' },
    );
    expect(withdrawn.statusCode).toBe(200);
    const after = (await reader.get(MUNICIPAL)).json<MunicipalReportData>();
    expect(after.reach.households.value).toBe(20);
    expect(n(await outcomes(reader), 'Malburgen')).toBe(10);
  });

  it('reuses a kept report only while the data version is unchanged', async () => {
    // The newcomer gives its consent again (a write the triggers see): counted in Malburgen.
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: null })
      .where(and(eq(consents.householdId, newcomer), eq(consents.purpose, 'rapportage-anoniem')));
    const reader = await signInOn(t.app, bo);
    const onOther = await signInOn(other, bo);
    for (const client of [reader, onOther]) {
      const o = await outcomes(client);
      expect([n(o, 'Presikhaaf'), n(o, 'Malburgen')]).toEqual([10, 11]);
    }
    const move = (wijk: string, triggers: boolean) =>
      t.database.db.transaction(async (tx) => {
        if (!triggers) await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx
          .update(households)
          .set({ data: sql`jsonb_set(${households.data}, '{wijk}', ${JSON.stringify(wijk)})` })
          .where(eq(households.id, newcomer));
      });
    // Moved to Presikhaaf with the version triggers off: both instances answer with the report
    // they kept (a fresh one would count 11 in Presikhaaf), so they did not compute it again.
    await move('Presikhaaf', false);
    for (const client of [reader, onOther])
      expect(n(await outcomes(client), 'Presikhaaf')).toBe(10);
    // The same write with the triggers on changes the version: both compute afresh.
    await move('Presikhaaf', true);
    for (const client of [reader, onOther]) {
      const o = await outcomes(client);
      expect([n(o, 'Presikhaaf'), n(o, 'Malburgen')]).toEqual([11, 10]);
    }
  });
});
