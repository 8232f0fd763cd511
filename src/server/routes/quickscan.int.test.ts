import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { quickscanResponses } from '../../db/schema';
import { createTestApp, testContent, type Client, type TestApp } from '../../../test/harness';
import {
  buildOrganisation,
  buildTeam,
  type BuiltOrganisation,
} from '../../../test/factories/organisations';
import { signIn, signedInUser, type BuiltUser } from '../../../test/factories/users';
import type { Role } from '../../contract/common';

// The professionals' quickscan (ADR 1504): a professional's answers and scores are private (the
// beheerder, the teamleider and a colleague get 404); a team and a wijk see figures only when five
// or more professionals answered that year; one scan per person per year, earlier years kept.

let t: TestApp;
let org: BuiltOrganisation;
let statementIds: { kennis: string[]; gesprek: string[]; samenwerking: string[] };
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t, { teams: ['Wijkteam Noord'] });
  const scan = (await testContent()).quickscans[0]!;
  const ids = (part: string) => scan.parts.find((p) => p.id === part)!.statements.map((s) => s.id);
  statementIds = {
    kennis: ids('kennis'),
    gesprek: ids('gesprek'),
    samenwerking: ids('samenwerking'),
  };
});
afterAll(() => t.close());

/** The same value for every statement of a part. */
function answers(values: { kennis: number; gesprek: number; samenwerking: number }) {
  return Object.fromEntries(
    (Object.keys(values) as (keyof typeof values)[]).flatMap((part) =>
      statementIds[part].map((id) => [id, values[part]]),
    ),
  );
}

async function person(role: Role, teamIds = org.teamIds.slice(0, 1)) {
  return signedInUser(t, { organisationId: org.id, role, teamIds });
}

async function rowCount() {
  const [row] = await t.database.db.select({ n: count() }).from(quickscanResponses);
  return row!.n;
}

describe('a professional’s own quickscan', () => {
  let worker: { user: BuiltUser; client: Client };
  let scanId: string;

  it('offers the three parts with their help: decks and learning modules', async () => {
    worker = await person('sociaal_werker');
    const res = await worker.client.get('/api/v1/quickscan/instrument');
    expect(res.statusCode).toBe(200);
    const parts = res.json().parts;
    expect(parts.map((p: { id: string }) => p.id)).toEqual(['kennis', 'gesprek', 'samenwerking']);
    const gesprek = parts[1];
    expect(gesprek.help.decks[0]).toEqual({
      id: 'gesprekstechnieken',
      title: { nl: 'Gesprekstechnieken', en: 'Conversation techniques' },
    });
    expect(gesprek.help.learning[0]).toEqual({
      id: 'stress-sensitief-werken',
      path: '/leren/stress-sensitief-werken',
    });
  });

  it('refuses a scan with open or unknown statements, naming each, and writes nothing', async () => {
    const before = await rowCount();
    const partial = answers({ kennis: 4, gesprek: 3, samenwerking: 2 });
    delete partial[statementIds.gesprek[0]!];
    const res = await worker.client.put('/api/v1/quickscan/mine', {
      answers: { ...partial, verzonnen: 3, [statementIds.kennis[0]!]: 9 },
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields.sort()).toEqual(
      [
        `answers.${statementIds.gesprek[0]}`,
        `answers.${statementIds.kennis[0]}`,
        'answers.verzonnen',
      ].sort(),
    );
    const open = res
      .json()
      .errors.find((e: { field: string }) => e.field.endsWith(statementIds.gesprek[0]!));
    expect(open.messages).toEqual({
      nl: 'Kies bij elke stelling een antwoord.',
      en: 'Choose an answer for every statement.',
    });
    expect(await rowCount()).toBe(before);
  });

  it('saves the scan of this year with its part scores; help is marked where a part is low', async () => {
    const res = await worker.client.put('/api/v1/quickscan/mine', {
      answers: answers({ kennis: 4, gesprek: 3, samenwerking: 2 }),
      wijk: '  Noord ',
    });
    expect(res.statusCode).toBe(200);
    scanId = res.json().id;
    expect(res.json()).toMatchObject({ year: 2026, wijk: 'Noord', teamId: org.teamIds[0] });
    // Help fits below 3.5: gesprek (3) and samenwerking (2), not kennis (4).
    expect(res.json().parts).toEqual([
      { partId: 'kennis', mean: 4, low: false },
      { partId: 'gesprek', mean: 3, low: true },
      { partId: 'samenwerking', mean: 2, low: true },
    ]);
    const mine = (await worker.client.get('/api/v1/quickscan/mine')).json();
    expect(mine.current.id).toBe(scanId);
    expect(mine.history).toEqual([]);
    expect(mine.growth).toBeNull();
  });

  it('is hidden from the beheerder, the teamleider and a colleague: 404, and not in their own view', async () => {
    const others = [
      await person('beheerder', []),
      await person('teamleider'),
      await person('sociaal_werker'),
    ];
    for (const other of others) {
      const res = await other.client.get(`/api/v1/quickscan/scans/${scanId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().messages.nl).toBe('Deze quickscan bestaat niet.');
      const theirs = (await other.client.get('/api/v1/quickscan/mine')).json();
      expect(theirs.current).toBeNull();
      expect(theirs.history).toEqual([]);
    }
    expect((await worker.client.get(`/api/v1/quickscan/scans/${scanId}`)).statusCode).toBe(200);
  });

  it('keeps one scan a year: saving again replaces it, a new year starts a new one and shows growth', async () => {
    const again = await worker.client.put('/api/v1/quickscan/mine', {
      answers: answers({ kennis: 4, gesprek: 2, samenwerking: 2 }),
      wijk: 'Noord',
    });
    expect(again.json().id).toBe(scanId);
    // 24 November 2026 + 40 days: 3 January 2027, signed in again.
    t.clock.advance(40 * DAY);
    worker = { user: worker.user, client: await signIn(t, worker.user) };
    const newYear = (await worker.client.get('/api/v1/quickscan/mine')).json();
    expect(newYear.year).toBe(2027);
    expect(newYear.current).toBeNull();
    expect(newYear.history.map((h: { year: number }) => h.year)).toEqual([2026]);
    const next = await worker.client.put('/api/v1/quickscan/mine', {
      answers: answers({ kennis: 5, gesprek: 4, samenwerking: 2 }),
      wijk: 'Noord',
    });
    expect(next.json().id).not.toBe(scanId);
    const mine = (await worker.client.get('/api/v1/quickscan/mine')).json();
    expect(mine.growth).toEqual({
      previousYear: 2026,
      parts: [
        { partId: 'kennis', current: 5, previous: 4, change: 1 },
        { partId: 'gesprek', current: 4, previous: 2, change: 2 },
        { partId: 'samenwerking', current: 2, previous: 2, change: 0 },
      ],
    });
    // Last year's scan is kept and still only its author's.
    expect((await worker.client.get(`/api/v1/quickscan/scans/${scanId}`)).json().year).toBe(2026);
  });

  afterAll(() => t.clock.advance(-40 * DAY));

  it('asks which team when you are in several, and refuses a team that is not yours', async () => {
    const second = await buildTeam(t, org.id, 'Jongerenwerk');
    const twoTeams = await person('sociaal_werker', [org.teamIds[0]!, second]);
    const body = { answers: answers({ kennis: 3, gesprek: 3, samenwerking: 3 }) };
    const unnamed = await twoTeams.client.put('/api/v1/quickscan/mine', body);
    expect(unnamed.statusCode).toBe(422);
    expect(unnamed.json().errors[0].field).toBe('teamId');
    const other = await buildOrganisation(t);
    const foreign = await twoTeams.client.put('/api/v1/quickscan/mine', {
      ...body,
      teamId: other.teamIds[0],
    });
    expect(foreign.json().errors[0].messages.nl).toBe('Kies een team waar je zelf in zit.');
    const named = await twoTeams.client.put('/api/v1/quickscan/mine', { ...body, teamId: second });
    expect(named.json().teamId).toBe(second);
  });
});

describe('team and wijk figures: only with five or more professionals', () => {
  let team: string;
  let leader: Client;
  let org2: BuiltOrganisation;

  beforeAll(async () => {
    org2 = await buildOrganisation(t, { teams: ['Team Zuid'] });
    team = org2.teamIds[0]!;
    leader = (
      await signedInUser(t, { organisationId: org2.id, role: 'teamleider', teamIds: [team] })
    ).client;
  });

  async function answeredBy(n: number, values: Parameters<typeof answers>[0], wijk: string) {
    for (let i = 0; i < n; i++) {
      const { client } = await signedInUser(t, {
        organisationId: org2.id,
        role: 'sociaal_werker',
        teamIds: [team],
      });
      const res = await client.put('/api/v1/quickscan/mine', { answers: answers(values), wijk });
      expect(res.statusCode).toBe(200);
    }
  }

  it('shows nothing of a team of four, and the figures once a fifth has answered', async () => {
    await answeredBy(4, { kennis: 2, gesprek: 4, samenwerking: 5 }, 'Zuid');
    const four = await leader.get(`/api/v1/quickscan/teams/${team}`);
    expect(four.statusCode).toBe(200);
    expect(four.json()).toMatchObject({ year: 2026, minimum: 5 });
    expect(four.json().result).toEqual({ shown: false, respondents: null, parts: [] });
    expect(JSON.stringify(four.json())).not.toMatch(/"mean"/);

    await answeredBy(1, { kennis: 4, gesprek: 4, samenwerking: 5 }, 'Zuid');
    const five = (await leader.get(`/api/v1/quickscan/teams/${team}`)).json();
    expect(five.result.shown).toBe(true);
    expect(five.result.respondents).toBe(5);
    // kennis (2 + 2 + 2 + 2 + 4) / 5 = 2.4, low; gesprek 4; samenwerking 5.
    expect(
      five.result.parts.map((p: { partId: string; mean: number; low: boolean }) => [
        p.partId,
        p.mean,
        p.low,
      ]),
    ).toEqual([
      ['kennis', 2.4, true],
      ['gesprek', 4, false],
      ['samenwerking', 5, false],
    ]);
    expect(five.previous).toEqual({
      year: 2025,
      result: { shown: false, respondents: null, parts: [] },
    });
  });

  it('shows a wijk of five and leaves out a wijk of four', async () => {
    await answeredBy(4, { kennis: 3, gesprek: 3, samenwerking: 3 }, 'Centrum');
    const res = await leader.get('/api/v1/quickscan/wijken?year=2026');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .wijken.map((w: { wijk: string; result: { respondents: number } }) => [
          w.wijk,
          w.result.respondents,
        ]),
    ).toEqual([['Zuid', 5]]);
    const policy = await signedInUser(t, { organisationId: org2.id, role: 'beleidsmedewerker' });
    await answeredBy(1, { kennis: 3, gesprek: 3, samenwerking: 3 }, ' centrum ');
    const wijken = (await policy.client.get('/api/v1/quickscan/wijken')).json().wijken;
    expect(
      wijken.map((w: { wijk: string; result: { respondents: number } }) => [
        w.wijk,
        w.result.respondents,
      ]),
    ).toEqual([
      ['Centrum', 5],
      ['Zuid', 5],
    ]);
  });

  it('refuses another team’s figures (404) and the team view to other roles (403)', async () => {
    const otherLeader = await signedInUser(t, {
      organisationId: org.id,
      role: 'teamleider',
      teamIds: org.teamIds.slice(0, 1),
    });
    expect((await otherLeader.client.get(`/api/v1/quickscan/teams/${team}`)).statusCode).toBe(404);
    const worker = await signedInUser(t, {
      organisationId: org2.id,
      role: 'sociaal_werker',
      teamIds: [team],
    });
    expect((await worker.client.get(`/api/v1/quickscan/teams/${team}`)).statusCode).toBe(403);
    expect((await worker.client.get('/api/v1/quickscan/wijken')).statusCode).toBe(403);
    // The other organisation's wijken hold none of this organisation's answers.
    const elsewhere = (await otherLeader.client.get('/api/v1/quickscan/wijken')).json().wijken;
    expect(elsewhere).toEqual([]);
  });
});
