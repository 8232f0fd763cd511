import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { configuredScheme, type GemeenteConfig } from '../domain/benefits';
import { gemeenteSchemes } from '../db/schema';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import { everyValue, gemeenteSchemesFor } from '../../test/factories/gemeente-schemes';
import { loadDemo, type DemoAccount } from './demo';

let t: TestApp;
let accounts: DemoAccount[];
const ORG_A = 'Welzijn Rivierstad (fictief)'; // GM0202 Arnhem
const ORG_B = 'Sociaal Werk IJsselkring (fictief)'; // GM0193 Zwolle, GM0148 Dalfsen
const URL = '/api/v1/gemeenten/GM0202/schemes';
let adminA: Client;
let adminB: Client;
let orgIds: Record<string, string>;

async function as(organisation: string, role: string) {
  const a = accounts.find((x) => x.organisation === organisation && x.role === role)!;
  const c = new Client(t.app);
  expect((await c.login(a.email, a.password)).statusCode).toBe(200);
  return c;
}

const arnhem = (change?: (c: GemeenteConfig) => void) => gemeenteSchemesFor(change);

type Entry = { action: string; outcome: string; actor: { organisation: string } | null };
const logOf = async (admin: Client) =>
  (await admin.get('/api/v1/audit?targetType=gemeente-schemes&perPage=200')).json<{
    items: Entry[];
  }>().items;

beforeAll(async () => {
  t = await createTestApp();
  accounts = (await loadDemo(t.database.db)).accounts;
  adminA = await as(ORG_A, 'beheerder');
  adminB = await as(ORG_B, 'beheerder');
  const orgs = (await adminA.get('/api/v1/organisations')).json<{ id: string; name: string }[]>();
  orgIds = Object.fromEntries(orgs.map((o) => [o.name, o.id]));
  expect(
    (await adminA.put(URL, { expectedVersion: 0, config: arnhem(), confirmed: everyValue }))
      .statusCode,
  ).toBe(200);
});
afterAll(() => t.close());

describe("a gemeente's municipal schemes have one keeper", () => {
  it('another organisation that adds the gemeente to its own cannot overwrite them', async () => {
    const patched = await adminB.patch('/api/v1/organisation', {
      gemeenten: [
        { code: 'GM0193', name: 'Zwolle' },
        { code: 'GM0148', name: 'Dalfsen' },
        { code: 'GM0202', name: 'Arnhem' },
      ],
    });
    expect(patched.statusCode).toBe(200);
    const res = await adminB.put(URL, {
      expectedVersion: 1,
      config: arnhem((c) => void (c.name = 'Overgenomen')),
      confirmed: everyValue,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('not_keeper');
    expect((await adminB.get(URL)).json()).toMatchObject({
      canEdit: false,
      organisationName: ORG_A,
      version: 1,
    });
    const [row] = await t.database.db
      .select()
      .from(gemeenteSchemes)
      .where(eq(gemeenteSchemes.gemeenteCode, 'GM0202'));
    expect((row!.config as GemeenteConfig).name).toBe('Arnhem');
    // The keeper sees the attempt in its own access log.
    const refused = (await logOf(adminA)).filter((e) => e.outcome === 'denied');
    expect(refused.map((e) => e.actor?.organisation)).toEqual([ORG_B]);
  });

  it('hands over only explicitly, to an organisation in the gemeente, logged for both', async () => {
    const handOver = (c: Client, organisationId: string) =>
      c.post(`${URL}/keeper`, { organisationId });
    // Not the keeper: cannot take it.
    expect((await handOver(adminB, orgIds[ORG_B]!)).statusCode).toBe(403);
    // Not to an organisation that does not work in Arnhem.
    const third = Object.keys(orgIds).find((n) => n !== ORG_A && n !== ORG_B)!;
    expect((await handOver(adminA, orgIds[third]!)).statusCode).toBe(422);
    const done = await handOver(adminA, orgIds[ORG_B]!);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ organisationName: ORG_B, canEdit: false });

    for (const admin of [adminA, adminB])
      expect((await logOf(admin)).map((e) => e.action)).toContain('gemeente_schemes.hand_over');
    // Now B keeps them, and A no longer may change them.
    const saved = await adminB.put(URL, {
      expectedVersion: 1,
      config: arnhem((c) => void (c.name = 'Arnhem (IJsselkring)')),
      confirmed: everyValue,
    });
    expect(saved.statusCode).toBe(200);
    expect(
      (await adminA.put(URL, { expectedVersion: 2, config: arnhem(), confirmed: everyValue }))
        .statusCode,
    ).toBe(403);
  });
});

describe('links in scheme settings', () => {
  it('accept only https:', async () => {
    for (const url of [
      'javascript:alert(1)',
      'http://lokaleregelgeving.overheid.nl/x',
      'data:text/html,x',
    ]) {
      const res = await adminB.put(URL, {
        expectedVersion: 2,
        config: arnhem((c) => void (configuredScheme(c, 'kwijtschelding')!.source!.url = url)),
        confirmed: everyValue,
      });
      expect(res.statusCode, url).toBe(422);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        'config.schemes.kwijtschelding.source.url',
      );
    }
  });
});
