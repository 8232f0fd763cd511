import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { signedInUser } from '../../../test/factories/users';

let t: TestApp;
let organisation: BuiltOrganisation;
let worker: Client;
const ORG_A = 'Welzijn Arnhem-Zuid (test)';

async function as(role: 'sociaal_werker' | 'beleidsmedewerker') {
  const { client } = await signedInUser(t, {
    organisationId: organisation.id,
    role,
    teamIds: role === 'sociaal_werker' ? organisation.teamIds : [],
  });
  return client;
}

type Result = {
  total: number;
  items: {
    id: string;
    name: string;
    highlights: string[];
    offeredBy: { name: string; near: boolean }[];
  }[];
  facets: Record<string, { value: string; count: number }[]>;
  terms: { text: string; synonyms: string[]; corrections: string[] }[];
};
const find = async (query: string) =>
  (await worker.get(`/api/v1/catalogue/search?${query}`)).json<Result>();

beforeAll(async () => {
  t = await createTestApp();
  organisation = await buildOrganisation(t, { name: ORG_A });
  worker = await as('sociaal_werker');
});
afterAll(() => t.close());

describe('catalogue search', () => {
  it('stems Dutch words: "schulden" finds items about schuld, "kinderen" finds items about a kind', async () => {
    const schulden = await find('q=schulden');
    expect(schulden.total).toBeGreaterThan(3);
    expect(schulden.items.map((i) => i.id)).toContain('schuldhulpverlening');
    const kinderen = await find('q=kinderen');
    expect(kinderen.items.some((i) => i.highlights.some((h) => /^kind$/i.test(h)))).toBe(true);
  });

  it('tolerates typos and says how it read them', async () => {
    const res = await find('q=scheidng');
    expect(res.total).toBeGreaterThan(0);
    expect(res.terms[0]!.corrections.join(' ')).toMatch(/scheiding/);
    expect(res.items[0]!.highlights.join(' ').toLowerCase()).toContain('scheiding');
  });

  it('expands words a worker types: geldzorgen, alleenstaande moeder, eenzaam, NEET', async () => {
    for (const q of ['geldzorgen', 'alleenstaande moeder', 'eenzaam', 'NEET']) {
      const res = await find(`q=${encodeURIComponent(q)}`);
      expect(res.total, q).toBeGreaterThan(0);
      expect(res.terms[0]!.synonyms.length, q).toBeGreaterThan(0);
    }
  });

  it('counts facets live and combines filters; filters narrow the result', async () => {
    const all = await find('');
    const economisch = all.facets.capital!.find((f) => f.value === 'economisch')!;
    const filtered = await find('capital=economisch');
    expect(filtered.total).toBe(economisch.count);
    const both = await find('capital=economisch&phase=signaleren');
    expect(both.total).toBeLessThanOrEqual(filtered.total);
    expect(both.total).toBe(filtered.facets.phase!.find((f) => f.value === 'signaleren')!.count);
    // A facet keeps showing its other values while it is filtered on (disjunctive counts).
    expect(filtered.facets.capital!.length).toBe(5);
    // Instapje is for children of 1 and 2.
    expect((await find('q=instapje&age=1')).items.map((i) => i.id)).toContain('instapje');
    expect((await find('q=instapje&age=9')).items.map((i) => i.id)).not.toContain('instapje');
  });

  it('shows new local offers at once, and finds what is available near me', async () => {
    const editor = await as('beleidsmedewerker');
    expect((await find('nearMe=true')).total).toBe(0);
    await editor.post('/api/v1/catalogue/offers', {
      interventionId: 'budgetmaatjes',
      gemeenten: ['GM0202'],
      wijk: 'Malburgen',
      howToRefer: 'Aanmelden via het wijkteam.',
    });
    const near = await find('nearMe=true');
    expect(near.items.map((i) => i.id)).toEqual(['budgetmaatjes']);
    expect(near.items[0]!.offeredBy).toEqual([{ id: expect.any(String), name: ORG_A, near: true }]);
    expect((await find('q=malburgen')).items.map((i) => i.id)).toContain('budgetmaatjes');
    expect((await find('gemeente=GM0202')).total).toBe(1);
  });

  it('rejects bad filters with a message naming the field', async () => {
    const res = await worker.get('/api/v1/catalogue/search?age=twaalf&perPage=5000');
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['querystring.age', 'querystring.perPage']);
  });
});
