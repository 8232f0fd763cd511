import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, households, referrals } from '../../db/schema';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { buildHousehold } from '../../../test/factories/households';
import {
  signIn,
  signedInCaseworker,
  signedInUser,
  type BuiltUser,
} from '../../../test/factories/users';

// Warme overdracht (ADR 1403) between two organisations in Arnhem, with a third in Zwolle that
// may never see anything.

let t: TestApp;
let wijkwerk: BuiltOrganisation;
let maatje: BuiltOrganisation;
let zwolle: BuiltOrganisation;
let sender: Client;
let receiver: Client;
let receiverId: string;
let people: [BuiltUser, BuiltUser];
let outsider: Client;
let household: string;
let consentId: string;
const DAY = 24 * 60 * 60 * 1000;

const plan = {
  goals: [
    {
      id: 'g1',
      capital: 'economisch',
      text: 'Rust in de post',
      steps: [
        { id: 's1', text: 'Brieven sorteren met de buurvrouw', who: 'Moeder', when: null },
        { id: 's2', text: 'Schulden op een rij zetten', who: 'Maatje', when: '2026-12-15' },
      ],
    },
    { id: 'g2', capital: 'mentaal', text: 'GEHEIM-slaapproblemen', steps: [] },
  ],
  referrals: [],
  actions: [],
  reviewDate: null,
  version: 0,
};

const send = (overrides: Record<string, unknown> = {}) =>
  sender.post(`/api/v1/households/${household}/referrals`, {
    teamId: maatje.teamIds[0],
    message: 'Moeder wil hulp bij het ordenen van de post en de schulden.',
    goals: [{ goalId: 'g1', stepIds: ['s2'] }],
    ...overrides,
  });

const act = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/v1/referrals/${id}/actions`, body);

async function current(client: Client, id: string) {
  const res = await client.get(`/api/v1/referrals/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  wijkwerk = await buildOrganisation(t, {
    name: 'Wijkwerk Arnhem',
    teams: ['Wijkteam Oost', 'Wijkteam West'],
  });
  maatje = await buildOrganisation(t, { name: 'Schuldhulpmaatje Arnhem', teams: ['Maatjes'] });
  zwolle = await buildOrganisation(t, {
    name: 'Welzijn Zwolle',
    gemeenten: [{ code: 'GM0193', name: 'Zwolle' }],
  });
  const worker = await signedInCaseworker(t, wijkwerk, 'Sanne');
  sender = worker.client;
  const maatjeWorker = await signedInCaseworker(t, maatje, 'Mo');
  receiver = maatjeWorker.client;
  receiverId = maatjeWorker.user.id;
  outsider = (await signedInCaseworker(t, zwolle)).client;
  people = [worker.user, maatjeWorker.user];
  household = (
    await buildHousehold(
      t,
      {
        organisationId: wijkwerk.id,
        teamId: wijkwerk.teamIds[0],
        professionalIds: [worker.user.id],
      },
      { reference: 'WW-77' },
    )
  ).id;
  expect((await sender.put(`/api/v1/households/${household}/plan`, plan)).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('sending a household to another team', () => {
  it('refuses without consent to share with partners, and writes nothing', async () => {
    const res = await send();
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('no_consent');
    expect(res.json().messages.nl).toMatch(/toestemming/);
    expect(await t.database.db.select().from(referrals)).toEqual([]);
  });

  it('offers the teams that serve the household’s gemeente, not its own team', async () => {
    const given = await sender.post(`/api/v1/households/${household}/consents`, {
      purpose: 'delen-met-partners',
      how: 'schriftelijk',
      givenAt: '2026-11-20',
    });
    expect(given.statusCode).toBe(201);
    consentId = given.json().id;
    const res = await sender.get(`/api/v1/households/${household}/referral-targets`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { teamName: string }) => i.teamName)).toEqual([
      'Maatjes',
      'Wijkteam West',
    ]);
  });

  it('refuses a team elsewhere, the own team, and a goal not in the plan', async () => {
    const elsewhere = await send({ teamId: zwolle.teamIds[0] });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0]).toMatchObject({ field: 'teamId', code: 'unknown_team' });
    const own = await send({ teamId: wijkwerk.teamIds[0] });
    expect(own.json().errors[0]).toMatchObject({ field: 'teamId', code: 'same_team' });
    const noGoal = await send({ goals: [{ goalId: 'g9', stepIds: [] }] });
    expect(noGoal.statusCode).toBe(422);
    expect(noGoal.json().errors[0].field).toBe('goals.0.goalId');
    expect(await t.database.db.select().from(referrals)).toEqual([]);
  });
});

describe('a referral from sending to completion', () => {
  let id: string;

  it('shows the receiving team only the message and the chosen plan parts', async () => {
    const res = await send();
    expect(res.statusCode).toBe(201);
    id = res.json().id;

    const incoming = (await receiver.get('/api/v1/referrals/incoming')).json();
    expect(incoming.items).toHaveLength(1);
    expect(incoming.items[0]).toMatchObject({
      id,
      status: 'verstuurd',
      household: null,
      from: { organisationName: 'Wijkwerk Arnhem', teamName: 'Wijkteam Oost' },
      answerDueOn: '2026-12-01',
    });
    const seen = await receiver.get(`/api/v1/referrals/${id}`);
    expect(seen.json()).toMatchObject({
      side: 'receiver',
      message: 'Moeder wil hulp bij het ordenen van de post en de schulden.',
      shared: [
        {
          capital: 'economisch',
          text: 'Rust in de post',
          steps: [
            { text: 'Schulden op een rij zetten', who: 'Maatje', when: '2026-12-15', done: false },
          ],
        },
      ],
      actions: ['accept', 'reject'],
    });
    // Nothing else of the household travels: not its reference, other goals or other steps.
    expect(seen.body).not.toMatch(/WW-77|Fam\. K\.|GEHEIM|Brieven sorteren|Presikhaaf|1990/);
  });

  it('writes every view by either side in the sending organisation’s access log', async () => {
    await current(sender, id);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'referral.read'), eq(auditLog.organisationId, wijkwerk.id)));
    expect(rows.map((r) => [r.targetId, r.details])).toEqual([
      [household, { referralId: id, side: 'receiver', actorOrganisationId: maatje.id }],
      [household, { referralId: id, side: 'sender', actorOrganisationId: wijkwerk.id }],
    ]);
  });

  it('hides the referral from other organisations and from other teams of the receiver', async () => {
    expect((await outsider.get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
    expect((await act(outsider, id, { action: 'accept', version: 1 })).statusCode).toBe(404);
    const otherTeam = await signedInUser(t, { organisationId: maatje.id, role: 'sociaal_werker' });
    expect((await otherTeam.client.get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/referrals/incoming')).json().items).toEqual([]);
  });

  it('refuses the other side’s actions (422), skipped steps and stale versions (409)', async () => {
    const byMe = await act(sender, id, { action: 'accept', version: 1, household: null });
    expect(byMe.statusCode).toBe(422);
    expect(byMe.json().errors[0]).toMatchObject({ field: 'action', code: 'wrong_side' });
    expect((await act(receiver, id, { action: 'withdraw', version: 1 })).statusCode).toBe(422);
    const early = await act(receiver, id, { action: 'start', version: 1 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('illegal_transition');
    const noReason = await act(receiver, id, { action: 'reject', version: 1, reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].field).toBe('reason');
    const stale = await act(receiver, id, { action: 'accept', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect((await current(sender, id)).status).toBe('verstuurd');
  });

  it('alerts the sender when no answer came within five working days', async () => {
    t.clock.advance(7 * DAY); // Tuesday 1 December: the last day to answer
    [sender, receiver] = await Promise.all([signIn(t, people[0]), signIn(t, people[1])]);
    expect((await sender.get('/api/v1/referrals/counts')).json().outgoingOverdue).toBe(0);
    t.clock.advance(DAY);
    // A week later everyone signs in again.
    [sender, receiver] = await Promise.all([signIn(t, people[0]), signIn(t, people[1])]);
    const outgoing = (await sender.get('/api/v1/referrals/outgoing')).json();
    expect(outgoing.overdueCount).toBe(1);
    expect(outgoing.items[0]).toMatchObject({
      id,
      overdue: true,
      household: { reference: 'WW-77' },
    });
    expect((await sender.get('/api/v1/referrals/counts')).json()).toEqual({
      incomingWaiting: 0,
      outgoingOverdue: 1,
    });
    expect((await receiver.get('/api/v1/referrals/counts')).json()).toEqual({
      incomingWaiting: 1,
      outgoingOverdue: 0,
    });
  });

  it('accepts with a household record of the receiver’s own, holding only the gemeente', async () => {
    const res = await act(receiver, id, {
      action: 'accept',
      version: 1,
      household: { reference: 'SM-2026-3', label: 'Mevr. R.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'geaccepteerd', actions: ['start'], version: 2 });
    const [opened] = await t.database.db
      .select()
      .from(households)
      .where(eq(households.organisationId, maatje.id));
    expect(opened).toMatchObject({
      teamId: maatje.teamIds[0],
      reference: 'SM-2026-3',
      label: 'Mevr. R.',
      data: { adults: [{}], children: [], gemeente: { code: 'GM0202', name: 'Arnhem' } },
    });
    expect(res.json().receivingHousehold).toEqual({ id: opened!.id, reference: 'SM-2026-3' });
    expect((await receiver.get(`/api/v1/households/${opened!.id}`)).statusCode).toBe(200);
    const senderView = await current(sender, id);
    expect(senderView).toMatchObject({ status: 'geaccepteerd', overdue: false });
    expect(senderView.receivingHousehold).toBeNull();
    expect(JSON.stringify(senderView)).not.toContain(receiverId);
  });

  it('closes the loop: the sender sees the start and the outcome', async () => {
    expect((await act(receiver, id, { action: 'start', version: 2 })).statusCode).toBe(200);
    const done = await act(receiver, id, {
      action: 'complete',
      version: 3,
      outcome: 'deels-bereikt',
      note: 'Post is op orde; schuldhulp loopt via de gemeente.',
    });
    expect(done.statusCode).toBe(200);
    const seen = await current(sender, id);
    expect(seen).toMatchObject({
      status: 'afgerond',
      outcome: 'deels-bereikt',
      outcomeNote: 'Post is op orde; schuldhulp loopt via de gemeente.',
      actions: [],
    });
    expect(seen.events.map((e: { status: string }) => e.status)).toEqual([
      'verstuurd',
      'geaccepteerd',
      'gestart',
      'afgerond',
    ]);
    expect((await act(sender, id, { action: 'withdraw', version: 4 })).statusCode).toBe(409);
  });

  it('is part of the household’s right of access: whom, when, every step and what was shared', async () => {
    const exported = (await sender.get(`/api/v1/households/${household}/export`)).json();
    expect(exported.referrals).toEqual([
      {
        direction: 'sent',
        sentOn: '2026-11-24',
        from: { organisationName: 'Wijkwerk Arnhem', teamName: 'Wijkteam Oost' },
        to: { organisationName: 'Schuldhulpmaatje Arnhem', teamName: 'Maatjes' },
        status: 'afgerond',
        history: [
          expect.objectContaining({ status: 'verstuurd', side: 'sender' }),
          expect.objectContaining({ status: 'geaccepteerd', side: 'receiver' }),
          expect.objectContaining({ status: 'gestart', side: 'receiver' }),
          expect.objectContaining({ status: 'afgerond', side: 'receiver' }),
        ],
        message: 'Moeder wil hulp bij het ordenen van de post en de schulden.',
        shared: [
          {
            capital: 'economisch',
            text: 'Rust in de post',
            steps: [
              {
                text: 'Schulden op een rij zetten',
                who: 'Maatje',
                when: '2026-12-15',
                done: false,
              },
            ],
          },
        ],
        rejectReason: null,
        outcome: 'deels-bereikt',
        outcomeNote: 'Post is op orde; schuldhulp loopt via de gemeente.',
        withdrawnBecause: null,
      },
    ]);
    const reads = exported.accessLog.filter(
      (l: { action: string }) => l.action === 'referral.read',
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('prints the referral in the household’s inzage PDF, in Dutch and in English', async () => {
    const nl = await pdfText(
      (await sender.get(`/api/v1/households/${household}/export/pdf`)).rawPayload,
    );
    expect(nl).toContain('Warme overdrachten');
    expect(nl).toContain('Doorgestuurd naar Maatjes (Schuldhulpmaatje Arnhem) op 24 november 2026');
    expect(nl).toContain('Hoe het nu staat: Afgerond');
    expect(nl).toContain('Verstuurd op 24 november 2026, door de verwijzer');
    expect(nl).toMatch(/Gestart op \d+ december 2026, door het ontvangende team/);
    expect(nl).toContain('Moeder wil hulp bij het ordenen van de post en de schulden.');
    expect(nl).toContain('Schulden op een rij zetten (wie: Maatje)');
    expect(nl).toContain('Wat het opleverde: Doel deels bereikt');
    expect(nl).toContain('Toelichting: Post is op orde; schuldhulp loopt via de gemeente.');
    // Only the chosen step travelled, so only that step is printed as shared.
    expect(nl).not.toContain('Brieven sorteren');
    const en = await pdfText(
      (await sender.get(`/api/v1/households/${household}/export/pdf?lang=en`)).rawPayload,
    );
    expect(en).toContain('Referred to Maatjes (Schuldhulpmaatje Arnhem) on 24 November 2026');
    expect(en).toContain('What it achieved: Goal partly reached');
  });

  it('is in the receiving record’s own inzage too, without the sending household', async () => {
    const [opened] = await t.database.db
      .select()
      .from(households)
      .where(eq(households.organisationId, maatje.id));
    const res = await receiver.get(`/api/v1/households/${opened!.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.json().referrals).toEqual([
      expect.objectContaining({
        direction: 'received',
        from: { organisationName: 'Wijkwerk Arnhem', teamName: 'Wijkteam Oost' },
        status: 'afgerond',
        shared: [expect.objectContaining({ text: 'Rust in de post' })],
      }),
    ]);
    expect(res.body).not.toMatch(/WW-77|Fam\. K\.|GEHEIM|Brieven sorteren/);
    const pdf = await pdfText(
      (await receiver.get(`/api/v1/households/${opened!.id}/export/pdf`)).rawPayload,
    );
    expect(pdf).toContain(
      'Bij ons gekomen via Wijkteam Oost (Wijkwerk Arnhem) op 24 november 2026',
    );
    expect(pdf).not.toMatch(/WW-77|GEHEIM/);
  });
});

describe('declining and withdrawing', () => {
  it('shows the sender the reason a team declined', async () => {
    const id = (await send({ teamId: wijkwerk.teamIds[1] })).json().id;
    const west = await signedInUser(t, {
      organisationId: wijkwerk.id,
      role: 'sociaal_werker',
      teamIds: [wijkwerk.teamIds[1]!],
    });
    const res = await act(west.client, id, {
      action: 'reject',
      version: 1,
      reason: 'Wij hebben tot februari geen plek.',
    });
    expect(res.statusCode).toBe(200);
    expect(await current(sender, id)).toMatchObject({
      status: 'afgewezen',
      rejectReason: 'Wij hebben tot februari geen plek.',
    });
  });

  it('erases what was shared when the sender withdraws; the receiver sees only that', async () => {
    const id = (await send()).json().id;
    expect((await act(sender, id, { action: 'withdraw', version: 1 })).statusCode).toBe(200);
    expect(await current(receiver, id)).toMatchObject({
      status: 'ingetrokken',
      withdrawnBecause: 'sender',
      message: null,
      shared: null,
      actions: [],
    });
  });

  it('withdraws running referrals when consent is withdrawn, and the receiver loses access', async () => {
    const id = (await send()).json().id;
    await act(receiver, id, { action: 'accept', version: 1 });
    const res = await sender.post(
      `/api/v1/households/${household}/consents/${consentId}/withdraw`,
      { withdrawnAt: '2026-12-02' },
    );
    expect(res.statusCode).toBe(200);
    expect((await receiver.get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
    const incoming = (await receiver.get('/api/v1/referrals/incoming')).json();
    expect(incoming.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const [stored] = await t.database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(stored).toMatchObject({
      status: 'ingetrokken',
      withdrawnBecause: 'consent',
      message: null,
      shared: null,
    });
    expect(await current(sender, id)).toMatchObject({ status: 'ingetrokken' });
    // The completed referral keeps its outcome; nothing can be sent any more.
    const completed = (await sender.get('/api/v1/referrals/outgoing')).json().items;
    expect(completed.map((i: { status: string }) => i.status)).toContain('afgerond');
    expect((await send()).json().code).toBe('no_consent');
  });
});

describe('erasing a household (ADR 1403: retention follows the household)', () => {
  let sending: string;
  let id: string;
  let opened: string;

  beforeAll(async () => {
    sending = (
      await buildHousehold(
        t,
        {
          organisationId: wijkwerk.id,
          teamId: wijkwerk.teamIds[0],
          professionalIds: [people[0].id],
        },
        { reference: 'WW-88' },
      )
    ).id;
    await sender.post(`/api/v1/households/${sending}/consents`, {
      purpose: 'delen-met-partners',
      how: 'mondeling',
      givenAt: '2026-11-30',
    });
    const sent = await sender.post(`/api/v1/households/${sending}/referrals`, {
      teamId: maatje.teamIds[0],
      message: 'Vader zoekt hulp bij de administratie.',
      goals: [],
    });
    expect(sent.statusCode).toBe(201);
    id = sent.json().id;
    const accepted = await act(receiver, id, {
      action: 'accept',
      version: 1,
      household: { reference: 'SM-2026-9', label: 'Dhr. B.' },
    });
    expect(accepted.statusCode).toBe(200);
    opened = accepted.json().receivingHousehold.id;
  });

  it('erasing the receiving record removes only its link; the referral stays for both sides', async () => {
    const res = await receiver.post(`/api/v1/households/${opened}/erase`, {
      confirmReference: 'SM-2026-9',
    });
    expect(res.statusCode).toBe(200);
    const [stored] = await t.database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(stored).toMatchObject({ status: 'geaccepteerd', receivingHouseholdId: null });
    expect(await current(receiver, id)).toMatchObject({
      status: 'geaccepteerd',
      receivingHousehold: null,
    });
    expect((await sender.get(`/api/v1/households/${sending}/export`)).json().referrals).toEqual([
      expect.objectContaining({ direction: 'sent', status: 'geaccepteerd' }),
    ]);
  });

  it('erasing the sending household removes its referrals on both sides', async () => {
    const res = await sender.post(`/api/v1/households/${sending}/erase`, {
      confirmReference: 'WW-88',
    });
    expect(res.statusCode).toBe(200);
    expect(
      await t.database.db.select().from(referrals).where(eq(referrals.householdId, sending)),
    ).toEqual([]);
    expect((await receiver.get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
    const incoming = (await receiver.get('/api/v1/referrals/incoming')).json();
    expect(incoming.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(JSON.stringify(incoming)).not.toContain('Vader zoekt hulp');
  });
});
