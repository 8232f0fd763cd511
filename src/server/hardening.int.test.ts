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
