import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Me } from '../contract/auth';
import { organisations, teams } from '../db/schema';
import { buildApp } from './app';
import {
  Client,
  createTestApp,
  testContent,
  testInstrument,
  type TestApp,
} from '../../test/harness';
import { buildOrganisation } from '../../test/factories/organisations';
import { buildUser, signedInUser, signIn, type BuiltUser } from '../../test/factories/users';

// Two app instances on one database, as behind a load balancer. Each caches sessions; a change
// made through one must reach the other without waiting for the cache to expire.
let t: TestApp;
let other: FastifyInstance;
let admin: Client;
let orgId: string;
let teamId: string;

beforeAll(async () => {
  t = await createTestApp();
  other = await secondInstance(t.database);
  const org = await buildOrganisation(t);
  orgId = org.id;
  teamId = org.teamIds[0]!;
  admin = (await signedInUser(t, { organisationId: orgId, role: 'beheerder' })).client;
});
afterAll(async () => {
  await other.close();
  await t.close();
});

/** Another app instance on the test database (or on a view of it). */
async function secondInstance(database: TestApp['database']): Promise<FastifyInstance> {
  const app = await buildApp({
    config: t.config,
    database,
    content: await testContent(),
    instrument: await testInstrument(),
    now: t.clock.now,
    webDist: null,
  });
  await app.ready();
  return app;
}

/** The same browser session, sent to the other instance. */
function onOtherInstance(client: Client) {
  const copy = new Client(other);
  copy.cookies = new Map(client.cookies);
  copy.csrf = client.csrf;
  return copy;
}

/** Asks until the answer changes, for at most a second (notifications travel asynchronously). */
async function statusWithin(client: Client, url: string, expected: number) {
  const deadline = Date.now() + 1_000;
  let status = (await client.get(url)).statusCode;
  while (status !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = (await client.get(url)).statusCode;
  }
  return status;
}

async function workerSignedInTwice(): Promise<{ user: BuiltUser; here: Client; there: Client }> {
  const { user, client: here } = await signedInUser(t, {
    organisationId: orgId,
    role: 'sociaal_werker',
  });
  const there = onOtherInstance(here);
  // Both instances have now read, and cached, the session.
  expect((await here.get('/api/v1/me')).statusCode).toBe(200);
  expect((await there.get('/api/v1/me')).statusCode).toBe(200);
  return { user, here, there };
}

describe('sessions cached by app instances', () => {
  it('end on every instance when the user signs out on one', async () => {
    const { here, there } = await workerSignedInTwice();
    expect((await here.post('/api/v1/logout')).statusCode).toBe(200);
    expect(await statusWithin(there, '/api/v1/me', 401)).toBe(401);
  });

  it('refuse a deactivated account at once on the instance that made the change', async () => {
    const { user, here } = await workerSignedInTwice();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await here.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('refuse a deactivated account on the other instance too', async () => {
    const { user, there } = await workerSignedInTwice();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect(await statusWithin(there, '/api/v1/me', 401)).toBe(401);
  });

  it('carry a change of teams to the other instance', async () => {
    const { user, there } = await workerSignedInTwice();
    const teamsOf = async () =>
      (await there.get('/api/v1/me')).json<{ teams: { id: string }[] }>().teams.map((x) => x.id);
    expect(await teamsOf()).toEqual([]);
    const update = await admin.patch(`/api/v1/users/${user.id}`, { teamIds: [teamId] });
    expect(update.statusCode).toBe(200);
    const deadline = Date.now() + 1_000;
    let teams = await teamsOf();
    while (teams.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      teams = await teamsOf();
    }
    expect(teams).toEqual([teamId]);
  });

  it('show a renamed team and organisation on every instance, also when renamed in SQL', async () => {
    const { user, here, there } = await workerSignedInTwice();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { teamIds: [teamId] })).statusCode).toBe(
      200,
    );
    const names = async (client: Client) => {
      const me = (await client.get('/api/v1/me')).json<Me>();
      return { organisation: me.organisation.name, teams: me.teams.map((x) => x.name) };
    };
    /** Asks until the names are the expected ones, for at most a second. */
    const namesWithin = async (client: Client, expected: Awaited<ReturnType<typeof names>>) => {
      const deadline = Date.now() + 1_000;
      let seen = await names(client);
      while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = await names(client);
      }
      return seen;
    };
    const before = await namesWithin(there, await names(here));
    expect(before.teams).toHaveLength(1);
    // Both instances now keep the names with the session.
    const db = t.database.db;
    await db.update(teams).set({ name: 'Team Hernoemd' }).where(eq(teams.id, teamId));
    await db
      .update(organisations)
      .set({ name: 'Welzijn Hernoemd' })
      .where(eq(organisations.id, orgId));
    const expected = { organisation: 'Welzijn Hernoemd', teams: ['Team Hernoemd'] };
    expect(await namesWithin(here, expected)).toEqual(expected);
    expect(await namesWithin(there, expected)).toEqual(expected);
  });

  it('end at once on the instance that ends them, before any notification arrives', async () => {
    // An instance that hears no notifications (they travel asynchronously on PostgreSQL) but
    // serves from its cache: only its own forgetting can refuse an ended session.
    const deaf = await secondInstance({
      ...t.database,
      listen: async () => ({ active: () => true, stop: async () => undefined }),
    });
    try {
      const user = await buildUser(t, { organisationId: orgId, role: 'sociaal_werker' });
      const browser = new Client(deaf);
      expect((await browser.login(user.email, user.password)).statusCode).toBe(200);
      const stolen = new Client(deaf);
      stolen.cookies = new Map(browser.cookies);
      expect((await stolen.get('/api/v1/me')).statusCode).toBe(200); // now cached
      // Logging in again ends the old session (rotation).
      expect((await browser.login(user.email, user.password)).statusCode).toBe(200);
      expect((await stolen.get('/api/v1/me')).statusCode).toBe(401);
      expect((await browser.get('/api/v1/me')).statusCode).toBe(200);
      // And logging out ends the new one.
      const copy = new Client(deaf);
      copy.cookies = new Map(browser.cookies);
      expect((await copy.get('/api/v1/me')).statusCode).toBe(200);
      expect((await browser.post('/api/v1/logout', {})).statusCode).toBe(200);
      expect((await copy.get('/api/v1/me')).statusCode).toBe(401);
    } finally {
      await deaf.close();
    }
  });

  it('still end after the idle time, also when only a cached copy was read', async () => {
    const { user } = await workerSignedInTwice();
    const client = await signIn(t, user);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(t.config.sessionIdleMs + 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});
