import type { FastifyInstance } from 'fastify';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamSessionAnswers, userTeams } from '../../db/schema';
import { buildApp } from '../app';
import type { Client } from '../../../test/harness';
import { createTestApp, testContent, testInstrument, type TestApp } from '../../../test/harness';
import { buildOrganisation, buildTeam } from '../../../test/factories/organisations';
import { signedInUser, signIn, type BuiltUser } from '../../../test/factories/users';

// A team looks at one case card together. Only members of the team who joined with the code see
// the session; answers stay hidden until the starter reveals them; closing deletes the answers.

let t: TestApp;
let teamId: string;
let starterUser: BuiltUser;
let memberUser: BuiltUser;
let starter: Client;
let member: Client;
let memberWithoutCode: Client;
let otherTeam: Client;
let otherOrganisation: Client;
let foreignUser: BuiltUser;
let foreignTeamId: string;

const DECK = 'gezien-en-gehoord';
const CASE = 'casus-noah';
const HOUR = 3_600_000;

async function teamMember(organisationId: string, teamIds: string[]) {
  return signedInUser(t, { organisationId, role: 'sociaal_werker', teamIds });
}

async function start(body: Record<string, unknown> = {}) {
  const res = await starter.post('/api/v1/team-sessions', {
    teamId,
    deckId: DECK,
    cardId: CASE,
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; code: string }>();
}

async function answersStored(sessionId: string) {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(teamSessionAnswers)
    .where(eq(teamSessionAnswers.sessionId, sessionId));
  return row!.n;
}

async function joinWith(client: Client, code: string) {
  return client.post('/api/v1/team-sessions/join', { code });
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t);
  teamId = org.teamIds[0]!;
  const secondTeam = await buildTeam(t, org.id);
  ({ user: starterUser, client: starter } = await teamMember(org.id, [teamId]));
  ({ user: memberUser, client: member } = await teamMember(org.id, [teamId]));
  memberWithoutCode = (await teamMember(org.id, [teamId])).client;
  otherTeam = (await teamMember(org.id, [secondTeam])).client;
  const foreign = await buildOrganisation(t);
  ({ user: foreignUser, client: otherOrganisation } = await teamMember(
    foreign.id,
    foreign.teamIds,
  ));
  foreignTeamId = foreign.teamIds[0]!;
});
afterAll(() => t.close());

describe('starting a team session', () => {
  it('gives a six-character code that names no easily confused characters', async () => {
    const { code } = await start();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });

  it('refuses a team the starter is not in, and a card that is not a case card, naming the field', async () => {
    const notMine = await otherTeam.post('/api/v1/team-sessions', {
      teamId,
      deckId: DECK,
      cardId: CASE,
    });
    expect(notMine.statusCode).toBe(422);
    expect(notMine.json().errors[0].field).toBe('teamId');
    const capitalCard = await starter.post('/api/v1/team-sessions', {
      teamId,
      deckId: DECK,
      cardId: 'kapitaal-economisch',
    });
    expect(capitalCard.statusCode).toBe(422);
    expect(capitalCard.json().errors[0]).toMatchObject({
      field: 'cardId',
      messages: {
        nl: 'Kies een casuskaart uit deze kaartenset.',
        en: 'Choose a case card from this deck.',
      },
    });
  });
});

describe('who can see and join a session', () => {
  it('is invisible to people outside the team, even with the right code', async () => {
    const { id, code } = await start();
    for (const outsider of [otherTeam, otherOrganisation]) {
      const joined = await joinWith(outsider, code);
      expect(joined.statusCode).toBe(422);
      expect(joined.json().errors[0].code).toBe('unknown_code');
      expect((await outsider.get(`/api/v1/team-sessions/${id}`)).statusCode).toBe(404);
      expect((await outsider.get(`/api/v1/team-sessions/${id}/events`)).statusCode).toBe(404);
      expect((await outsider.post(`/api/v1/team-sessions/${id}/reveal`)).statusCode).toBe(404);
    }
  });

  it('needs the code also for a team member, and accepts it typed loosely', async () => {
    const { id, code } = await start();
    expect((await memberWithoutCode.get(`/api/v1/team-sessions/${id}`)).statusCode).toBe(404);
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const joined = await joinWith(memberWithoutCode, typed);
    expect(joined.statusCode).toBe(200);
    expect(joined.json().id).toBe(id);
    expect((await memberWithoutCode.get(`/api/v1/team-sessions/${id}`)).statusCode).toBe(200);
  });

  it('says a code is wrong, in Dutch and English, and locks guessing after ten tries', async () => {
    const organisationId = (await starter.get('/api/v1/me')).json().organisation.id;
    const guesser = (await teamMember(organisationId, [teamId])).client;
    const wrong = await joinWith(guesser, 'ZZZZZZ');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toMatchObject({
      field: 'code',
      code: 'unknown_code',
      messages: {
        nl: expect.stringContaining('Deze code hoort niet'),
        en: expect.stringContaining('This code does not'),
      },
    });
    for (let i = 0; i < 9; i += 1) await joinWith(guesser, 'ZZZZZZ');
    const { code } = await start();
    const locked = await joinWith(guesser, code);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().messages.en).toBe(
      'You entered a wrong code too often. Try again in 15 minutes.',
    );
  });

  it('says a code has expired after an hour, while the session itself goes on', async () => {
    const { id, code } = await start();
    await joinWith(member, code);
    const before = t.clock.current;
    // An hour on, in steps the members stay signed in through.
    for (const client of [member, memberWithoutCode, member, memberWithoutCode, member]) {
      t.clock.advance(HOUR / 5);
      await client.get('/api/v1/me');
    }
    await memberWithoutCode.get('/api/v1/me');
    try {
      const late = await joinWith(memberWithoutCode, code);
      expect(late.statusCode).toBe(422);
      expect(late.json().errors[0]).toMatchObject({ field: 'code', code: 'code_expired' });
      const seen = (await member.get(`/api/v1/team-sessions/${id}`)).json();
      expect(seen.phase).toBe('answering');
      expect(seen.code).toBeNull();
    } finally {
      t.clock.current = before;
    }
  });
  it('is closed to a member taken off the team during the session', async () => {
    const { id, code } = await start();
    const organisationId = (await starter.get('/api/v1/me')).json().organisation.id;
    const { user, client } = await teamMember(organisationId, [teamId]);
    expect((await joinWith(client, code)).statusCode).toBe(200);
    await t.database.db
      .delete(userTeams)
      .where(and(eq(userTeams.userId, user.id), eq(userTeams.teamId, teamId)));
    expect((await client.get(`/api/v1/team-sessions/${id}`)).statusCode).toBe(404);
  });
});

describe('answers', () => {
  let id: string;

  beforeAll(async () => {
    const started = await start();
    id = started.id;
    await joinWith(member, started.code);
  });

  it('stay hidden from everyone but their writer until the starter reveals them', async () => {
    const saved = await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['economisch', 'cultureel'],
      reasoning: 'Het geld is op en de ouders kennen de regels van school niet.',
    });
    expect(saved.statusCode).toBe(200);
    const asStarter = (await starter.get(`/api/v1/team-sessions/${id}`)).json();
    expect(asStarter.answers).toBeNull();
    expect(asStarter.myAnswer).toBeNull();
    expect(asStarter.card.back).toBeNull();
    expect(asStarter.card.capitals).toBeNull();
    expect(JSON.stringify(asStarter)).not.toContain('regels van school');
    expect(asStarter.members.map((m: { answered: boolean }) => m.answered)).toEqual([false, true]);
    const asMember = (await member.get(`/api/v1/team-sessions/${id}`)).json();
    expect(asMember.myAnswer.capitals).toEqual(['economisch', 'cultureel']);
    expect(asMember.answers).toBeNull();
  });

  it('refuses a capital that does not exist, a number that looks like a BSN and an empty answer', async () => {
    const unknown = await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['geluk'],
      reasoning: '',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'capitals', code: 'unknown_capital' });
    const bsn = await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['sociaal'],
      reasoning: 'Haar nummer is 123456782.',
    });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0].field).toBe('reasoning');
    const empty = await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: [],
      reasoning: '  ',
    });
    expect(empty.json().errors[0]).toMatchObject({ field: 'capitals', code: 'empty_answer' });
  });

  it('are revealed by the starter only, together with the back of the card, without points by default', async () => {
    expect((await member.post(`/api/v1/team-sessions/${id}/reveal`)).statusCode).toBe(403);
    const revealed = await starter.post(`/api/v1/team-sessions/${id}/reveal`);
    expect(revealed.statusCode).toBe(200);
    const view = revealed.json();
    expect(view.phase).toBe('revealed');
    expect(view.answers).toHaveLength(1);
    expect(view.answers[0]).toMatchObject({ capitals: ['economisch', 'cultureel'], points: null });
    const deck = (await testContent()).decks.find((d) => d.id === DECK)!;
    const card = deck.cards.find((c) => c.id === CASE)!;
    expect(view.card.back).toEqual(card.back);
    expect(view.card.capitals).toEqual(card.capitals);
  });

  it('can no longer be changed once revealed', async () => {
    const late = await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['sociaal'],
      reasoning: '',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('answers_revealed');
  });

  it('are deleted when the starter closes the session; only the team note stays, to be found again', async () => {
    const closed = await starter.post(`/api/v1/team-sessions/${id}/close`, {
      teamNote: 'We vragen vaker naar school en taal.',
    });
    expect(closed.statusCode).toBe(200);
    expect(await answersStored(id)).toBe(0);
    const view = (await member.get(`/api/v1/team-sessions/${id}`)).json();
    expect(view).toMatchObject({ phase: 'closed', answers: null, myAnswer: null, code: null });
    expect(view.teamNote).toBe('We vragen vaker naar school en taal.');
    const listed = (await member.get('/api/v1/team-sessions')).json().sessions;
    expect(listed.find((x: { id: string }) => x.id === id)).toMatchObject({
      phase: 'closed',
      teamNote: 'We vragen vaker naar school en taal.',
    });
    const outsiders = (await otherTeam.get('/api/v1/team-sessions')).json().sessions;
    expect(outsiders.map((x: { id: string }) => x.id)).not.toContain(id);
  });
});

describe('points, when the team turns them on', () => {
  it('give one point for each capital the back of the card names too', async () => {
    const { id, code } = await start({ pointsEnabled: true });
    await joinWith(member, code);
    // casus-noah's back names the economic, pedagogical, social and mental capital.
    await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['economisch', 'sociaal', 'cultureel'],
      reasoning: '',
    });
    const view = (await starter.post(`/api/v1/team-sessions/${id}/reveal`)).json();
    expect(view.answers[0].points).toBe(2);
  });
});

describe('two app instances on one database', () => {
  let other: FastifyInstance;
  let otherUrl: string;

  beforeAll(async () => {
    other = await buildApp({
      config: t.config,
      database: t.database,
      content: await testContent(),
      instrument: await testInstrument(),
      now: t.clock.now,
      webDist: null,
    });
    otherUrl = await other.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => other.close());

  /** Opens the event stream on the other instance and resolves each event's name as it comes. */
  async function streamOnOther(client: Client, id: string) {
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const controller = new AbortController();
    const res = await fetch(`${otherUrl}/api/v1/team-sessions/${id}/events`, {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let buffered = '';
    const next = async (): Promise<string> => {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          if (name) return name;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffered += new TextDecoder().decode(value);
      }
    };
    return { next, stop: () => controller.abort() };
  }

  it('tell a member served by the other instance within a second that answers were revealed', async () => {
    const { id, code } = await start();
    await joinWith(member, code);
    const stream = await streamOnOther(member, id);
    try {
      expect(await stream.next()).toBe('ready');
      const sent = Date.now();
      await starter.post(`/api/v1/team-sessions/${id}/reveal`);
      const nothing = new Promise((resolve) => setTimeout(() => resolve('nothing in 1 s'), 1_000));
      expect(await Promise.race([stream.next(), nothing])).toBe('changed');
      expect(Date.now() - sent).toBeLessThan(1_000);
    } finally {
      stream.stop();
    }
  });
});

// Last: it moves the clock on by hours.
describe('a session nobody closes', () => {
  it('loses its answers once it has expired', async () => {
    const { id, code } = await start();
    await joinWith(member, code);
    await member.put(`/api/v1/team-sessions/${id}/answer`, {
      capitals: ['sociaal'],
      reasoning: '',
    });
    // Four hours on, everyone signs in again (their sign-ins have timed out too).
    t.clock.advance(4 * HOUR);
    const memberAgain = await signIn(t, memberUser);
    expect((await memberAgain.get(`/api/v1/team-sessions/${id}`)).json()).toMatchObject({
      phase: 'closed',
      myAnswer: null,
    });
    // A start in another organisation leaves this organisation's sessions alone.
    const foreigner = await signIn(t, foreignUser);
    const theirs = await foreigner.post('/api/v1/team-sessions', {
      teamId: foreignTeamId,
      deckId: DECK,
      cardId: CASE,
    });
    expect(theirs.statusCode).toBe(201);
    expect(await answersStored(id)).toBe(1);
    starter = await signIn(t, starterUser);
    await start(); // a start in the organisation closes what has expired there
    expect(await answersStored(id)).toBe(0);
  });
});
