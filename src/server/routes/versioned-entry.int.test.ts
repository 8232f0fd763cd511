import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testContent, type Client, type TestApp } from '../../../test/harness';
import type { Role } from '../../contract/common';
import { organisationsWithPeople } from '../../../test/factories/people';

// The routes every versioned entry gets from one declaration (registerVersionedEntryRoutes):
// the same steps, history and access log for local offers, specialists and local items.

let t: TestApp;
let people: Awaited<ReturnType<typeof organisationsWithPeople<'own' | 'other'>>>;
const OWN = 'own'; // works in GM0202 Arnhem
const OTHER = 'other';
const as = (organisation: 'own' | 'other', role: Role) => people.as(organisation, role);

type Checked = { lastCheckedAt: string | null; lastCheckedBy: string | null };
const checkedOf = ({ lastCheckedAt, lastCheckedBy }: Checked) => ({ lastCheckedAt, lastCheckedBy });

beforeAll(async () => {
  t = await createTestApp();
  people = await organisationsWithPeople(t, {
    own: { name: 'Welzijn Oosterpark (test)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
    other: {
      name: 'Sociaal Werk Vechtdal (test)',
      gemeenten: [{ code: 'GM0193', name: 'Zwolle' }],
    },
  });
});
afterAll(() => t.close());

const kinds = [
  {
    subject: 'offer',
    path: '/api/v1/catalogue/offers',
    body: async () => ({
      interventionId: (await testContent()).interventions[2]!.id,
      gemeenten: ['GM0202'],
      howToRefer: 'Bel het buurthuis en vraag naar de coördinator.',
    }),
    /** Saves a change through the kind's own edit route; `fields` is what the form sends. */
    save: async (c: Client, id: string, fields: Record<string, unknown>) =>
      c.request('PATCH', `/api/v1/catalogue/offers/${id}`, fields),
    changed: { howToRefer: 'Mail de coördinator van het buurthuis.' },
    changedAgain: { costs: 'Gratis' },
    checked: async (c: Client, id: string) =>
      checkedOf((await c.get(`/api/v1/catalogue/offers/${id}`)).json<Checked>()),
    // Someone else's entry is not theirs to change: it answers as if it did not exist.
    strangerStatus: 404,
  },
  {
    subject: 'specialist',
    path: '/api/v1/specialists',
    body: async () => ({
      name: 'Joost Visser',
      function: 'Budgetcoach',
      topics: ['schuldhulp'],
      gemeenten: ['GM0202'],
      phone: '026 111 22 33',
    }),
    save: async (c: Client, id: string, fields: Record<string, unknown>) =>
      c.request('PATCH', `/api/v1/specialists/${id}`, fields),
    changed: { phone: '026 444 55 66' },
    changedAgain: { note: 'Alleen op dinsdag' },
    checked: async (c: Client, id: string) =>
      checkedOf(
        (await c.get('/api/v1/specialists?q=Joost'))
          .json<(Checked & { id: string })[]>()
          .find((s) => s.id === id)!,
      ),
    strangerStatus: 404,
  },
  {
    subject: 'intervention',
    path: '/api/v1/catalogue/interventions',
    body: async () => ({
      name: 'Repair café Presikhaaf',
      kind: 'project',
      summary: 'Samen spullen repareren in plaats van nieuw kopen.',
      description: 'Elke zaterdag.\n\nVrijwilligers helpen.',
      capitals: { primary: ['sociaal'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    }),
    // A local item is saved whole: the form sends every field again.
    save: async (c: Client, id: string, fields: Record<string, unknown>) =>
      c.request('PUT', `/api/v1/catalogue/interventions/${id}`, {
        ...(await kinds[2].body()),
        ...fields,
      }),
    changed: { summary: 'Samen kapotte spullen maken, elke zaterdag.' },
    changedAgain: { summary: 'Samen kapotte spullen maken.' },
    checked: async (c: Client, id: string) =>
      checkedOf((await c.get(`/api/v1/catalogue/interventions/${id}`)).json<Checked>()),
    // A local item is visible to everyone, so a stranger is told it is not theirs.
    strangerStatus: 403,
  },
] as const;

describe.each(kinds)('a versioned $subject', (kind) => {
  it('is checked, archived and restored by its editor; each step is a version and a logged action', async () => {
    const editor = await as(OWN, 'beleidsmedewerker');
    const created = await editor.post(kind.path, await kind.body());
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    for (const step of ['checked', 'archive', 'restore']) {
      expect((await editor.post(`${kind.path}/${id}/${step}`)).statusCode).toBe(200);
    }

    const history = (await editor.get(`${kind.path}/${id}/history`)).json<
      { version: number; action: string; changedBy: string }[]
    >();
    expect(history.map((v) => [v.version, v.action])).toEqual([
      [1, 'created'],
      [2, 'checked'],
      [3, 'archived'],
      [4, 'restored'],
    ]);
    expect(new Set(history.map((v) => v.changedBy))).toEqual(
      new Set([(await people.person('own', 'beleidsmedewerker')).name]),
    );

    const admin = await as(OWN, 'beheerder');
    const log = (await admin.get(`/api/v1/audit?targetId=${id}`)).json<{
      items: { action: string; targetType: string }[];
    }>();
    expect(log.items.map((e) => e.action).sort()).toEqual(
      ['archive', 'check', 'create', 'restore'].map((verb) => `${kind.subject}.${verb}`),
    );
    expect(new Set(log.items.map((e) => e.targetType))).toEqual(new Set([kind.subject]));
  });

  it('is "nagekeken" only when the person saving confirms it, by them', async () => {
    const editor = await as(OWN, 'beleidsmedewerker');
    const notChecked = { lastCheckedAt: null, lastCheckedBy: null };
    const created = await editor.post(kind.path, await kind.body());
    const id = created.json<{ id: string }>().id;
    expect(await kind.checked(editor, id)).toEqual(notChecked);

    expect((await kind.save(editor, id, kind.changed)).statusCode).toBe(200);
    expect(await kind.checked(editor, id)).toEqual(notChecked);

    const now = t.clock.now().toISOString();
    expect((await kind.save(editor, id, { ...kind.changed, checked: true })).statusCode).toBe(200);
    const byEditor = {
      lastCheckedAt: now,
      lastCheckedBy: (await people.person('own', 'beleidsmedewerker')).name,
    };
    expect(await kind.checked(editor, id)).toEqual(byEditor);

    // A colleague saves the same content without confirming: it stays checked by the editor.
    const colleague = await as(OWN, 'beheerder');
    expect((await kind.save(colleague, id, kind.changed)).statusCode).toBe(200);
    expect(await kind.checked(editor, id)).toEqual(byEditor);

    // …and new content without confirming: nobody has checked that yet.
    expect((await kind.save(colleague, id, kind.changedAgain)).statusCode).toBe(200);
    expect(await kind.checked(editor, id)).toEqual(notChecked);
  });

  it("refuses another organisation's editor a step, and leaves the entry as it was", async () => {
    const editor = await as(OWN, 'beleidsmedewerker');
    const id = (await editor.post(kind.path, await kind.body())).json<{ id: string }>().id;
    const stranger = await as(OTHER, 'beleidsmedewerker');
    expect((await stranger.post(`${kind.path}/${id}/archive`)).statusCode).toBe(
      kind.strangerStatus,
    );
    const history = (await editor.get(`${kind.path}/${id}/history`)).json<{ action: string }[]>();
    expect(history.map((v) => v.action)).toEqual(['created']);
  });

  it('refuses an unknown step, naming the field', async () => {
    const editor = await as(OWN, 'beleidsmedewerker');
    const id = (await editor.post(kind.path, await kind.body())).json<{ id: string }>().id;
    const res = await editor.post(`${kind.path}/${id}/delete`);
    expect(res.statusCode).toBe(422);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(['params.action']);
  });
});
