import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, users } from '../../db/schema';
import { catalogueVersion } from '../../db/catalogue/catalogue.repository';
import {
  ADMIN,
  Client,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../../../test/harness';
import { buildTeam } from '../../../test/factories/organisations';
import { buildUser, signIn } from '../../../test/factories/users';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await setupInstallation(t.app);
});
afterAll(() => t.close());

const colleague = {
  name: 'Noor Hendriks',
  email: 'noor@wijkkracht.example',
  role: 'sociaal_werker',
  password: 'fietsbel-op-de-dijk-88',
};

/** The beheerder's own organisation, where the accounts they manage live. */
const ownOrganisation = async () =>
  (await admin.get('/api/v1/me')).json().organisation.id as string;

/** A sociaal werker in the beheerder's organisation, made directly in the database. */
const buildColleague = async (teamIds: string[] = []) =>
  buildUser(t, { organisationId: await ownOrganisation(), role: 'sociaal_werker', teamIds });

describe('accounts and teams', () => {
  it('creates a team and an account in that team', async () => {
    const team = await admin.post('/api/v1/teams', { name: 'Wijkteam Oost' });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().id;
    const dupe = await admin.post('/api/v1/teams', { name: 'Wijkteam Oost' });
    expect(dupe.statusCode).toBe(422);
    const res = await admin.post('/api/v1/users', { ...colleague, teamIds: [teamId] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      role: 'sociaal_werker',
      active: true,
      teams: [{ id: teamId, name: 'Wijkteam Oost' }],
    });
    const noor = new Client(t.app);
    expect((await noor.login(colleague.email, colleague.password)).statusCode).toBe(200);
    expect((await noor.get('/api/v1/me')).json().teams).toEqual([
      { id: teamId, name: 'Wijkteam Oost' },
    ]);
  });

  it('refuses a second account with the same e-mail address, whatever the case', async () => {
    const existing = await buildColleague();
    const res = await admin.post('/api/v1/users', {
      ...colleague,
      email: existing.email.toUpperCase(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'email', code: 'email_taken' });
  });

  it('changing a role ends that person’s sessions so the new rights apply at once', async () => {
    const person = await buildColleague();
    const client = await signIn(t, person);
    const res = await admin.patch(`/api/v1/users/${person.id}`, { role: 'teamleider' });
    expect(res.json().role).toBe('teamleider');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    await client.login(person.email, person.password);
    expect((await client.get('/api/v1/me')).json().role).toBe('teamleider');
  });

  it('changes only the teams of an account when only teams are sent', async () => {
    const person = await buildColleague();
    const teamId = await buildTeam(t, await ownOrganisation(), 'Wijkteam West');
    const res = await admin.patch(`/api/v1/users/${person.id}`, { teamIds: [teamId] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: person.name,
      role: 'sociaal_werker',
      teams: [{ id: teamId, name: 'Wijkteam West' }],
    });
  });

  it('deactivates instead of deleting: the person cannot log in, the history stays', async () => {
    const person = await buildColleague();
    const res = await admin.patch(`/api/v1/users/${person.id}`, { active: false });
    expect(res.json().active).toBe(false);
    const client = new Client(t.app);
    expect((await client.login(person.email, person.password)).statusCode).toBe(401);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toBeDefined();
    await admin.patch(`/api/v1/users/${person.id}`, { active: true });
    expect((await client.login(person.email, person.password)).statusCode).toBe(200);
    const log = (await admin.get(`/api/v1/audit?targetId=${person.id}`)).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['user.update', 'user.deactivate']),
    );
  });

  it('does not let a beheerder lock themselves out', async () => {
    const me = (await admin.get('/api/v1/me')).json();
    const res = await admin.patch(`/api/v1/users/${me.id}`, { active: false });
    expect(res.statusCode).toBe(409);
    const demote = await admin.patch(`/api/v1/users/${me.id}`, { role: 'sociaal_werker' });
    expect(demote.statusCode).toBe(409);
  });

  it('archives a team and keeps counting its members', async () => {
    const teamId = await buildTeam(t, await ownOrganisation());
    await buildColleague([teamId]);
    const res = await admin.patch(`/api/v1/teams/${teamId}`, { archived: true });
    expect(res.json()).toMatchObject({ archived: true, memberCount: 1 });
  });
});

describe('organisation settings', () => {
  it('updates name, gemeenten and settings, and validates each', async () => {
    const bad = await admin.patch('/api/v1/organisation', {
      gemeenten: [{ code: 'GM99', name: 'Nergens' }],
      settings: { freshnessMonths: 0 },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['gemeenten.0.code', 'settings.freshnessMonths']);
    const version = await catalogueVersion(t.database.db);
    const ok = await admin.patch('/api/v1/organisation', {
      name: 'Wijkkracht Oost en Noord',
      gemeenten: [
        { code: 'GM0202', name: 'Arnhem' },
        { code: 'GM0274', name: 'Renkum' },
      ],
      settings: { freshnessMonths: 6 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      name: 'Wijkkracht Oost en Noord',
      koepel: { name: 'Koepel Samen' },
      settings: { freshnessMonths: 6, retentionMonths: 24 },
    });
    expect(ok.json().gemeenten).toHaveLength(2);
    // Its offers are found by the new name: the search index is built anew.
    expect(await catalogueVersion(t.database.db)).toBe(version + 1);
  });
});

describe('access log', () => {
  it('records logins with the session they started, and filters by action and outcome', async () => {
    const wrong = new Client(t.app);
    await wrong.login(ADMIN.email, 'verkeerd-wachtwoord-1');
    const failures = (await admin.get('/api/v1/audit?action=auth.login&outcome=failure')).json();
    expect(failures.total).toBeGreaterThanOrEqual(1);
    expect(failures.items.every((e: { outcome: string }) => e.outcome === 'failure')).toBe(true);
    const logins = (await admin.get('/api/v1/audit?action=auth.login&outcome=success')).json();
    const adminLogin = logins.items.find(
      (e: { actor: { name: string } }) => e.actor.name === ADMIN.name,
    );
    expect(adminLogin.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('filters by date and pages through the results', async () => {
    // Three entries today at least: two refused logins besides the beheerder's own.
    for (let i = 0; i < 2; i++) await new Client(t.app).login(ADMIN.email, 'verkeerd-wachtwoord-1');
    const today = t.clock.now().toISOString().slice(0, 10);
    const page1 = (
      await admin.get(`/api/v1/audit?from=${today}&to=${today}&perPage=2&page=1`)
    ).json();
    const page2 = (
      await admin.get(`/api/v1/audit?from=${today}&to=${today}&perPage=2&page=2`)
    ).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[1].id).toBeGreaterThan(page2.items[0].id);
    const future = (await admin.get('/api/v1/audit?from=2099-01-01')).json();
    expect(future.total).toBe(0);
    const bad = await admin.get('/api/v1/audit?from=gisteren');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('querystring.from');
  });

  it('cannot be changed or deleted, not even by the application', async () => {
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.delete(auditLog)).rejects.toThrow();
    const [row] = await t.database.db.select().from(auditLog).limit(1);
    expect(row!.action).not.toBe('x');
  });
});
