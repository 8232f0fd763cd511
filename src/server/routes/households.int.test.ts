import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import {
  auditLog,
  consents,
  entryVersions,
  households,
  plans,
  scans,
  scanScores,
} from '../../db/schema';
import {
  decodeScanScores,
  scanScores as scoresOfAnswers,
  type Instrument,
  type ScanAnswers,
} from '../../domain/assessment';
import { backfillScanScores } from '../households/scan-scores';
import type { Client } from '../../../test/harness';
import { createTestApp, testInstrument, type TestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf';
import { buildHousehold, householdInput } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signedInCaseworker, signIn } from '../../../test/factories/users';
import { runRetention } from '../households/retention';

let t: TestApp;
let instrument: Instrument;

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
});
afterAll(() => t.close());

/** An organisation with one team, and a sociaal werker of that team signed in. */
async function caseworkerTeam(name?: string) {
  const org = await buildOrganisation(t);
  const { user, client } = await signedInCaseworker(t, org, name);
  return { org, worker: user, client };
}

/** A household the signed-in caseworker works with, in their team. */
async function ownHousehold(
  setup: Awaited<ReturnType<typeof caseworkerTeam>>,
  overrides: Parameters<typeof buildHousehold>[2] = {},
) {
  return buildHousehold(
    t,
    {
      organisationId: setup.org.id,
      teamId: setup.org.teamIds[0],
      professionalIds: [setup.worker.id],
    },
    overrides,
  );
}

/** Answers for every household aspect, 3 unless a capital's score is given; wants to work on money. */
function answers(scores: Record<string, number>) {
  const aspects: Record<string, unknown> = {};
  for (const capital of instrument.capitals) {
    for (const aspect of capital.aspects) {
      aspects[aspect.id] = {
        householdScore: scores[capital.capital] ?? 3,
        wantsToWorkOn: capital.capital === 'economisch',
      };
    }
  }
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    aspects,
    children: [
      { childRef: 'oudste', aspects: {} },
      { childRef: 'jongste', aspects: {} },
    ],
    riskFactors: ['eenoudergezin'],
    protectiveFactors: [],
  };
}

async function recordScanConsent(client: Client, householdId: string) {
  const res = await client.post(`/api/v1/households/${householdId}/consents`, {
    purpose: 'kapitaalscan',
    how: 'mondeling',
    givenAt: '2026-11-24',
  });
  expect(res.statusCode).toBe(201);
}

/** Starts a scan (consent must be recorded) and returns its id. */
async function startScan(client: Client, householdId: string): Promise<string> {
  const res = await client.post(`/api/v1/households/${householdId}/scans`);
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** A scan started, answered with these capital scores and completed. */
async function completedScan(client: Client, householdId: string, scores: Record<string, number>) {
  const scanId = await startScan(client, householdId);
  const saved = await client.put(
    `/api/v1/households/${householdId}/scans/${scanId}`,
    answers(scores),
  );
  expect(saved.statusCode).toBe(200);
  const done = await client.post(`/api/v1/households/${householdId}/scans/${scanId}/complete`);
  expect(done.statusCode).toBe(200);
  return scanId;
}

const firstPlan = {
  version: 0,
  goals: [
    {
      id: 'g1',
      capital: 'economisch',
      text: 'Ik wil weten waar mijn geld heen gaat.',
      steps: [
        {
          id: 's1',
          text: 'Samen de post doorlopen',
          who: 'Sanne en Fatma',
          when: '2026-12-01',
        },
      ],
    },
  ],
  referrals: [{ id: 'r1', interventionId: 'budgetmaatjes', status: 'voorgesteld' }],
  reviewDate: '2027-01-15',
};

async function savePlan(client: Client, householdId: string) {
  const saved = await client.put(`/api/v1/households/${householdId}/plan`, firstPlan);
  expect(saved.statusCode).toBe(200);
}

describe('households', () => {
  it('refuses bad input and a BSN, naming the field, and writes nothing', async () => {
    const { org, client } = await caseworkerTeam();
    const bad = householdInput();
    const res = await client.post('/api/v1/households', {
      ...bad,
      reference: '123456782',
      data: {
        ...bad.data,
        adults: [{ birthYear: 1990, workStatus: 'werkloos' }],
        children: [{ ref: 'kind', birthYear: 2099 }],
        naam: 'Jansen',
      },
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['data.adults.0.workStatus', 'data.children.0.birthYear', 'data.naam', 'reference']);
    const stored = await t.database.db
      .select({ n: count() })
      .from(households)
      .where(eq(households.organisationId, org.id));
    expect(stored[0]!.n).toBe(0);
  });

  it('registers a household for its professional and team, and logs the access', async () => {
    const { org, worker, client } = await caseworkerTeam('Noor Hendriks');
    const res = await client.post('/api/v1/households', householdInput({ reference: 'K-001' }));
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const detail = (await client.get(`/api/v1/households/${id}`)).json();
    expect(detail).toMatchObject({
      reference: 'K-001',
      professionals: [{ id: worker.id, name: 'Noor Hendriks' }],
      team: { id: org.teamIds[0] },
    });
    const dupe = await client.post('/api/v1/households', householdInput({ reference: 'K-001' }));
    expect(dupe.json().errors[0].field).toBe('reference');
    const log = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'household.read')));
    expect(log).toHaveLength(1);
  });

  it('lets another organisation use the same reference', async () => {
    const first = await caseworkerTeam();
    const second = await caseworkerTeam();
    await ownHousehold(first, { reference: 'K-001' });
    const res = await second.client.post(
      '/api/v1/households',
      householdInput({ reference: 'K-001' }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('keeps work or school, living alone and statushouder when given, and drops them when left out', async () => {
    const { client } = await caseworkerTeam();
    const base = householdInput();
    const data = {
      ...base.data,
      adults: [{ birthYear: 2001, workStatus: 'geen-werk-of-school' }],
      children: [],
      livesAlone: true,
      statushouder: true,
    };
    const res = await client.post('/api/v1/households', { ...base, data });
    expect(res.statusCode).toBe(201);
    const created = res.json().id as string;
    const detail = (await client.get(`/api/v1/households/${created}`)).json();
    expect(detail.data).toMatchObject({
      adults: [{ birthYear: 2001, workStatus: 'geen-werk-of-school' }],
      livesAlone: true,
      statushouder: true,
    });
    const { livesAlone: _l, statushouder: _s, ...without } = data;
    expect(
      (await client.patch(`/api/v1/households/${created}`, { data: without })).statusCode,
    ).toBe(200);
    const after = (await client.get(`/api/v1/households/${created}`)).json();
    expect(after.data).not.toHaveProperty('livesAlone');
    expect(after.data).not.toHaveProperty('statushouder');
  });

  it('lists the colleagues who can work with households, in the own organisation only', async () => {
    const { org, client } = await caseworkerTeam('Sanne');
    for (const [role, name] of [
      ['teamleider', 'Mehmet'],
      ['beheerder', 'Ruben'],
      ['beleidsmedewerker', 'Ingrid'],
    ] as const)
      await buildUser(t, { organisationId: org.id, role, name });
    const elsewhere = await buildOrganisation(t);
    await buildUser(t, { organisationId: elsewhere.id, role: 'sociaal_werker', name: 'Anders' });
    const list = (await client.get('/api/v1/colleagues')).json<{ name: string; role: string }[]>();
    expect(list.map((c) => [c.name, c.role])).toEqual([
      ['Mehmet', 'teamleider'],
      ['Sanne', 'sociaal_werker'],
    ]);
  });

  it('is visible to the assigned professional, the team and its teamleider only', async () => {
    const org = await buildOrganisation(t, { teams: ['Noord', 'Zuid'] });
    const worker = await buildUser(t, {
      organisationId: org.id,
      role: 'sociaal_werker',
      teamIds: [org.teamIds[0]!],
    });
    const { id } = await buildHousehold(t, {
      organisationId: org.id,
      teamId: org.teamIds[0],
      professionalIds: [worker.id],
    });
    const member = (
      role: 'sociaal_werker' | 'teamleider' | 'beheerder' | 'beleidsmedewerker',
      teamIds: string[] = [],
    ) => buildUser(t, { organisationId: org.id, role, teamIds }).then((u) => signIn(t, u));
    const outsider = await member('sociaal_werker', [org.teamIds[1]!]);
    expect((await outsider.get(`/api/v1/households/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/households')).json()).toEqual([]);
    expect((await (await signIn(t, worker)).get(`/api/v1/households/${id}`)).statusCode).toBe(200);
    const teamleider = await member('teamleider', [org.teamIds[0]!]);
    expect((await teamleider.get(`/api/v1/households/${id}`)).statusCode).toBe(200);
    expect((await (await member('beheerder')).get(`/api/v1/households/${id}`)).statusCode).toBe(
      403,
    );
    expect(
      (await (await member('beleidsmedewerker')).get(`/api/v1/households/${id}`)).statusCode,
    ).toBe(403);
    const other = await buildOrganisation(t);
    const otherWorker = await signedInCaseworker(t, other);
    expect((await otherWorker.client.get(`/api/v1/households/${id}`)).statusCode).toBe(404);
    const otherLead = await signIn(
      t,
      await buildUser(t, { organisationId: other.id, role: 'teamleider', teamIds: other.teamIds }),
    );
    expect((await otherLead.patch(`/api/v1/households/${id}`, { label: 'x' })).statusCode).toBe(
      404,
    );
    const denied = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });
});

describe('kapitaalscan', () => {
  it('sends the instrument in Dutch and English, so the page shows the interface language', async () => {
    const { client: worker } = await caseworkerTeam();
    const res = await worker.get('/api/v1/kapitaalscan/instrument');
    expect(res.statusCode).toBe(200);
    const sent = res.json() as Instrument;
    const inkomen = sent.capitals[0]!.aspects[0]!;
    expect(inkomen.question).toBe('Hoe lukt het om de vaste lasten en de boodschappen te betalen?');
    expect(inkomen.questionEn).toBe(
      'How is it going with paying the fixed costs and the groceries?',
    );
    expect(inkomen.levels[0]).toMatchObject({
      score: 1,
      description: expect.stringMatching(/^Het geld is/),
      descriptionEn: expect.stringMatching(/^Almost every month/),
    });
    expect(sent.scale[4]).toEqual({ score: 5, label: 'Dit gaat goed', labelEn: 'This goes well' });
    expect(sent.childPart.introEn).toMatch(/^You fill in this part for each child/);
  });

  it('needs recorded consent before a scan starts', async () => {
    const setup = await caseworkerTeam();
    const { id } = await ownHousehold(setup);
    const res = await setup.client.post(`/api/v1/households/${id}/scans`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('consent_missing');
    await recordScanConsent(setup.client, id);
    const started = await setup.client.post(`/api/v1/households/${id}/scans`);
    expect(started.statusCode).toBe(201);
    expect(started.json().answers.children.map((c: { childRef: string }) => c.childRef)).toEqual([
      'oudste',
      'jongste',
    ]);
  });

  it('continues the open draft instead of starting a second scan', async () => {
    const setup = await caseworkerTeam();
    const { id } = await ownHousehold(setup);
    await recordScanConsent(setup.client, id);
    const first = await startScan(setup.client, id);
    const again = await setup.client.post(`/api/v1/households/${id}/scans`);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first);
  });

  it('refuses scores out of range and unknown aspects, and keeps the saved answers', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    await recordScanConsent(worker, id);
    const scanId = await startScan(worker, id);
    const good = answers({ economisch: 2, sociaal: 4, pedagogisch: 2 });
    expect((await worker.put(`/api/v1/households/${id}/scans/${scanId}`, good)).statusCode).toBe(
      200,
    );
    const bad = {
      ...good,
      aspects: {
        ...good.aspects,
        'economisch.inkomen': { householdScore: 7, wantsToWorkOn: false },
        'economisch.inkomne': { wantsToWorkOn: true },
      },
    };
    const res = await worker.put(`/api/v1/households/${id}/scans/${scanId}`, bad);
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'aspects.economisch.inkomen.householdScore',
        'aspects.economisch.inkomne',
      ]),
    );
    const stored = (await worker.get(`/api/v1/households/${id}/scans/${scanId}`)).json();
    expect(stored.answers.aspects['economisch.inkomen'].householdScore).toBe(2);
  });

  it('gives back a profile, a poverty-type suggestion with reasons, and matched interventions', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    await recordScanConsent(worker, id);
    await completedScan(worker, id, { economisch: 2, sociaal: 4, pedagogisch: 2 });
    const outcome = (await worker.get(`/api/v1/households/${id}/profile`)).json();
    expect(
      outcome.profile.capitals.map((c: { capital: string; score: number }) => [c.capital, c.score]),
    ).toEqual([
      ['economisch', 2],
      ['sociaal', 4],
      ['cultureel', 3],
      ['pedagogisch', 2],
      ['mentaal', 3],
    ]);
    expect(outcome.change).toBeNull();
    expect(outcome.povertyTypes.map((p: { type: string }) => p.type)).toContain('situationeel');
    // The reasons and the capital titles come in English too, from the instrument's English texts.
    const reasons = outcome.povertyTypes.flatMap((p: { reasons: { en: string }[] }) => p.reasons);
    expect(reasons.map((r: { en: string }) => r.en)).toContain(
      'Single-parent household. A family with one parent more often has a hard time for a long time. Sometimes this passes from parents to children.',
    );
    expect(outcome.profile.capitals[0].titleEn).toBe('Money and work');
    const { matches, capitalOrder, practiceExamples } = outcome.matches as {
      matches: { interventionId: string; capital: string; summary: { nl: string; en: string } }[];
      capitalOrder: string[];
      practiceExamples: { interventionId: string }[];
    };
    expect(matches.length).toBeGreaterThan(0);
    // Economic capital is weak (2) and the household wants to work on it: it comes first.
    expect(capitalOrder[0]).toBe('economisch');
    expect(matches[0]!.capital).toBe('economisch');
    // Grouped by capital in that order, a handful each, every one with its own reason.
    const positions = matches.map((m) => capitalOrder.indexOf(m.capital));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const capital of capitalOrder)
      expect(matches.filter((m) => m.capital === capital).length).toBeLessThanOrEqual(5);
    expect(new Set(matches.map((m) => m.summary.nl)).size).toBe(matches.length);
    // No detention aftercare without detention; Nijmegen's pleintjes work only as an example.
    const ids = matches.map((m) => m.interventionId);
    expect(ids).not.toContain('nazorg-detentie');
    expect(ids).not.toContain('spelen-op-pleintjes');
    expect(practiceExamples.map((e) => e.interventionId)).not.toContain(
      'kansrijk-opgroeien-arnhem',
    );
    expect(outcome.matches.combinations.length).toBeGreaterThan(0);
  });

  it('shows the change per capital from the second scan on', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    await recordScanConsent(worker, id);
    await completedScan(worker, id, { economisch: 2, sociaal: 4, pedagogisch: 2 });
    t.clock.advance(60_000);
    await completedScan(worker, id, { economisch: 3, sociaal: 4, pedagogisch: 4 });
    const outcome = (await worker.get(`/api/v1/households/${id}/profile`)).json();
    const eco = outcome.change.capitals.find(
      (c: { capital: string }) => c.capital === 'economisch',
    );
    expect(eco).toMatchObject({ previous: 2, current: 3, direction: 'up' });
  });

  it('keeps the numbers of a completed scan for reports, equal to the scorer of its answers', async () => {
    const setup = await caseworkerTeam();
    const { id } = await ownHousehold(setup);
    await recordScanConsent(setup.client, id);
    const scanId = await completedScan(setup.client, id, { economisch: 2, sociaal: 4 });
    const [stored] = await t.database.db
      .select()
      .from(scanScores)
      .where(eq(scanScores.scanId, scanId));
    const [scan] = await t.database.db.select().from(scans).where(eq(scans.id, scanId));
    expect(decodeScanScores(instrument, stored!.aspectScores)).toEqual(
      scoresOfAnswers(instrument, scan!.answers),
    );
    // Every aspect of a capital answered 2 gives that capital 2; unanswered capitals stay at 3.
    expect(
      decodeScanScores(instrument, stored!.aspectScores)!.capitals.map((c) => [c.capital, c.score]),
    ).toEqual([
      ['economisch', 2],
      ['sociaal', 4],
      ['cultureel', 3],
      ['pedagogisch', 3],
      ['mentaal', 3],
    ]);
    expect(stored!.riskFactors).toEqual(['eenoudergezin']);
    expect(stored!.completedAt).toEqual(scan!.completedAt);
  });

  it('gives scans completed before the numbers were kept their numbers once', async () => {
    const setup = await caseworkerTeam();
    const { id } = await ownHousehold(setup);
    const [scan] = await t.database.db
      .insert(scans)
      .values({
        householdId: id,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        answers: answers({ mentaal: 1 }) as ScanAnswers,
        status: 'completed',
        completedAt: new Date('2026-03-01T10:00:00Z'),
      })
      .returning();
    expect(await backfillScanScores(t.database.db, instrument)).toBeGreaterThanOrEqual(1);
    const [stored] = await t.database.db
      .select()
      .from(scanScores)
      .where(eq(scanScores.scanId, scan!.id));
    const decoded = decodeScanScores(instrument, stored!.aspectScores)!;
    expect(decoded).toEqual(scoresOfAnswers(instrument, scan!.answers));
    expect(decoded.capitals.find((c) => c.capital === 'mentaal')!.score).toBe(1);
    // A second run finds nothing left to do.
    expect(await backfillScanScores(t.database.db, instrument)).toBe(0);
  });
});

describe('plan', () => {
  it('saves goals in the household’s own words with steps and referrals, refuses a stale version', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    const plan = firstPlan;
    const saved = await worker.put(`/api/v1/households/${id}/plan`, plan);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await worker.put(`/api/v1/households/${id}/plan`, plan);
    expect(stale.json().errors[0].field).toBe('version');
    const stopped = await worker.put(`/api/v1/households/${id}/plan`, {
      ...plan,
      version: 1,
      referrals: [{ id: 'r1', interventionId: 'budgetmaatjes', status: 'gestopt' }],
    });
    expect(stopped.json().errors[0].field).toBe('referrals.0.stopReason');
    const unknown = await worker.put(`/api/v1/households/${id}/plan`, {
      ...plan,
      version: 1,
      referrals: [{ id: 'r1', interventionId: 'verzonnen', status: 'aangemeld' }],
    });
    expect(unknown.json().errors[0].field).toBe('referrals.0.interventionId');
  });

  it('downloads the plan as a real PDF in plain Dutch', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    await savePlan(worker, id);
    const res = await worker.get(`/api/v1/households/${id}/plan/pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Ons plan — Fam. K.');
    expect(text).toContain('Ik wil weten waar mijn geld heen gaat.');
    expect(text).toContain('Budgetmaatjes: We hebben erover gepraat');
    expect(text).toContain('15 januari 2027');
  });
});

describe('privacy duties', () => {
  it('exports everything about the household as JSON and PDF, including who looked at it', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup, { reference: 'K-001' });
    await recordScanConsent(worker, id);
    await completedScan(worker, id, { economisch: 2 });
    t.clock.advance(60_000);
    await completedScan(worker, id, { economisch: 3 });
    await savePlan(worker, id);
    expect((await worker.get(`/api/v1/households/${id}`)).statusCode).toBe(200);
    const json = (await worker.get(`/api/v1/households/${id}/export`)).json();
    expect(json.household).toMatchObject({ reference: 'K-001', wijk: 'Presikhaaf' });
    expect(json.scans).toHaveLength(2);
    expect(json.plan.goals[0].text).toBe('Ik wil weten waar mijn geld heen gaat.');
    expect(json.accessLog.some((l: { action: string }) => l.action === 'household.read')).toBe(
      true,
    );
    const pdf = await pdfText((await worker.get(`/api/v1/households/${id}/export/pdf`)).rawPayload);
    expect(pdf).toContain('Wat Wegwijs bewaart over Fam. K.');
    // Names a household understands, not the codes Wegwijs stores.
    expect(pdf).toContain('Budgetmaatjes: We hebben erover gepraat');
    expect(pdf).toContain('gegevens bekeken');
    expect(pdf).toContain('Geld en werk');
    expect(pdf).not.toContain('household.read');
    expect(pdf).not.toContain('budgetmaatjes:');
    const english = await pdfText(
      (await worker.get(`/api/v1/households/${id}/export/pdf?lang=en`)).rawPayload,
    );
    expect(english).toContain('What Wegwijs keeps about Fam. K.');
    expect(english).toContain('Budgetmaatjes: We talked about it');
    expect(english).toContain('details viewed');
  });

  it('stops using data when consent is withdrawn', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup);
    await recordScanConsent(worker, id);
    const detail = (await worker.get(`/api/v1/households/${id}`)).json();
    const consent = detail.consents.find((c: { purpose: string }) => c.purpose === 'kapitaalscan');
    const withdraw = () =>
      worker.post(`/api/v1/households/${id}/consents/${consent.id}/withdraw`, {
        withdrawnAt: '2026-11-24',
      });
    expect((await withdraw()).statusCode).toBe(200);
    expect((await worker.post(`/api/v1/households/${id}/scans`)).statusCode).toBe(409);
    expect((await withdraw()).json().code).toBe('consent_withdrawn');
  });

  it('erases a household on request, leaving only an access-log tombstone', async () => {
    const setup = await caseworkerTeam();
    const worker = setup.client;
    const { id } = await ownHousehold(setup, { reference: 'K-001' });
    await recordScanConsent(worker, id);
    await completedScan(worker, id, { economisch: 2 });
    await savePlan(worker, id);
    const wrong = await worker.post(`/api/v1/households/${id}/erase`, {
      confirmReference: 'K-002',
    });
    expect(wrong.json().errors[0].field).toBe('confirmReference');
    expect(
      (await worker.post(`/api/v1/households/${id}/erase`, { confirmReference: 'K-001' }))
        .statusCode,
    ).toBe(200);
    expect((await worker.get(`/api/v1/households/${id}`)).statusCode).toBe(404);
    const db = t.database.db;
    expect(await db.select().from(scans).where(eq(scans.householdId, id))).toEqual([]);
    expect(await db.select().from(plans).where(eq(plans.householdId, id))).toEqual([]);
    expect(await db.select().from(consents).where(eq(consents.householdId, id))).toEqual([]);
    expect(await db.select().from(entryVersions).where(eq(entryVersions.entityId, id))).toEqual([]);
    const tomb = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'household.erase')));
    expect(tomb).toHaveLength(1);
    expect(JSON.stringify(tomb[0]!.details)).not.toContain('Fam. K.');
  });

  it('erases closed households after the retention period, in a job inside the app', async () => {
    const { client: worker } = await caseworkerTeam();
    const old = (
      await worker.post('/api/v1/households', householdInput({ reference: 'K-OLD' }))
    ).json().id;
    const recent = (
      await worker.post('/api/v1/households', householdInput({ reference: 'K-NEW' }))
    ).json().id;
    await worker.post(`/api/v1/households/${old}/close`, {
      date: '2026-09-02',
      reason: 'doelen-bereikt',
    });
    await worker.post(`/api/v1/households/${recent}/close`, {
      date: '2026-11-01',
      reason: 'verhuisd',
    });
    const refs = async (query: string) =>
      ((await worker.get(`/api/v1/households${query}`)).json() as { reference: string }[]).map(
        (h) => h.reference,
      );
    expect(await refs('')).not.toContain('K-NEW');
    expect(await refs('?includeClosed=true')).toEqual(expect.arrayContaining(['K-OLD', 'K-NEW']));
    const early = await runRetention(t.database.db, new Date('2027-12-01T00:00:00Z'));
    expect(early.erased).not.toContain(old);
    const { erased } = await runRetention(t.database.db, new Date('2028-09-10T00:00:00Z'));
    expect(erased).toContain(old);
    expect(erased).not.toContain(recent);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'household.erase_after_retention'),
          inArray(auditLog.targetId, [old, recent]),
        ),
      );
    expect(logged.map((l) => l.targetId)).toEqual([old]);
  });
});
