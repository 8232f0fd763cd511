import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testContent } from '../../../test/harness';
import type { Database } from '../client';
import { createOrganisation } from '../repositories/organisations.repository';
import { createUser } from '../repositories/users.repository';
import { localItemEntries, newLocalItem, type LocalItemData } from './local-items.repository';
import { offerEntries } from './offers.repository';
import { specialistEntries, type SpecialistData } from './specialists.repository';

// The one mechanism behind every checked, versioned entry, exercised through the three kinds
// that use it: each change is a new version with a full snapshot, checking is a person's explicit
// act (ADR 0205), and an archived entry belongs to its own organisation only.

let database: Database;
let drop: () => Promise<void>;
let ownOrg: string;
let otherOrg: string;
let editor: string;
let colleague: string;

const monday = new Date('2026-11-23T09:00:00Z');
const tuesday = new Date('2026-11-24T10:30:00Z');
const wednesday = new Date('2026-11-25T14:00:00Z');

const person: SpecialistData = {
  name: 'Fenna de Wit',
  function: 'Schuldhulpmaatje-coördinator',
  topics: ['schuldhulp'],
  gemeenten: ['GM0202'],
  phone: '026 123 45 67',
  email: null,
  note: null,
};

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  const { db } = database;
  const arnhem = [{ code: 'GM0202', name: 'Arnhem' }];
  ownOrg = await createOrganisation(db, {
    kind: 'werkorganisatie',
    name: 'Eigen',
    gemeenten: arnhem,
  });
  otherOrg = await createOrganisation(db, { kind: 'werkorganisatie', name: 'Ander' });
  const user = (name: string, email: string) =>
    createUser(db, {
      organisationId: ownOrg,
      name,
      email,
      role: 'beleidsmedewerker',
      passwordHash: 'x',
    });
  editor = await user('Eva Editor', 'eva@example.test');
  colleague = await user('Kees Collega', 'kees@example.test');
});
afterAll(() => drop());

/** A specialist of the own organisation, added and confirmed as checked by the editor on Monday. */
const addPerson = () =>
  specialistEntries.create(
    database.db,
    { organisationId: ownOrg, data: person },
    { userId: editor, now: monday },
    { checked: true },
  );

describe('a versioned entry', () => {
  it('keeps every change as a new version with who made it and a full snapshot', async () => {
    const { db } = database;
    const created = await addPerson();
    expect(created).toMatchObject({ version: 1, createdAt: monday, lastCheckedBy: editor });
    const changed = await specialistEntries.change(
      db,
      created.id,
      { data: { ...person, phone: '026 765 43 21' }, checked: true },
      { userId: editor, now: tuesday },
      'updated',
    );
    expect(changed).toMatchObject({ version: 2, lastCheckedAt: tuesday, updatedAt: tuesday });

    const history = await specialistEntries.history(db, created.id);
    expect(history.map((v) => [v.version, v.action, v.changedBy])).toEqual([
      [1, 'created', 'Eva Editor'],
      [2, 'updated', 'Eva Editor'],
    ]);
    expect(history[0]!.data).toMatchObject({ phone: '026 123 45 67', archived: false });
    expect(history[1]!.data).toMatchObject({
      phone: '026 765 43 21',
      lastCheckedAt: tuesday.toISOString(),
    });
  });

  it('is not checked when added or changed without a confirmation; the same content keeps it', async () => {
    const { db } = database;
    const unconfirmed = await specialistEntries.create(
      db,
      { organisationId: ownOrg, data: person },
      { userId: editor, now: monday },
    );
    expect(unconfirmed).toMatchObject({ lastCheckedAt: null, lastCheckedBy: null });

    const entry = await addPerson();
    // Saved again with the same content (keys in another order): still checked on Monday.
    const reordered = Object.fromEntries(Object.entries(person).reverse()) as SpecialistData;
    const same = await specialistEntries.change(
      db,
      entry.id,
      { data: reordered },
      { userId: colleague, now: tuesday },
      'updated',
    );
    expect(same).toMatchObject({ version: 2, lastCheckedAt: monday, lastCheckedBy: editor });
    // New content nobody confirmed: nobody has checked it.
    const changed = await specialistEntries.change(
      db,
      entry.id,
      { data: { ...person, note: 'Alleen op dinsdag' } },
      { userId: colleague, now: wednesday },
      'updated',
    );
    expect(changed).toMatchObject({ version: 3, lastCheckedAt: null, lastCheckedBy: null });
    const [, , last] = await specialistEntries.history(db, entry.id);
    expect(last!.data).toMatchObject({ note: 'Alleen op dinsdag', lastCheckedAt: null });
    // Archiving is not checking either.
    const archived = await specialistEntries.step(db, entry.id, 'archive', {
      userId: editor,
      now: wednesday,
    });
    expect(archived.lastCheckedAt).toBeNull();
  });

  it('records who checked it and when, without changing what it says', async () => {
    const { db } = database;
    const entry = await addPerson();
    const checked = await specialistEntries.step(db, entry.id, 'checked', {
      userId: colleague,
      now: wednesday,
    });
    expect(checked).toMatchObject({
      version: 2,
      data: person,
      lastCheckedAt: wednesday,
      lastCheckedBy: colleague,
      archivedAt: null,
    });
    const [, last] = await specialistEntries.history(db, entry.id);
    expect(last).toMatchObject({ action: 'checked', changedBy: 'Kees Collega' });
  });

  it('hides an archived entry, history included, from other organisations until it is restored', async () => {
    const { db } = database;
    const entry = await addPerson();
    const archived = await specialistEntries.step(db, entry.id, 'archive', {
      userId: editor,
      now: tuesday,
    });
    expect(archived.archivedAt).toEqual(tuesday);
    expect(await specialistEntries.readable(db, entry.id, otherOrg)).toBeNull();
    expect((await specialistEntries.readable(db, entry.id, ownOrg))?.id).toBe(entry.id);

    await specialistEntries.step(db, entry.id, 'restore', { userId: editor, now: wednesday });
    expect((await specialistEntries.readable(db, entry.id, otherOrg))?.archivedAt).toBeNull();
    const history = await specialistEntries.history(db, entry.id);
    expect(history.map((v) => [v.action, v.data.archived])).toEqual([
      ['created', false],
      ['archived', true],
      ['restored', false],
    ]);
  });

  it('lists the live entries of an organisation never checked or last checked before a date', async () => {
    const { db } = database;
    const cutoff = new Date('2026-11-23T12:00:00Z');
    const old = await addPerson();
    const neverChecked = await specialistEntries.create(
      db,
      { organisationId: ownOrg, data: person },
      { userId: editor, now: tuesday },
    );
    const archived = await addPerson();
    await specialistEntries.step(db, archived.id, 'archive', { userId: editor, now: monday });
    const checkedAgain = await addPerson();
    await specialistEntries.step(db, checkedAgain.id, 'checked', {
      userId: colleague,
      now: tuesday,
    });
    const elsewhere = await specialistEntries.create(
      db,
      { organisationId: otherOrg, data: person },
      { userId: editor, now: monday },
    );

    const due = await specialistEntries.checkedBefore(db, ownOrg, cutoff);
    const ids = due.map((d) => d.row.id);
    expect(ids).toContain(old.id);
    expect(ids).toContain(neverChecked.id);
    expect(ids).not.toContain(archived.id);
    expect(ids).not.toContain(checkedAgain.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(due.find((d) => d.row.id === old.id)?.checkedBy).toBe('Eva Editor');
  });

  it('answers nothing for an id that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await specialistEntries.readable(database.db, unknown, ownOrg)).toBeNull();
    expect(await specialistEntries.history(database.db, unknown)).toEqual([]);
  });
});

describe('what a kind adds to the mechanism', () => {
  it("keeps a local item's name column in step with its data", async () => {
    const { db } = database;
    const data: LocalItemData = {
      name: 'Buurtkamer',
      kind: 'project',
      summary: 'Een plek om binnen te lopen.',
      description: 'Koffie, een praatje en hulp bij post.',
      capitals: { primary: ['sociaal'], secondary: [] },
      workingElements: [],
      targetGroups: [],
      ageRange: null,
      phases: [],
      povertyTypes: [],
      lifeEvents: [],
      domains: [],
      evidence: { level: 'niet-onderzocht', source: 'Eigen organisatie', date: '2026' },
      providers: [],
      links: [],
      sources: [],
      lastReviewed: '2026-11-23',
    };
    const item = await localItemEntries.create(db, newLocalItem({ organisationId: ownOrg, data }), {
      userId: editor,
      now: monday,
    });
    const renamed = await localItemEntries.change(
      db,
      item.id,
      { data: { ...data, name: 'Buurtkamer West' } },
      { userId: editor, now: tuesday },
      'updated',
    );
    expect(renamed.name).toBe('Buurtkamer West');
  });

  it('stores the intervention an offer belongs to with each of its versions', async () => {
    const { db } = database;
    const interventionId = (await testContent()).interventions[1]!.id;
    const offer = await offerEntries.create(
      db,
      {
        organisationId: ownOrg,
        interventionId,
        data: {
          gemeenten: ['GM0202'],
          wijk: null,
          howToRefer: 'Bel ons.',
          costs: null,
          contact: null,
        },
      },
      { userId: editor, now: monday },
    );
    const [first] = await offerEntries.history(db, offer.id);
    expect(first!.data).toMatchObject({ interventionId, howToRefer: 'Bel ons.' });
  });
});
