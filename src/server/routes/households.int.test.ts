import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, consents, entryVersions, households, plans, scans } from '../../db/schema';
import type { Instrument } from '../../domain/assessment';
import { Client, createTestApp, testInstrument, type TestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf';
import { loadDemo, type DemoAccount } from '../demo';
import { runRetention } from '../households/retention';

let t: TestApp;
let accounts: DemoAccount[];
let instrument: Instrument;
const ORG_A = 'Welzijn Rivierstad (fictief)';
const ORG_B = 'Sociaal Werk IJsselkring (fictief)';

async function as(organisation: string, role: string) {
  const a = accounts.find((x) => x.organisation === organisation && x.role === role)!;
  const c = new Client(t.app);
  expect((await c.login(a.email, a.password)).statusCode).toBe(200);
  return c;
}

const household = (reference: string) => ({
  reference,
  label: 'Fam. K.',
  startDate: '2026-09-01',
  data: {
    adults: [{ birthYear: 1990 }],
    children: [
      { ref: 'oudste', birthYear: 2016 },
      { ref: 'jongste', birthYear: 2023 },
    ],
    gemeente: { code: 'GM0202', name: 'Arnhem' },
    wijk: 'Presikhaaf',
    languages: ['nl', 'ar'],
    lifeEvents: [{ id: 'scheiding', year: 2025 }],
  },
});

/** Answers for every household aspect: low economic and pedagogical capital, strong social capital. */
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

let worker: Client;
let id: string;

beforeAll(async () => {
  t = await createTestApp();
  accounts = (await loadDemo(t.database.db)).accounts;
  instrument = await testInstrument();
  worker = await as(ORG_A, 'sociaal_werker');
});
afterAll(() => t.close());

describe('households', () => {
  it('refuses bad input and a BSN, naming the field, and writes nothing', async () => {
    const bad = household('K-001');
    const res = await worker.post('/api/v1/households', {
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
    expect((await t.database.db.select({ n: count() }).from(households))[0]!.n).toBe(0);
  });

  it('registers a household for its professional and team, and logs the access', async () => {
    const res = await worker.post('/api/v1/households', household('K-001'));
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    const detail = (await worker.get(`/api/v1/households/${id}`)).json();
    expect(detail).toMatchObject({
      reference: 'K-001',
      professionals: [{ name: 'Sanne de Vries (demo)' }],
      team: { name: 'Wijkteam Noord' },
    });
    const dupe = await worker.post('/api/v1/households', household('K-001'));
    expect(dupe.json().errors[0].field).toBe('reference');
    const log = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'household.read')));
    expect(log).toHaveLength(1);
  });

  it('keeps work or school, living alone and statushouder when given, and drops them when left out', async () => {
    const base = household('K-002');
    const data = {
      ...base.data,
      adults: [{ birthYear: 2001, workStatus: 'geen-werk-of-school' }],
      children: [],
      livesAlone: true,
      statushouder: true,
    };
    const res = await worker.post('/api/v1/households', { ...base, data });
    expect(res.statusCode).toBe(201);
    const created = res.json().id as string;
    const detail = (await worker.get(`/api/v1/households/${created}`)).json();
    expect(detail.data).toMatchObject({
      adults: [{ birthYear: 2001, workStatus: 'geen-werk-of-school' }],
      livesAlone: true,
      statushouder: true,
    });
    const { livesAlone: _l, statushouder: _s, ...without } = data;
    expect(
      (await worker.patch(`/api/v1/households/${created}`, { data: without })).statusCode,
    ).toBe(200);
    const after = (await worker.get(`/api/v1/households/${created}`)).json();
    expect(after.data).not.toHaveProperty('livesAlone');
    expect(after.data).not.toHaveProperty('statushouder');
  });

  it('lists the colleagues who can work with households, in the own organisation only', async () => {
    const list = (await worker.get('/api/v1/colleagues')).json<{ name: string; role: string }[]>();
    expect(list.map((c) => c.role).sort()).toEqual(['sociaal_werker', 'teamleider']);
    expect(list.map((c) => c.name)).toEqual(['Mehmet Yilmaz (demo)', 'Sanne de Vries (demo)']);
  });

  it('is visible to the assigned professional, the team and its teamleider only', async () => {
    const admin = await as(ORG_A, 'beheerder');
    const created = await admin.post('/api/v1/users', {
      name: 'Ander Team',
      email: 'ander@rivierstad.example',
      role: 'sociaal_werker',
      password: 'zonnige-dag-bij-de-rivier-7',
    });
    expect(created.statusCode).toBe(201);
    const outsider = new Client(t.app);
    await outsider.login('ander@rivierstad.example', 'zonnige-dag-bij-de-rivier-7');
    expect((await outsider.get(`/api/v1/households/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/households')).json()).toEqual([]);
    expect((await (await as(ORG_A, 'teamleider')).get(`/api/v1/households/${id}`)).statusCode).toBe(
      200,
    );
    expect((await (await as(ORG_A, 'beheerder')).get(`/api/v1/households/${id}`)).statusCode).toBe(
      403,
    );
    expect(
      (await (await as(ORG_A, 'beleidsmedewerker')).get(`/api/v1/households/${id}`)).statusCode,
    ).toBe(403);
    expect(
      (await (await as(ORG_B, 'sociaal_werker')).get(`/api/v1/households/${id}`)).statusCode,
    ).toBe(404);
    expect(
      (await (await as(ORG_B, 'teamleider')).patch(`/api/v1/households/${id}`, { label: 'x' }))
        .statusCode,
    ).toBe(404);
    const denied = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });
});

describe('kapitaalscan', () => {
  let scanId: string;

  it('sends the instrument in Dutch and English, so the page shows the interface language', async () => {
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
    const res = await worker.post(`/api/v1/households/${id}/scans`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('consent_missing');
    expect(
      (
        await worker.post(`/api/v1/households/${id}/consents`, {
          purpose: 'kapitaalscan',
          how: 'mondeling',
          givenAt: '2026-11-24',
        })
      ).statusCode,
    ).toBe(201);
    const started = await worker.post(`/api/v1/households/${id}/scans`);
    expect(started.statusCode).toBe(201);
    scanId = started.json().id;
    expect(started.json().answers.children.map((c: { childRef: string }) => c.childRef)).toEqual([
      'oudste',
      'jongste',
    ]);
  });

  it('refuses scores out of range and unknown aspects, and keeps the saved answers', async () => {
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
    expect(
      (await worker.post(`/api/v1/households/${id}/scans/${scanId}/complete`)).statusCode,
    ).toBe(200);
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
    t.clock.advance(60_000);
    const second = (await worker.post(`/api/v1/households/${id}/scans`)).json();

    await worker.put(
      `/api/v1/households/${id}/scans/${second.id}`,
      answers({ economisch: 3, sociaal: 4, pedagogisch: 4 }),
    );
    await worker.post(`/api/v1/households/${id}/scans/${second.id}/complete`);
    const outcome = (await worker.get(`/api/v1/households/${id}/profile`)).json();
    const eco = outcome.change.capitals.find(
      (c: { capital: string }) => c.capital === 'economisch',
    );
    expect(eco).toMatchObject({ previous: 2, current: 3, direction: 'up' });
  });
});

describe('plan', () => {
  it('saves goals in the household’s own words with steps and referrals, refuses a stale version', async () => {
    const plan = {
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
    const detail = (await worker.get(`/api/v1/households/${id}`)).json();
    const consent = detail.consents.find((c: { purpose: string }) => c.purpose === 'kapitaalscan');
    expect(
      (
        await worker.post(`/api/v1/households/${id}/consents/${consent.id}/withdraw`, {
          withdrawnAt: '2026-11-24',
        })
      ).statusCode,
    ).toBe(200);
    expect((await worker.post(`/api/v1/households/${id}/scans`)).statusCode).toBe(409);
  });

  it('erases a household on request, leaving only an access-log tombstone', async () => {
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
    const old = (await worker.post('/api/v1/households', household('K-OLD'))).json().id;
    const recent = (await worker.post('/api/v1/households', household('K-NEW'))).json().id;
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
    expect(early.erased).toEqual([]);
    const { erased } = await runRetention(t.database.db, new Date('2028-09-10T00:00:00Z'));
    expect(erased).toEqual([old]);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'household.erase_after_retention'));
    expect(logged.map((l) => l.targetId)).toEqual([old]);
  });
});
