import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { households } from '../db/schema';
import type { Client } from '../../test/harness';
import { createTestApp, type TestApp } from '../../test/harness';
import { buildOrganisation } from '../../test/factories/organisations';
import { signedInCaseworker } from '../../test/factories/users';

let t: TestApp;
let c: Client;

beforeAll(async () => {
  t = await createTestApp();
  c = (await signedInCaseworker(t, await buildOrganisation(t))).client;
});
afterAll(() => t.close());

const household = (label: string) =>
  `{"reference":"NUL-1","label":"${label}","startDate":"2026-09-01","data":{"adults":[{"birthYear":1988}],"children":[],"gemeente":{"code":"GM0202","name":"Arnhem"},"languages":["nl"],"lifeEvents":[]}}`;

type Problem = { status: number; code: string; errors?: { field: string; code: string }[] };

async function expectRefused(
  res: Awaited<ReturnType<Client['get']>>,
  status: number,
  field: string,
) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json<Problem>();
  expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([[field, 'invalid_characters']]);
}

const householdCount = async () =>
  (await t.database.db.select({ n: count() }).from(households))[0]!.n;

describe('NUL bytes and lone surrogates are refused at the boundary', () => {
  it('in a path segment', async () => {
    await expectRefused(await c.get('/api/v1/households/%00'), 400, 'path');
    await expectRefused(await c.get('/api/v1/catalogue/interventions/a%00b'), 400, 'path');
  });

  it('in a query parameter, raw or as an encoded lone surrogate', async () => {
    await expectRefused(await c.get('/api/v1/catalogue/search?q=schuld%00'), 400, 'query.q');
    await expectRefused(await c.get('/api/v1/catalogue/search?q=%ED%A0%80'), 400, 'query.q');
    await expectRefused(await c.get('/api/v1/catalogue/search?q=%F0'), 400, 'query.q');
    await expectRefused(await c.get('/api/v1/catalogue/search?%00=x'), 400, 'query');
  });

  it('in a JSON text field, naming the field, and writes nothing', async () => {
    const before = await householdCount();
    const headers = { 'content-type': 'application/json' };
    await expectRefused(
      await c.request('POST', '/api/v1/households', household('Fam. \\u0000K.'), headers),
      422,
      'label',
    );
    await expectRefused(
      await c.request('POST', '/api/v1/households', household('Fam. \\ud800K.'), headers),
      422,
      'label',
    );
    await expectRefused(
      await c.request('POST', '/api/v1/households', household('Fam. \\udc00'), headers),
      422,
      'label',
    );
    expect(await householdCount()).toBe(before);
  });

  it('in raw bytes that are not UTF-8 (an encoded surrogate, a cut-off character)', async () => {
    const before = await householdCount();
    for (const bad of [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc3])]) {
      const [head, tail] = household('Fam. XK.').split('X');
      const payload = Buffer.concat([Buffer.from(head!), bad, Buffer.from(tail!)]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        payload,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': c.csrf!,
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      await expectRefused(res, 400, 'body');
    }
    expect(await householdCount()).toBe(before);
  });

  it('still accepts text with real emoji and accents, with or without a charset', async () => {
    const res = await c.request('POST', '/api/v1/households', household('Fam. Çelik 🌻'), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
