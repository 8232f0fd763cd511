import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learningCompletions } from '../../db/schema';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn, type BuiltUser } from '../../../test/factories/users';

// Leren: a professional answers a module's check questions and their completion is recorded
// (module, version, day, score; not the answers). Only they read it; the beheerder, the teamleider
// and colleagues get 404. A teamleider sees per team how many members completed a module, never who.

let t: TestApp;
let worker: BuiltUser;
let colleague: BuiltUser;
let otherTeamWorker: BuiltUser;
type Who = 'worker' | 'colleague' | 'teamleider' | 'beheerder' | 'otherTeam' | 'stranger';
let people: Record<Who, BuiltUser>;
let c: Record<Who, Client>;

/** Signs everyone in again: moving the clock by days ends their sessions. */
async function signInAll() {
  const entries = await Promise.all(
    Object.entries(people).map(async ([who, user]) => [who, await signIn(t, user)] as const),
  );
  c = Object.fromEntries(entries) as Record<Who, Client>;
}

// The right answers of content/learning/kapitalen.yaml, as its author wrote them.
const RIGHT = {
  'welke-bron': 'cultureel',
  'een-knop': 'andere-bronnen',
  compenseren: 'compenseren',
  signaleren: 'alle',
};
const ONE_WRONG = { ...RIGHT, 'een-knop': 'opgelost' };

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t, { teams: ['Team Noord', 'Team Zuid'] });
  const [noord, zuid] = org.teamIds as [string, string];
  const inOrg = { organisationId: org.id };
  worker = await buildUser(t, { ...inOrg, role: 'sociaal_werker', teamIds: [noord] });
  colleague = await buildUser(t, { ...inOrg, role: 'sociaal_werker', teamIds: [noord] });
  otherTeamWorker = await buildUser(t, { ...inOrg, role: 'sociaal_werker', teamIds: [zuid] });
  const teamleider = await buildUser(t, { ...inOrg, role: 'teamleider', teamIds: [noord] });
  const beheerder = await buildUser(t, { ...inOrg, role: 'beheerder' });
  const elsewhere = await buildOrganisation(t, { teams: ['Team Elders'] });
  const stranger = await buildUser(t, {
    organisationId: elsewhere.id,
    role: 'sociaal_werker',
    teamIds: elsewhere.teamIds,
  });
  people = {
    worker,
    colleague,
    teamleider,
    beheerder,
    otherTeam: otherTeamWorker,
    stranger,
  };
  await signInAll();
}, 60_000);
afterAll(() => t.close());

const complete = (client: Client, answers: Record<string, string>, version = 1) =>
  client.post('/api/v1/learning/modules/kapitalen/completions', { version, answers });

async function storedCompletions() {
  const [row] = await t.database.db.select({ n: count() }).from(learningCompletions);
  return row!.n;
}

describe('learning modules', () => {
  it('lists the five modules, none completed yet', async () => {
    const res = await c.worker.get('/api/v1/learning/modules');
    expect(res.statusCode).toBe(200);
    const { modules } = res.json<{ modules: { id: string; progress: unknown }[] }>();
    expect(modules.map((m) => m.id)).toEqual([
      'armoedetypen',
      'ervaringsdeskundigheid',
      'kapitalen',
      'schaarste-en-stress',
      'stress-sensitief-werken',
    ]);
    for (const m of modules)
      expect(m.progress).toEqual({ latest: null, bestCurrent: null, onCurrentVersion: false });
  });

  it('shows a module with its questions but not their answers, and names what it links to', async () => {
    const res = await c.worker.get('/api/v1/learning/modules/kapitalen');
    expect(res.statusCode).toBe(200);
    const module = res.json();
    expect(module.questions.map((q: { id: string }) => q.id)).toEqual(Object.keys(RIGHT));
    expect(res.body).not.toContain('"answer"');
    expect(res.body).not.toContain('"explanation"');
    expect(module.interventions).toContainEqual({ id: 'steunouders', name: 'Steunouders' });
    expect(module.cards[0]).toMatchObject({
      deckId: 'gezien-en-gehoord',
      deckTitle: { nl: 'Gezien en Gehoord' },
      card: { id: 'kapitaal-economisch' },
    });
  });

  it('an unknown module is a translated 404', async () => {
    const res = await c.worker.get('/api/v1/learning/modules/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.json().messages).toEqual({
      nl: 'Deze leermodule bestaat niet.',
      en: 'This learning module does not exist.',
    });
  });
});

describe('completing a module', () => {
  let completionId: string;

  it('grades the answers, explains each one and records the day and score', async () => {
    const res = await complete(c.worker, ONE_WRONG);
    expect(res.statusCode).toBe(201);
    const result = res.json();
    completionId = result.id;
    // The test clock stands at 2026-11-24 10:00 in Amsterdam.
    expect(result).toMatchObject({
      moduleId: 'kapitalen',
      moduleVersion: 1,
      completedOn: '2026-11-24',
      score: 3,
      questionCount: 4,
    });
    const wrong = result.results.find((r: { questionId: string }) => r.questionId === 'een-knop');
    expect(wrong).toMatchObject({ chosen: 'opgelost', answer: 'andere-bronnen', correct: false });
    expect(wrong.explanation.nl).toMatch(/^Meer inkomen helpt/);
    expect(wrong.explanation.en).toMatch(/^More income helps/);
  });

  it('shows the completion in the professional’s own progress and record', async () => {
    const list = (await c.worker.get('/api/v1/learning/modules')).json();
    const kapitalen = list.modules.find((m: { id: string }) => m.id === 'kapitalen');
    const done = { moduleVersion: 1, completedOn: '2026-11-24', score: 3, questionCount: 4 };
    expect(kapitalen.progress).toEqual({ latest: done, bestCurrent: done, onCurrentVersion: true });
    const own = await c.worker.get(`/api/v1/learning/completions/${completionId}`);
    expect(own.json()).toEqual({ id: completionId, moduleId: 'kapitalen', current: true, ...done });
  });

  it('keeps the best score on the current version and the latest completion', async () => {
    t.clock.advance(2 * 24 * 3600_000);
    await signInAll();
    expect((await complete(c.worker, RIGHT)).statusCode).toBe(201);
    t.clock.advance(24 * 3600_000);
    await signInAll();
    expect(
      (await complete(c.worker, { ...RIGHT, signaleren: 'geld', compenseren: 'niets' })).statusCode,
    ).toBe(201);
    const detail = (await c.worker.get('/api/v1/learning/modules/kapitalen')).json();
    expect(detail.progress.latest).toMatchObject({ completedOn: '2026-11-27', score: 2 });
    expect(detail.progress.bestCurrent).toMatchObject({ completedOn: '2026-11-26', score: 4 });
  });

  it('dates a completion after 23:00 UTC in winter on the next Dutch day', async () => {
    t.clock.current = new Date('2026-11-27T23:30:00Z');
    await signInAll();
    const res = await complete(c.colleague, RIGHT);
    expect(res.json().completedOn).toBe('2026-11-28');
  });

  it('refuses a question left open, an unknown option, an unknown question and a changed version, storing nothing', async () => {
    const before = await storedCompletions();
    const { signaleren: _left, ...open } = RIGHT;
    const cases: [Record<string, string>, number, string | undefined, number][] = [
      [open, 1, 'answers.signaleren', 422],
      [{ ...RIGHT, signaleren: 'misschien' }, 1, 'answers.signaleren', 422],
      [{ ...RIGHT, bestaat: 'alle' }, 1, 'answers.bestaat', 422],
      [RIGHT, 2, undefined, 409],
    ];
    for (const [answers, version, field, status] of cases) {
      const res = await complete(c.worker, answers, version);
      expect(res.statusCode, JSON.stringify(answers)).toBe(status);
      const problem = res.json();
      if (field) {
        expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([field]);
        expect(problem.errors[0].messages.en).toBeTruthy();
      } else expect(problem.messages.nl).toMatch(/^Deze leermodule is intussen aangepast/);
    }
    expect(await storedCompletions()).toBe(before);
  });
});

describe('who sees completions', () => {
  it('hides a completion from the beheerder, the teamleider, colleagues and other organisations: 404', async () => {
    const own = await complete(c.worker, RIGHT);
    const id = own.json().id;
    for (const other of [c.beheerder, c.teamleider, c.colleague, c.otherTeam, c.stranger]) {
      const res = await other.get(`/api/v1/learning/completions/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().messages.nl).toBe('Deze afronding bestaat niet.');
    }
  });

  it('shows nobody else the worker’s progress as their own', async () => {
    for (const other of [c.beheerder, c.teamleider, c.otherTeam, c.stranger]) {
      const { modules } = (await other.get('/api/v1/learning/modules')).json();
      expect(
        modules.every((m: { progress: { latest: unknown } }) => m.progress.latest === null),
      ).toBe(true);
    }
  });

  it('gives the teamleider team totals per module: how many, never who', async () => {
    await complete(c.otherTeam, RIGHT);
    await complete(c.stranger, RIGHT);
    const res = await c.teamleider.get('/api/v1/learning/team-totals');
    expect(res.statusCode).toBe(200);
    const { teams } = res.json();
    // Team Noord: the worker, the colleague and the teamleider; Team Zuid is not theirs.
    expect(teams.map((team: { teamName: string }) => team.teamName)).toEqual(['Team Noord']);
    expect(teams[0].members).toBe(3);
    const completed = Object.fromEntries(
      teams[0].modules.map((m: { moduleId: string; completed: number }) => [
        m.moduleId,
        m.completed,
      ]),
    );
    // The worker completed kapitalen four times and the colleague once: two members.
    expect(completed).toEqual({
      armoedetypen: 0,
      ervaringsdeskundigheid: 0,
      kapitalen: 2,
      'schaarste-en-stress': 0,
      'stress-sensitief-werken': 0,
    });
    for (const person of [worker, colleague, otherTeamWorker])
      for (const trace of [person.id, person.name, person.email])
        expect(res.body).not.toContain(trace);
  });

  it('refuses team totals to everyone but the teamleider', async () => {
    for (const other of [c.worker, c.beheerder])
      expect((await other.get('/api/v1/learning/team-totals')).statusCode).toBe(403);
  });
});
