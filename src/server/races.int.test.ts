import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import { buildHousehold } from '../../test/factories/households';
import { buildOrganisation, type BuiltOrganisation } from '../../test/factories/organisations';
import { buildUser, signedInCaseworker } from '../../test/factories/users';

let t: TestApp;
let organisation: BuiltOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  organisation = await buildOrganisation(t);
});
afterAll(() => t.close());

describe('simultaneous requests', () => {
  it('nine simultaneous wrong passwords lock the account', async () => {
    const target = await buildUser(t, { organisationId: organisation.id, role: 'teamleider' });
    const clients = Array.from({ length: 9 }, () => new Client(t.app));
    await Promise.all(clients.map((c) => c.refresh()));
    const answers = await Promise.all(
      clients.map((c) =>
        c.post('/api/v1/login', { email: target.email, password: 'fout-wachtwoord-123' }),
      ),
    );
    expect(answers.map((a) => a.statusCode).every((s) => s === 401 || s === 423)).toBe(true);
    const [row] = await t.database.db.select().from(users).where(eq(users.email, target.email));
    expect(row!.lockedUntil?.getTime() ?? 0).toBeGreaterThan(t.clock.now().getTime());
    // With the right password the account still answers 'locked'.
    const right = await new Client(t.app).login(target.email, target.password);
    expect(right.statusCode).toBe(423);
  });

  it('two simultaneous saves of the same plan version: one wins, the other is told, no 500', async () => {
    const { user, client: c } = await signedInCaseworker(t, organisation);
    const household = await buildHousehold(t, {
      organisationId: organisation.id,
      teamId: organisation.teamIds[0],
      professionalIds: [user.id],
    });
    const url = `/api/v1/households/${household.id}/plan`;
    const plan = (text: string, version: number) => ({
      version,
      goals: [{ id: 'g1', capital: 'economisch', text, steps: [] }],
      referrals: [],
      actions: [],
      reviewDate: null,
    });
    for (const version of [0, 1]) {
      const answers = await Promise.all([
        c.put(url, plan(`Versie ${version} van Ans`, version)),
        c.put(url, plan(`Versie ${version} van Bram`, version)),
      ]);
      const statuses = answers.map((r) => r.statusCode).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 422]).toContain(statuses[1]);
      const refused = answers.find((r) => r.statusCode !== 200)!;
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      const saved = answers.find((r) => r.statusCode === 200)!.json<{ version: number }>();
      expect(saved.version).toBe(version + 1);
    }
    const stored = (await c.get(url)).json<{ version: number }>();
    expect(stored.version).toBe(2);
  });
});
