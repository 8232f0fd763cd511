import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold } from '../../../test/factories/households';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { signedInCaseworker, signedInUser } from '../../../test/factories/users';
import {
  Client,
  createTestApp,
  type Client as TestClient,
  type TestApp,
} from '../../../test/harness';
import { auditLog, entryVersions } from '../../db/schema';

// /api/v1/life-events: the checklists for every signed-in user, and adding one to a household's
// plan with the household's consent, in the household's access log.

let t: TestApp;
let org: BuiltOrganisation;
let worker: TestClient;
let workerId: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t);
  const w = await signedInCaseworker(t, org);
  worker = w.client;
  workerId = w.user.id;
});
afterAll(() => t.close());

async function householdWithConsent(consent = true) {
  const h = await buildHousehold(t, {
    organisationId: org.id,
    teamId: org.teamIds[0]!,
    professionalIds: [workerId],
  });
  if (consent) {
    const res = await worker.post(`/api/v1/households/${h.id}/consents`, {
      purpose: 'registratie',
      how: 'mondeling',
      givenAt: '2026-09-01',
    });
    expect(res.statusCode).toBe(201);
  }
  return h.id;
}

describe('life-event checklists', () => {
  it('refuses a visitor who is not signed in', async () => {
    expect((await new Client(t.app).get('/api/v1/life-events')).statusCode).toBe(401);
  });

  it('lists the nine life events of the brief in the order of a life, titled from the vocabulary', async () => {
    const res = await worker.get('/api/v1/life-events');
    expect(res.statusCode).toBe(200);
    const events = res.json().lifeEvents as { id: string; title: { nl: string; en: string } }[];
    expect(events.map((e) => e.id)).toEqual([
      'geboorte',
      '18-worden',
      'uit-huis',
      'studeren',
      'samenwonen-trouwen',
      'scheiding',
      'baanverlies',
      'overlijden',
      'hoge-kosten',
    ]);
    expect(events.find((e) => e.id === 'scheiding')?.title).toEqual({
      nl: 'Scheiding',
      en: 'Separation or divorce',
    });
  });

  it('shows a checklist with its schemes, its wat-als and the catalogue items that help', async () => {
    const res = await worker.get('/api/v1/life-events/baanverlies');
    expect(res.statusCode).toBe(200);
    const event = res.json();
    expect(event.whatIf).toBe('income');
    expect(event.arrange[0].text.nl).toContain('WW');
    expect(event.schemes.map((s: { scheme: string }) => s.scheme)).toContain('zorgtoeslag');
    expect(event.interventions[0]).toMatchObject({ id: 'proactieve-financiele-ondersteuning' });
    expect(event.interventions[0].name).not.toBe('');
  });

  it('answers 404 in Dutch and English for a life event that does not exist', async () => {
    const res = await worker.get('/api/v1/life-events/loterij-winnen');
    expect(res.statusCode).toBe(404);
    expect(res.json().messages).toEqual({
      nl: 'Deze levensgebeurtenis staat niet in Wegwijs.',
      en: 'This life event is not in Wegwijs.',
    });
  });
});

describe('adding a checklist to a plan', () => {
  it('adds the steps and suggestions, saves a plan version and logs it for the household', async () => {
    const id = await householdWithConsent();
    const res = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'scheiding',
      version: 0,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.added).toEqual({ actions: 6, referrals: 4 });
    expect(body.plan.actions[0]).toMatchObject({ id: 'scheiding:ouderschapsplan', done: false });
    expect(body.plan.actions[2]).toMatchObject({ schemeId: 'huurtoeslag' });

    const plan = await worker.get(`/api/v1/households/${id}/plan`);
    expect(
      plan.json().plan.referrals.map((r: { interventionId: string }) => r.interventionId),
    ).toContain('relatie-en-scheidingspunt');
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'plan.add_life_event')));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ organisationId: org.id, outcome: 'success', details: {} });
    const versions = await t.database.db
      .select()
      .from(entryVersions)
      .where(eq(entryVersions.entityId, id));
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('adds nothing twice when the same checklist is added again', async () => {
    const id = await householdWithConsent();
    await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'geboorte',
      version: 0,
    });
    const again = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'geboorte',
      version: 1,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().added).toEqual({ actions: 0, referrals: 0 });
    expect(again.json().plan.actions).toHaveLength(6);
  });

  it('writes the steps in English when asked', async () => {
    const id = await householdWithConsent();
    const res = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'baanverlies',
      version: 0,
      language: 'en',
    });
    expect(res.json().plan.actions[0].text).toContain('unemployment benefit');
  });

  it('needs the household’s consent to register its details, and then stores nothing', async () => {
    const id = await householdWithConsent(false);
    const res = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'scheiding',
      version: 0,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('consent_missing');
    expect((await worker.get(`/api/v1/households/${id}/plan`)).json().version).toBe(0);
  });

  it('refuses a stale version instead of overwriting someone else’s save', async () => {
    const id = await householdWithConsent();
    await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'geboorte',
      version: 0,
    });
    const res = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'scheiding',
      version: 0,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'version', code: 'stale_plan' });
    const plan = (await worker.get(`/api/v1/households/${id}/plan`)).json();
    expect(plan.version).toBe(1);
    expect(plan.plan.actions.every((a: { id: string }) => a.id.startsWith('geboorte:'))).toBe(true);
  });

  it('names an unknown life event as a field error', async () => {
    const id = await householdWithConsent();
    const res = await worker.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'verhuizing',
      version: 0,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({
      field: 'lifeEventId',
      code: 'unknown_life_event',
    });
    expect(res.json().errors[0].messages.en).toBe('This life event is not in Wegwijs.');
  });

  it('hides a household of another organisation and logs the attempt as denied', async () => {
    const other = await buildOrganisation(t);
    const { user } = await signedInCaseworker(t, other);
    const foreign = await buildHousehold(t, {
      organisationId: other.id,
      teamId: other.teamIds[0]!,
      professionalIds: [user.id],
    });
    const res = await worker.post(`/api/v1/households/${foreign.id}/plan/life-events`, {
      lifeEventId: 'scheiding',
      version: 0,
    });
    expect(res.statusCode).toBe(404);
    const denied = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, foreign.id), eq(auditLog.outcome, 'denied')));
    expect(denied.map((d) => d.organisationId).sort()).toEqual([org.id, other.id].sort());
  });

  it('is not for a beheerder, who never sees household data', async () => {
    const id = await householdWithConsent();
    const { client } = await signedInUser(t, { organisationId: org.id, role: 'beheerder' });
    const res = await client.post(`/api/v1/households/${id}/plan/life-events`, {
      lifeEventId: 'scheiding',
      version: 0,
    });
    expect(res.statusCode).toBe(403);
  });
});
