import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { auditLog, users } from '../db/schema';
import type { Client } from '../../test/harness';
import { createTestApp, type TestApp } from '../../test/harness';
import { neighbourOrganisations, ORG_A, ORG_B } from '../../test/factories/people';

let t: TestApp;
let as: Awaited<ReturnType<typeof neighbourOrganisations>>['as'];
let person: Awaited<ReturnType<typeof neighbourOrganisations>>['person'];
let householdId: string;
let worker: Client;
let adminA: Client;

type Entry = {
  action: string;
  actionLabel: { nl: string; en: string };
  outcome: string;
  householdReference: string | null;
  actor: { name: string; organisation: string } | null;
  details: Record<string, unknown>;
};
const auditOfHousehold = async (query = `targetId=${householdId}`) =>
  (await adminA.get(`/api/v1/audit?${query}&perPage=200`)).json<{ items: Entry[] }>().items;

beforeAll(async () => {
  t = await createTestApp();
  ({ as, person } = await neighbourOrganisations(t));
  worker = await as(ORG_A, 'sociaal_werker');
  adminA = await as(ORG_A, 'beheerder');
  const created = await worker.post('/api/v1/households', {
    reference: 'LOG-7',
    label: 'Fam. L.',
    startDate: '2026-09-01',
    data: {
      adults: [{ birthYear: 1985 }],
      children: [],
      gemeente: { code: 'GM0202', name: 'Arnhem' },
      languages: ['nl'],
      lifeEvents: [],
    },
  });
  expect(created.statusCode).toBe(201);
  householdId = created.json<{ id: string }>().id;
});
afterAll(() => t.close());

describe('the access log of the organisation that holds a household', () => {
  it('shows refused attempts by another organisation', async () => {
    const outsider = await as(ORG_B, 'sociaal_werker');
    expect((await outsider.get(`/api/v1/households/${householdId}`)).statusCode).toBe(404);
    const denied = (await auditOfHousehold()).filter((e) => e.outcome === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.actor?.organisation).toBe(ORG_B);
  });

  it('shows role refusals (403) on household routes, from inside and outside', async () => {
    expect((await adminA.get(`/api/v1/households/${householdId}/plan`)).statusCode).toBe(403);
    const adminB = await as(ORG_B, 'beheerder');
    expect((await adminB.get(`/api/v1/households/${householdId}`)).statusCode).toBe(403);
    const denied = (await auditOfHousehold()).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.actor?.organisation).sort()).toEqual([ORG_B, ORG_B, ORG_A].sort());
    expect(denied.every((e) => e.householdReference === 'LOG-7')).toBe(true);
  });

  it('logs plan.saved only for a save that succeeded', async () => {
    const url = `/api/v1/households/${householdId}/plan`;
    const plan = { goals: [], referrals: [], actions: [], reviewDate: null };
    expect((await worker.put(url, { ...plan, version: 0 })).statusCode).toBe(200);
    expect((await worker.put(url, { ...plan, version: 0 })).statusCode).toBe(422);
    expect((await worker.put(url, { ...plan, version: 7 })).statusCode).toBe(422);
    const [saved] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'plan.save'), eq(auditLog.targetId, householdId)));
    expect(saved!.n).toBe(1);
  });

  it("names the organisation, not the person, of refused outside staff in the household's export", async () => {
    const outsider = await person(ORG_B, 'sociaal_werker');
    // A name that cannot be mistaken for anything else in the export.
    await t.database.db
      .update(users)
      .set({ name: 'Bram Buitenstaander' })
      .where(eq(users.email, outsider.email));
    const exported = await worker.get(`/api/v1/households/${householdId}/export`);
    expect(exported.statusCode).toBe(200);
    const log = exported.json<{ accessLog: { by: string | null; outcome: string }[] }>().accessLog;
    expect(log.filter((l) => l.outcome === 'denied').map((l) => l.by)).toContain(ORG_B);
    expect(exported.body).not.toContain('Buitenstaander');
  });

  it('is guarded against TRUNCATE as against UPDATE and DELETE', async () => {
    await expect(t.database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    const [left] = await t.database.db.select({ n: count() }).from(auditLog);
    expect(left!.n).toBeGreaterThan(0);
  });
});

describe("the beheerder's log view", () => {
  it('shows the household reference and a readable action, and filters by reference', async () => {
    const byReference = await auditOfHousehold('householdReference=LOG-7');
    expect(byReference.length).toBeGreaterThan(3);
    expect(byReference.every((e) => e.householdReference === 'LOG-7')).toBe(true);
    const created = byReference.find((e) => e.action === 'household.create')!;
    expect(created.actionLabel).toEqual({
      nl: 'Huishouden geregistreerd',
      en: 'Household registered',
    });
  });

  it('exports CSV that a spreadsheet cannot run as a formula', async () => {
    const [me] = await t.database.db
      .update(users)
      .set({ name: '=HYPERLINK("https://evil.example","klik")' })
      .where(eq(users.email, (await person(ORG_A, 'sociaal_werker')).email))
      .returning({ id: users.id });
    expect(me).toBeDefined();
    expect((await worker.get(`/api/v1/households/${householdId}`)).statusCode).toBe(200);
    const csv = await adminA.get('/api/v1/audit/export?householdReference=LOG-7');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^"?tijdstip/i);
    expect(csv.body).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    for (const line of lines)
      for (const cell of line.split(','))
        expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});
