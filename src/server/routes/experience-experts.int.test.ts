import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, experienceExpertInvitations, experienceExperts } from '../../db/schema';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { signedInUser } from '../../../test/factories/users';
import type { Role } from '../../contract/common';

// The register of experience experts (issue 13 item 5, ADR 1305): kept by the team leader and
// the beheerder, read by social workers, invisible outside the organisation. No consent, no
// entry; withdrawing consent erases the entry and its invitations, leaving an access-log row
// without personal data. A team leader or the starter invites an expert to a session or dialogue.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const entry = (overrides: Record<string, unknown> = {}) => ({
  name: 'Marieke',
  email: 'Marieke@Voorbeeld.example',
  phone: '06-12345678',
  roles: ['co_facilitator', 'client_panel'],
  agreements: 'Vergoeding per dagdeel; Anouk begeleidt haar.',
  availability: { days: ['tuesday', 'thursday'], dayParts: ['morning'], unavailableUntil: null },
  consent: { givenAt: '2026-11-20', how: 'schriftelijk' },
  ...overrides,
});

const storedExperts = async () =>
  (await t.database.db.select({ n: count() }).from(experienceExperts))[0]!.n;

/** An organisation with a person in each role, all in its first team where a team has them. */
async function organisationWithPeople() {
  const org = await buildOrganisation(t);
  const team = org.teamIds.slice(0, 1);
  const as = async (role: Role, teamIds: string[] = []) =>
    (await signedInUser(t, { organisationId: org.id, role, teamIds })).client;
  return {
    org,
    teamleider: await as('teamleider', team),
    worker: await as('sociaal_werker', team),
    colleague: await as('sociaal_werker', team),
    beheerder: await as('beheerder'),
    beleid: await as('beleidsmedewerker'),
    signaller: await as('vroegsignalering'),
  };
}

async function register(client: Client, overrides: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/experience-experts', entry(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function startSession(client: Client, org: BuiltOrganisation) {
  const res = await client.post('/api/v1/team-sessions', {
    teamId: org.teamIds[0],
    deckId: 'gezien-en-gehoord',
    cardId: 'casus-noah',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; code: string }>();
}

describe('the register of experience experts', () => {
  it('is kept by the team leader and the beheerder and read by social workers, with access-log rows', async () => {
    const p = await organisationWithPeople();
    const created = await p.teamleider.post('/api/v1/experience-experts', entry());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      name: 'Marieke',
      email: 'marieke@voorbeeld.example',
      phone: '06-12345678',
      consent: { givenAt: '2026-11-20', how: 'schriftelijk' },
    });
    await register(p.beheerder, { name: 'Henk', email: '', roles: ['co_reader'] });

    const list = (await p.worker.get('/api/v1/experience-experts')).json();
    expect(list.experts.map((e: { name: string }) => e.name)).toEqual(['Henk', 'Marieke']);
    const read = await p.worker.get(`/api/v1/experience-experts/${id}`);
    expect(read.json().agreements).toContain('Vergoeding');

    const changed = await p.beheerder.put(`/api/v1/experience-experts/${id}`, {
      ...entry(),
      consent: undefined,
      availability: { days: [], dayParts: ['evening'], unavailableUntil: '2027-02-01' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().availability.unavailableUntil).toBe('2027-02-01');

    for (const client of [p.worker, p.beleid, p.signaller]) {
      expect((await client.post('/api/v1/experience-experts', entry())).statusCode).toBe(403);
      expect((await client.delete(`/api/v1/experience-experts/${id}`)).statusCode).toBe(403);
    }
    for (const client of [p.beleid, p.signaller])
      expect((await client.get('/api/v1/experience-experts')).statusCode).toBe(403);

    const logged = await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(
        and(eq(auditLog.organisationId, p.org.id), eq(auditLog.targetType, 'experience_expert')),
      );
    expect(logged.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'experience_expert.create',
        'experience_expert.list',
        'experience_expert.read',
        'experience_expert.update',
      ]),
    );
    expect(JSON.stringify(logged)).not.toMatch(/Marieke|marieke|0612345678|06-12345678/);
  });

  it('does not exist for anyone of another organisation', async () => {
    const p = await organisationWithPeople();
    const id = await register(p.teamleider);
    const other = await organisationWithPeople();
    const before = await t.database.db
      .select()
      .from(experienceExperts)
      .where(eq(experienceExperts.id, id));
    for (const client of [other.teamleider, other.beheerder, other.worker]) {
      const seen = await client.get(`/api/v1/experience-experts/${id}`);
      expect(seen.statusCode).toBe(404);
      expect(seen.body).not.toContain('Marieke');
      const list = (await client.get('/api/v1/experience-experts')).json();
      expect(list.experts).toEqual([]);
    }
    for (const client of [other.teamleider, other.beheerder]) {
      expect(
        (await client.put(`/api/v1/experience-experts/${id}`, entry({ consent: undefined })))
          .statusCode,
      ).toBe(404);
      expect((await client.delete(`/api/v1/experience-experts/${id}`)).statusCode).toBe(404);
    }
    const session = await startSession(other.teamleider, other.org);
    const invited = await other.teamleider.post(`/api/v1/experience-experts/${id}/invitations`, {
      kind: 'team_session',
      targetId: session.id,
      role: 'co_facilitator',
    });
    expect(invited.statusCode).toBe(404);
    const after = await t.database.db
      .select()
      .from(experienceExperts)
      .where(eq(experienceExperts.id, id));
    expect(after).toEqual(before);
  });
});

describe('bad input', () => {
  const fieldsOf = (body: string) =>
    (JSON.parse(body) as { errors: { field: string; messages: { nl: string; en: string } }[] })
      .errors;

  it('refuses an entry without consent, naming the field, and stores nothing', async () => {
    const p = await organisationWithPeople();
    const before = await storedExperts();
    const res = await p.teamleider.post(
      '/api/v1/experience-experts',
      entry({ consent: undefined }),
    );
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res.body).map((e) => e.field)).toEqual(['consent']);
    const ahead = await p.teamleider.post(
      '/api/v1/experience-experts',
      entry({ consent: { givenAt: '2026-11-25', how: 'mondeling' } }),
    );
    expect(ahead.statusCode).toBe(422);
    const [error] = fieldsOf(ahead.body);
    expect(error!.field).toBe('consent.givenAt');
    expect(error!.messages.nl).toContain('toekomst');
    expect(error!.messages.en).toContain('future');
    expect(await storedExperts()).toBe(before);
  });

  it('wants a way to reach the person and a real phone number, in Dutch and English', async () => {
    const p = await organisationWithPeople();
    const before = await storedExperts();
    const unreachable = await p.teamleider.post(
      '/api/v1/experience-experts',
      entry({ email: '', phone: '' }),
    );
    expect(unreachable.statusCode).toBe(422);
    const [contact] = fieldsOf(unreachable.body);
    expect(contact!.field).toBe('email');
    expect(contact!.messages.nl).toContain('telefoonnummer');
    expect(contact!.messages.en).toContain('phone number');

    const wrong = await p.teamleider.post(
      '/api/v1/experience-experts',
      entry({ phone: 'bel me', email: 'geen-adres', roles: ['kok'], name: '' }),
    );
    expect(wrong.statusCode).toBe(422);
    const fields = fieldsOf(wrong.body);
    expect(fields.map((e) => e.field).sort()).toEqual(['email', 'name', 'phone', 'roles.0']);
    expect(fields.find((e) => e.field === 'phone')!.messages.nl).toContain('cijfers');
    expect(fields.find((e) => e.field === 'email')!.messages.en).toContain('email');
    const noRole = await p.teamleider.post('/api/v1/experience-experts', entry({ roles: [] }));
    expect(fieldsOf(noRole.body).map((e) => e.field)).toEqual(['roles']);
    expect(await storedExperts()).toBe(before);
  });
});

describe('withdrawing consent', () => {
  it('erases the entry and its invitations, leaving a log row without personal data', async () => {
    const p = await organisationWithPeople();
    const id = await register(p.teamleider);
    const keep = await register(p.teamleider, { name: 'Henk' });
    const session = await startSession(p.teamleider, p.org);
    for (const expertId of [id, keep])
      expect(
        (
          await p.teamleider.post(`/api/v1/experience-experts/${expertId}/invitations`, {
            kind: 'team_session',
            targetId: session.id,
            role: 'co_facilitator',
          })
        ).statusCode,
      ).toBe(201);

    const erased = await p.beheerder.delete(`/api/v1/experience-experts/${id}`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect((await p.teamleider.get(`/api/v1/experience-experts/${id}`)).statusCode).toBe(404);
    expect((await p.beheerder.delete(`/api/v1/experience-experts/${id}`)).statusCode).toBe(404);
    const db = t.database.db;
    expect(await db.select().from(experienceExperts).where(eq(experienceExperts.id, id))).toEqual(
      [],
    );
    expect(
      await db
        .select()
        .from(experienceExpertInvitations)
        .where(eq(experienceExpertInvitations.expertId, id)),
    ).toEqual([]);
    const shown = await p.teamleider.get(
      `/api/v1/experience-experts/invitations?kind=team_session&targetId=${session.id}`,
    );
    expect(
      shown.json().invitations.map((i: { expert: { name: string } }) => i.expert.name),
    ).toEqual(['Henk']);

    const [row] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'experience_expert.erase'), eq(auditLog.targetId, id)));
    expect(row!.details).toEqual({ invitationsErased: 1 });
    expect(JSON.stringify(row)).not.toMatch(/Marieke|marieke|06-12345678/);
  });
});

describe('inviting an experience expert', () => {
  it('records the invitation on the session with what the worker needs to reach the person', async () => {
    const p = await organisationWithPeople();
    const id = await register(p.teamleider);
    const session = await startSession(p.worker, p.org);
    const url = `/api/v1/experience-experts/${id}/invitations`;
    const body = { kind: 'team_session', targetId: session.id, role: 'co_facilitator' };

    // A colleague in the team who did not start the session may not invite.
    const refused = await p.colleague.post(url, body);
    expect(refused.statusCode).toBe(403);
    const invited = await p.teamleider.post(url, body);
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({
      role: 'co_facilitator',
      expert: { name: 'Marieke', email: 'marieke@voorbeeld.example', phone: '06-12345678' },
      target: { kind: 'team_session', id: session.id, code: session.code },
    });
    expect((await p.worker.post(url, body)).statusCode).toBe(409);

    const list = await p.colleague.get(
      `/api/v1/experience-experts/invitations?kind=team_session&targetId=${session.id}`,
    );
    expect(list.statusCode).toBe(200);
    expect(list.json().invitations).toHaveLength(1);
    expect(list.json().mayInvite).toBe(false);
    const forStarter = await p.worker.get(
      `/api/v1/experience-experts/invitations?kind=team_session&targetId=${session.id}`,
    );
    expect(forStarter.json().mayInvite).toBe(true);
    expect(list.json().invitations[0].target.until).toBe('2026-11-24T13:00:00.000Z');
  });

  it('lets the author of a case dialogue invite for a role the expert takes', async () => {
    const p = await organisationWithPeople();
    const id = await register(p.teamleider);
    const dialogue = await p.worker.post('/api/v1/case-dialogues', {
      teamId: p.org.teamIds[0],
      title: 'Schulden en schaamte',
      data: { caseDescription: 'Een gezin met schulden.', dilemma: 'Wat eerst?', perspectives: {} },
    });
    const targetId = dialogue.json().id;
    const url = `/api/v1/experience-experts/${id}/invitations`;
    const wrongRole = await p.worker.post(url, {
      kind: 'case_dialogue',
      targetId,
      role: 'co_reader',
    });
    expect(wrongRole.statusCode).toBe(422);
    expect(wrongRole.json().errors[0].field).toBe('role');
    const ok = await p.worker.post(url, { kind: 'case_dialogue', targetId, role: 'client_panel' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().target).toMatchObject({
      title: 'Schulden en schaamte',
      code: null,
      until: null,
    });
    // The wrong kind for the id: no such team session.
    const mixed = await p.worker.post(url, {
      kind: 'team_session',
      targetId,
      role: 'client_panel',
    });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().errors[0].field).toBe('targetId');
  });

  it('refuses an expert who is not available yet, and a session outside the teams', async () => {
    const p = await organisationWithPeople();
    const paused = await register(p.teamleider, {
      availability: { days: [], dayParts: [], unavailableUntil: '2026-12-01' },
    });
    const session = await startSession(p.teamleider, p.org);
    const body = { kind: 'team_session', targetId: session.id, role: 'co_facilitator' };
    const res = await p.teamleider.post(`/api/v1/experience-experts/${paused}/invitations`, body);
    expect(res.statusCode).toBe(409);
    expect(res.json().messages.nl).toContain('2026-12-01');
    // Available again from the day the pause ends (today on the test clock).
    const back = await register(p.teamleider, {
      name: 'Henk',
      availability: { days: [], dayParts: [], unavailableUntil: '2026-11-24' },
    });
    const fine = await p.teamleider.post(`/api/v1/experience-experts/${back}/invitations`, body);
    expect(fine.statusCode, fine.body).toBe(201);

    const other = await organisationWithPeople();
    const theirs = await startSession(other.teamleider, other.org);
    const outside = await p.teamleider.post(`/api/v1/experience-experts/${back}/invitations`, {
      ...body,
      targetId: theirs.id,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0].field).toBe('targetId');
    const peek = await other.teamleider.get(
      `/api/v1/experience-experts/invitations?kind=team_session&targetId=${session.id}`,
    );
    expect(peek.statusCode).toBe(404);
    expect(peek.body).not.toContain('Marieke');
  });
});
