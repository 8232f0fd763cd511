import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Aanbod, OfferDecisionDetail } from '../../contract/aanbod';
import type { Plan } from '../../contract/households';
import type { Capital, Instrument } from '../../domain/assessment';
import { createTestApp, testInstrument, type Client, type TestApp } from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn } from '../../../test/factories/users';

// Welzijn A in Arnhem: teamleider Tanja, beleidsmedewerker Bo, caseworker Sanne. Economic capital
// goes from 2 to 4 for 12 households whose plans used schuldhulpverlening, and from 2 to 3 for 3
// households whose plans used welzijn-op-recept (mentaal and sociaal stay at 2). Welzijn B uses
// noodfonds for 12 households of its own; its beleidsmedewerker Bas must never reach A's decisions.

let t: TestApp;
let instrument: Instrument;
let tanja: Client;
let bo: Client;
let sanne: Client;
let bas: Client;

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores);

const referral = (interventionId: string): Plan['referrals'][number] => ({
  id: `r-${interventionId}`,
  interventionId,
  offerId: null,
  status: 'gestart',
  stopReason: null,
  note: null,
});

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  const a = await buildOrganisation(t, { name: 'Welzijn A', teams: ['Noord'] });
  const b = await buildOrganisation(t, { name: 'Welzijn B', teams: ['Zuid'] });
  const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
  const scans = (economisch: number) => [
    { answers: answers({}), completedAt: '2026-02-01' },
    { answers: answers({ economisch }), completedAt: '2026-06-01' },
  ];
  const add = (n: number, input: Parameters<typeof buildHouseholdWithHistory>[1]) =>
    Promise.all(Array.from({ length: n }, () => buildHouseholdWithHistory(db, input)));
  const inA = { organisationId: a.id, teamId: a.teamIds[0]!, consents: reporting };
  await add(12, {
    ...inA,
    scans: scans(4),
    plan: { referrals: [referral('schuldhulpverlening')] },
  });
  await add(3, { ...inA, scans: scans(3), plan: { referrals: [referral('welzijn-op-recept')] } });
  await add(12, {
    organisationId: b.id,
    teamId: b.teamIds[0]!,
    consents: reporting,
    scans: scans(4),
    plan: { referrals: [referral('noodfonds')] },
  });
  const inTeam = { organisationId: a.id, teamId: a.teamIds[0]!, teamIds: a.teamIds };
  tanja = await signIn(t, await buildUser(t, { ...inTeam, role: 'teamleider', name: 'Tanja' }));
  sanne = await signIn(t, await buildUser(t, { ...inTeam, role: 'sociaal_werker', name: 'Sanne' }));
  bo = await signIn(
    t,
    await buildUser(t, { organisationId: a.id, role: 'beleidsmedewerker', name: 'Bo' }),
  );
  bas = await signIn(
    t,
    await buildUser(t, { organisationId: b.id, role: 'beleidsmedewerker', name: 'Bas' }),
  );
});
afterAll(() => t.close());

const capital = (aanbod: Aanbod, c: Capital) => aanbod.capitals.find((x) => x.capital === c)!;
const decide = (client: Client, body: Record<string, unknown>) =>
  client.post('/api/v1/aanbod/decisions', {
    scope: 'organisatie',
    capital: 'economisch',
    kind: 'intervention',
    subjectId: 'schuldhulpverlening',
    decision: 'versterken',
    reason: 'Veel vragen over schulden in Presikhaaf',
    ...body,
  });

describe('GET /api/v1/aanbod', () => {
  it('shows what the organisation uses per capital, with evidence and its local outcome', async () => {
    const res = await tanja.get('/api/v1/aanbod');
    expect(res.statusCode).toBe(200);
    const aanbod = res.json<Aanbod>();
    expect(aanbod.households.value).toBe(15);
    const [debt] = capital(aanbod, 'economisch').interventions;
    expect(debt?.interventionId).toBe('schuldhulpverlening');
    expect(debt?.use).toEqual({ offers: 0, inPlans: true, ownItem: false });
    expect(debt?.evidence).toEqual({
      level: 'praktijk-ervaren',
      label: { nl: 'In de praktijk ervaren', en: 'Experienced in practice' },
    });
    expect(debt?.outcome?.n.value).toBe(12);
    // All 12 improved: 'the same' and 'worse' (0) are hidden, and so is 'improved', which would
    // reveal them with n.
    expect(debt?.outcome?.improved.value).toBeNull();
    expect(debt?.outcome?.distribution?.median).toBe(2);
  });

  it('hides the outcome of an intervention fewer than 10 households used', async () => {
    const aanbod = (await bo.get('/api/v1/aanbod')).json<Aanbod>();
    const line = capital(aanbod, 'mentaal').interventions.find(
      (l) => l.interventionId === 'welzijn-op-recept',
    );
    expect(line?.outcome?.n).toEqual({ value: null, suppression: 'primary' });
    expect(line?.outcome?.distribution).toBeNull();
    expect(JSON.stringify(aanbod)).not.toMatch(/"value":3\b/);
  });

  it('does not list what another organisation uses, but offers it to add, with the policy options', async () => {
    const economisch = capital((await tanja.get('/api/v1/aanbod')).json<Aanbod>(), 'economisch');
    expect(economisch.interventions.map((l) => l.interventionId)).not.toContain('noodfonds');
    expect(economisch.candidates.map((c) => c.id)).toContain('noodfonds');
    expect(economisch.candidates.map((c) => c.id)).not.toContain('schuldhulpverlening');
    expect(economisch.policyOptions.map((p) => p.id)).toContain('lokaal-financieel-vangnet');
  });

  it('is not for caseworkers, and refuses a gemeente the organisation does not work in', async () => {
    expect((await sanne.get('/api/v1/aanbod')).statusCode).toBe(403);
    const res = await tanja.get('/api/v1/aanbod?scope=GM0363');
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('scope');
  });
});

describe('decisions about the offer', () => {
  let decision: OfferDecisionDetail;

  it('records a decision with its reason, who took it and when', async () => {
    const res = await decide(tanja, {});
    expect(res.statusCode).toBe(201);
    decision = res.json<OfferDecisionDetail>();
    expect(decision).toMatchObject({ decision: 'versterken', status: 'besloten', version: 1 });
    expect(decision.history).toEqual([
      expect.objectContaining({ version: 1, status: 'besloten', savedBy: 'Tanja' }),
    ]);
    const line = capital((await bo.get('/api/v1/aanbod')).json<Aanbod>(), 'economisch')
      .interventions[0];
    expect(line?.decision?.id).toBe(decision.id);
  });

  it('requires a reason and refuses to add what is already in use', async () => {
    const blank = await decide(tanja, {
      capital: 'mentaal',
      subjectId: 'welzijn-op-recept',
      reason: '   ',
    });
    expect(blank.statusCode).toBe(422);
    expect(JSON.stringify(blank.json())).toContain('"field":"reason"');
    const add = await decide(tanja, {
      capital: 'mentaal',
      subjectId: 'welzijn-op-recept',
      decision: 'toevoegen',
    });
    expect(add.statusCode).toBe(422);
    expect(add.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('decision');
  });

  it('has one decision per subject under a capital, also when two people decide at once', async () => {
    expect((await decide(bo, { decision: 'stoppen' })).statusCode).toBe(409);
    const body = {
      capital: 'sociaal',
      kind: 'policy',
      subjectId: 'kinder-jongerenraad',
      decision: 'toevoegen',
    };
    const both = await Promise.all([decide(bo, body), decide(tanja, body)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('tracks the status with dated history and refuses a stale save (409)', async () => {
    const save = (version: number, status: string) =>
      bo.put(`/api/v1/aanbod/decisions/${decision.id}`, {
        version,
        decision: 'versterken',
        reason: decision.reason,
        status,
        note: 'Extra schuldhulpmaatje per wijk',
      });
    const first = await save(1, 'in-uitvoering');
    expect(first.statusCode).toBe(200);
    const saved = first.json<OfferDecisionDetail>();
    expect(saved.version).toBe(2);
    expect(saved.history.map((h) => [h.version, h.status, h.savedBy])).toEqual([
      [2, 'in-uitvoering', 'Bo'],
      [1, 'besloten', 'Tanja'],
    ]);
    expect(saved.history[0]?.savedAt).toBe(t.clock.now().toISOString());
    const stale = await save(1, 'gedaan');
    expect(stale.statusCode).toBe(409);
    const after = (
      await tanja.get(`/api/v1/aanbod/decisions/${decision.id}`)
    ).json<OfferDecisionDetail>();
    expect([after.version, after.status]).toEqual([2, 'in-uitvoering']);
  });

  it('keeps decisions inside the organisation (404 for another one)', async () => {
    expect((await bas.get(`/api/v1/aanbod/decisions/${decision.id}`)).statusCode).toBe(404);
    const put = await bas.put(`/api/v1/aanbod/decisions/${decision.id}`, {
      version: 2,
      decision: 'stoppen',
      reason: 'Overgenomen',
      status: 'herzien',
    });
    expect(put.statusCode).toBe(404);
    const theirs = (await bas.get('/api/v1/aanbod')).json<Aanbod>();
    expect(capital(theirs, 'economisch').interventions.map((l) => l.decision)).toEqual([null]);
  });

  it('lets the gemeente side add a policy option; the teamleider reads it but may not decide there', async () => {
    const body = {
      scope: 'GM0202',
      kind: 'policy',
      subjectId: 'lokaal-financieel-vangnet',
      decision: 'toevoegen',
      reason: 'Afgesproken met de wethouder',
    };
    const refused = await decide(tanja, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('scope');
    expect((await decide(bo, body)).statusCode).toBe(201);
    const gemeente = (await tanja.get('/api/v1/aanbod?scope=GM0202')).json<Aanbod>();
    expect(gemeente.canDecide).toBe(false);
    const option = capital(gemeente, 'economisch').policyOptions.find(
      (p) => p.id === 'lokaal-financieel-vangnet',
    );
    expect(option?.decision?.decision).toBe('toevoegen');
    // The organisation's own view has no decision about it.
    const own = (await tanja.get('/api/v1/aanbod')).json<Aanbod>();
    expect(
      capital(own, 'economisch').policyOptions.find((p) => p.id === 'lokaal-financieel-vangnet')
        ?.decision,
    ).toBeNull();
  });

  it('refuses a policy option under a capital it is not listed under', async () => {
    const res = await decide(bo, {
      capital: 'cultureel',
      kind: 'policy',
      subjectId: 'lokaal-financieel-vangnet',
      decision: 'toevoegen',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('capital');
  });
});
