import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupInstallation, type Client, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupInstallation(t.app);
});
afterAll(() => t.close());

const isProblem = (res: { headers: Record<string, unknown> }) =>
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);

describe('PATCH with nothing, or with only some fields', () => {
  it('PATCH /organisation with {} is a 422, with only gemeenten it saves them', async () => {
    const empty = await admin.patch('/api/v1/organisation', {});
    expect(empty.statusCode).toBe(422);
    isProblem(empty);
    const onlyGemeenten = await admin.patch('/api/v1/organisation', {
      gemeenten: [
        { code: 'GM0202', name: 'Arnhem' },
        { code: 'GM0228', name: 'Ede' },
      ],
    });
    expect(onlyGemeenten.statusCode, onlyGemeenten.body).toBe(200);
    expect(onlyGemeenten.json<{ gemeenten: unknown[] }>().gemeenten).toHaveLength(2);
  });

  it('PATCH /teams/{id} with {} is a 422', async () => {
    const team = await admin.post('/api/v1/teams', { name: 'Team Noord' });
    expect(team.statusCode).toBe(201);
    const res = await admin.patch(`/api/v1/teams/${team.json<{ id: string }>().id}`, {});
    expect(res.statusCode).toBe(422);
    isProblem(res);
  });
});

describe('router errors', () => {
  it('answer as problem+json: 414 for an over-long path segment, 400 for a broken address', async () => {
    const long = await t.app.inject({
      method: 'GET',
      url: `/api/v1/households/${'a'.repeat(300)}`,
    });
    expect(long.statusCode).toBe(414);
    isProblem(long);
    expect(long.json<{ code: string }>().code).toBe('uri_too_long');
    for (const url of [
      '/api/v1/households/%E0%A4%A',
      '/api/v1/catalogue/offers/%zz',
      '/%E0%A4%A',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(400);
      isProblem(res);
      expect(res.json<{ code: string }>().code).toBe('bad_url');
    }
  });
});
