import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { reflectionEntries } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../test/harness';
import { organisationsWithPeople } from '../../../test/factories/people';
import { signedInCaseworker } from '../../../test/factories/users';

// The reflection log is private: only its author reads it. The beheerder, the teamleider and a
// colleague in the same organisation get 404, as if the entry did not exist.

let t: TestApp;
let people: Awaited<ReturnType<typeof organisationsWithPeople<'own'>>>;
const as = (role: 'sociaal_werker' | 'teamleider' | 'beheerder') => people.as('own', role);

beforeAll(async () => {
  t = await createTestApp();
  people = await organisationsWithPeople(t, {
    own: { name: 'Welzijn Oosterpark (test)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
  });
});
afterAll(() => t.close());

const before = {
  deckId: 'gezien-en-gehoord',
  moment: 'voor',
  answers: {
    'reflectie-afstand': 'Armoede voelt ver weg; ik ken het vooral uit mijn werk.',
    'reflectie-eerste-beeld': 'Een lege koelkast.',
    'reflectie-geleerd': '',
  },
};

describe('reflection log', () => {
  let entryId: string;

  it('saves the author’s answers, leaving out empty ones', async () => {
    const worker = await as('sociaal_werker');
    const res = await worker.post('/api/v1/reflections', before);
    expect(res.statusCode).toBe(201);
    entryId = res.json().id;
    const entry = (await worker.get(`/api/v1/reflections/${entryId}`)).json();
    expect(entry.moment).toBe('voor');
    expect(entry.deckVersion).toBe(1);
    expect(Object.keys(entry.answers).sort()).toEqual([
      'reflectie-afstand',
      'reflectie-eerste-beeld',
    ]);
  });

  it('is hidden from the beheerder, the teamleider and a colleague: 404, and not in their list', async () => {
    // Another worker in the same team as the author.
    const { client: colleague } = await signedInCaseworker(t, people.organisations.own);
    for (const other of [await as('beheerder'), await as('teamleider'), colleague]) {
      const res = await other.get(`/api/v1/reflections/${entryId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().messages.nl).toBe('Deze reflectie bestaat niet.');
      expect((await other.get('/api/v1/reflections')).json().entries).toEqual([]);
      const compared = (
        await other.get('/api/v1/reflections/comparison?deckId=gezien-en-gehoord')
      ).json();
      expect(compared.cards.every((c: { before: unknown }) => c.before === null)).toBe(true);
    }
  });

  it('compares the first answer before with the latest answer after, per reflection card', async () => {
    // A month later (after a training), signed in again.
    t.clock.advance(30 * 24 * 60 * 60 * 1000);
    const worker = await as('sociaal_werker');
    const after = await worker.post('/api/v1/reflections', {
      deckId: 'gezien-en-gehoord',
      moment: 'na',
      answers: {
        'reflectie-afstand': 'Dichterbij dan ik dacht: een buurvrouw vertelde over haar schulden.',
      },
    });
    expect(after.statusCode).toBe(201);
    const list = (await worker.get('/api/v1/reflections')).json().entries;
    expect(list.map((e: { moment: string; answered: number }) => [e.moment, e.answered])).toEqual([
      ['voor', 2],
      ['na', 1],
    ]);
    const compared = (
      await worker.get('/api/v1/reflections/comparison?deckId=gezien-en-gehoord')
    ).json();
    expect(compared.cards).toHaveLength(8);
    const afstand = compared.cards.find(
      (c: { cardId: string }) => c.cardId === 'reflectie-afstand',
    );
    expect(afstand.question.nl).toBe(
      'Hoe dichtbij of ver weg is armoede in je eigen leven en in je eigen kring?',
    );
    expect(afstand.before.answer).toBe('Armoede voelt ver weg; ik ken het vooral uit mijn werk.');
    expect(afstand.after.answer).toMatch(/^Dichterbij dan ik dacht/);
    const beeld = compared.cards.find(
      (c: { cardId: string }) => c.cardId === 'reflectie-eerste-beeld',
    );
    expect(beeld.after).toBeNull();
  });

  it('refuses bad input with a translated field error and writes nothing', async () => {
    const worker = await as('sociaal_werker');
    const [rowsBefore] = await t.database.db.select({ n: count() }).from(reflectionEntries);
    const cases: [unknown, string][] = [
      [{ ...before, answers: { 'casus-noah': 'Geen reflectiekaart.' } }, 'answers.casus-noah'],
      [{ ...before, answers: { 'reflectie-afstand': '   ' } }, 'answers'],
      [{ ...before, deckId: 'kaartenset-schulden' }, 'deckId'],
      [{ ...before, moment: 'tijdens' }, 'moment'],
      [
        { ...before, answers: { 'reflectie-afstand': 'x'.repeat(2001) } },
        'answers.reflectie-afstand',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await worker.post('/api/v1/reflections', body as Record<string, unknown>);
      expect(res.statusCode, field).toBe(422);
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      expect(fields, JSON.stringify(res.json())).toContain(field);
      expect(res.json().errors[0].messages.en.length).toBeGreaterThan(0);
    }
    const [rowsAfter] = await t.database.db.select({ n: count() }).from(reflectionEntries);
    expect(rowsAfter!.n).toBe(rowsBefore!.n);
  });
});
