import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { configuredScheme, type GemeenteConfig } from '../domain/benefits';
import { gemeenteSchemes } from '../db/schema';
import { createTestApp, type Client, type TestApp } from '../../test/harness';
import { everyValue, gemeenteSchemesFor } from '../../test/factories/gemeente-schemes';
import { buildOrganisation } from '../../test/factories/organisations';
import { signedInUser } from '../../test/factories/users';

type Gemeente = { code: string; name: string };

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Entry = { action: string; outcome: string; actor: { organisation: string } | null };
const logOf = async (admin: Client) =>
  (await admin.get('/api/v1/audit?targetType=gemeente-schemes&perPage=200')).json<{
    items: Entry[];
  }>().items;

async function beheerderOf(name: string, gemeenten: Gemeente[]) {
  const organisation = await buildOrganisation(t, { name, gemeenten });
  const { client } = await signedInUser(t, { organisationId: organisation.id, role: 'beheerder' });
  return { ...organisation, client };
}

/**
 * Organisation A keeps the gemeente's schemes (version 1); B works elsewhere for now; a third
 * organisation works only elsewhere. Each test has a gemeente of its own, so none depends on
 * another's changes.
 */
async function keptBy(gemeente: Gemeente) {
  const elsewhere = { code: 'GM0148', name: 'Dalfsen' };
  const a = await beheerderOf(`Keeper in ${gemeente.name}`, [gemeente]);
  const b = await beheerderOf(`Buurman van ${gemeente.name}`, [elsewhere]);
  const third = await beheerderOf(`Elders dan ${gemeente.name}`, [elsewhere]);
  const url = `/api/v1/gemeenten/${gemeente.code}/schemes`;
  const config = (change?: (c: GemeenteConfig) => void) => gemeenteSchemesFor(change, gemeente);
  const saved = await a.client.put(url, {
    expectedVersion: 0,
    config: config(),
    confirmed: everyValue,
  });
  expect(saved.statusCode).toBe(200);
  return { a, b, third, url, config, elsewhere };
}

describe("a gemeente's municipal schemes have one keeper", () => {
  it('another organisation that adds the gemeente to its own cannot overwrite them', async () => {
    const gemeente = { code: 'GM0202', name: 'Arnhem' };
    const { a, b, url, config, elsewhere } = await keptBy(gemeente);
    const patched = await b.client.patch('/api/v1/organisation', {
      gemeenten: [elsewhere, gemeente],
    });
    expect(patched.statusCode).toBe(200);
    const res = await b.client.put(url, {
      expectedVersion: 1,
      config: config((c) => void (c.name = 'Overgenomen')),
      confirmed: everyValue,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('not_keeper');
    expect((await b.client.get(url)).json()).toMatchObject({
      canEdit: false,
      organisationName: a.name,
      version: 1,
    });
    const [row] = await t.database.db
      .select()
      .from(gemeenteSchemes)
      .where(eq(gemeenteSchemes.gemeenteCode, 'GM0202'));
    expect((row!.config as GemeenteConfig).name).toBe('Arnhem');
    // The keeper sees the attempt in its own access log.
    const refused = (await logOf(a.client)).filter((e) => e.outcome === 'denied');
    expect(refused.map((e) => e.actor?.organisation)).toEqual([b.name]);
  });

  it('hands over only explicitly, to an organisation in the gemeente, logged for both', async () => {
    const gemeente = { code: 'GM0193', name: 'Zwolle' };
    const { a, b, third, url, config, elsewhere } = await keptBy(gemeente);
    expect(
      (await b.client.patch('/api/v1/organisation', { gemeenten: [elsewhere, gemeente] }))
        .statusCode,
    ).toBe(200);
    const handOver = (c: Client, organisationId: string) =>
      c.post(`${url}/keeper`, { organisationId });
    // Not the keeper: cannot take it.
    expect((await handOver(b.client, b.id)).statusCode).toBe(403);
    // Not to an organisation that does not work in the gemeente.
    expect((await handOver(a.client, third.id)).statusCode).toBe(422);
    const done = await handOver(a.client, b.id);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ organisationName: b.name, canEdit: false });

    for (const admin of [a.client, b.client])
      expect((await logOf(admin)).map((e) => e.action)).toContain('gemeente_schemes.hand_over');
    // Now B keeps them, and A no longer may change them.
    const saved = await b.client.put(url, {
      expectedVersion: 1,
      config: config((c) => void (c.name = 'Zwolle (overgedragen)')),
      confirmed: everyValue,
    });
    expect(saved.statusCode).toBe(200);
    expect(
      (await a.client.put(url, { expectedVersion: 2, config: config(), confirmed: everyValue }))
        .statusCode,
    ).toBe(403);
  });
});

describe('links in scheme settings', () => {
  it('accept only https:', async () => {
    const kept = await keptBy({ code: 'GM0014', name: 'Groningen' });
    const { url: schemesUrl, config } = kept;
    const keeper = kept.a.client;
    for (const url of [
      'javascript:alert(1)',
      'http://lokaleregelgeving.overheid.nl/x',
      'data:text/html,x',
    ]) {
      const res = await keeper.put(schemesUrl, {
        expectedVersion: 1,
        config: config((c) => void (configuredScheme(c, 'kwijtschelding')!.source!.url = url)),
        confirmed: everyValue,
      });
      expect(res.statusCode, url).toBe(422);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        'config.schemes.kwijtschelding.source.url',
      );
    }
  });
});
