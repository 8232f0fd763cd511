import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import { loadDemo, type DemoAccount } from './demo';

// Property-based fuzzing of every operation that takes a body, from the OpenAPI document: random
// JSON (seeded, bounded so the run fits in CI) sent by a signed-in worker and a beheerder. Whatever
// arrives, Wegwijs answers without a 500, every refusal is problem+json, and a refused request
// writes nothing.

let t: TestApp;
let accounts: DemoAccount[];
const ORG = 'Welzijn Rivierstad (fictief)';
const RUNS_PER_OPERATION = 6;
const TABLES = [
  'households',
  'consents',
  'scans',
  'plans',
  'interventions',
  'local_offers',
  'specialists',
  'suggestions',
  'users',
  'teams',
  'gemeente_schemes',
  'entry_versions',
];

async function as(role: string) {
  const a = accounts.find((x) => x.organisation === ORG && x.role === role)!;
  const c = new Client(t.app);
  expect((await c.login(a.email, a.password)).statusCode).toBe(200);
  return c;
}

/** Row counts of the tables a request could write to (the access log may grow: it logs refusals). */
async function fingerprint(): Promise<string> {
  const counts = await Promise.all(
    TABLES.map(async (table) => {
      const result = await t.database.db.execute(
        sql.raw(`SELECT count(*)::int AS n FROM ${table}`),
      );
      return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
    }),
  );
  return counts.join(',');
}

type Operation = { method: string; path: string };

let householdId: string;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  accounts = (await loadDemo(t.database.db)).accounts;
  const worker = await as('sociaal_werker');
  householdId = (
    await worker.post('/api/v1/households', {
      reference: 'FUZZ-1',
      label: 'Fam. F.',
      startDate: '2026-09-01',
      data: {
        adults: [{ birthYear: 1985 }],
        children: [],
        gemeente: { code: 'GM0202', name: 'Arnhem' },
      },
    })
  ).json<{ id: string }>().id;
  const doc = (await worker.get('/api/v1/openapi.json')).json<{
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  }>();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => op.requestBody)
      .map(([method, _op]) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => t.close());

/** Real ids where a household is meant, so the checks behind the first lookup are reached too. */
function urlFor(path: string, random: string) {
  return `/api/v1${path}`
    .replace('/households/{id}', `/households/${householdId}`)
    .replace(/\{action\}/, 'archive')
    .replace(/\{[^}]+\}/g, random);
}

describe('fuzzing every operation with a body', () => {
  it('finds operations to fuzz in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  for (const role of ['sociaal_werker', 'beheerder'])
    it(`never answers 500 and writes nothing on refusal, as ${role}`, async () => {
      const client = await as(role);
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...operations),
          fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
          fc.uuid(),
          async (op, body, id) => {
            const before = await fingerprint();
            const res = await client.request(op.method, urlFor(op.path, id), body as never);
            const label = `${op.method} ${op.path} ${JSON.stringify(body).slice(0, 80)}`;
            if (res.statusCode >= 500) failures.push(`${res.statusCode} ${label}`);
            if (res.statusCode >= 400) {
              expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
              expect(await fingerprint(), label).toBe(before);
            }
          },
        ),
        { seed: 20261206, numRuns: operations.length * RUNS_PER_OPERATION },
      );
      expect(failures).toEqual([]);
    });
});
