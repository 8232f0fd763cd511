import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, Client, createTestApp, setupInstallation, type TestApp } from '../../test/harness';

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

describe('the built web app', () => {
  it('does not serve source maps (they would publish the full sources)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Wegwijs</title>');
    writeFileSync(
      join(dir, 'assets', 'app.js'),
      'console.log(1);\n//# sourceMappingURL=app.js.map',
    );
    writeFileSync(join(dir, 'assets', 'app.js.map'), '{"sourcesContent":["secret source"]}');
    const web = await createTestApp({}, { webDist: dir });
    try {
      expect((await web.app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
      const map = await web.app.inject({ url: '/assets/app.js.map' });
      expect(map.statusCode).toBe(404);
      expect(map.body).not.toContain('secret source');
    } finally {
      await web.close();
      rmSync(dir, { recursive: true });
    }
  });

  it('serves the app shell at the root and no file outside its directory', async () => {
    const base = mkdtempSync(join(tmpdir(), 'wegwijs-web-'));
    const dir = join(base, 'web');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Wegwijs</title>');
    writeFileSync(join(base, 'secret.txt'), 'not for the web');
    const web = await createTestApp({}, { webDist: dir });
    try {
      const root = await web.app.inject({ url: '/' });
      expect(root.statusCode).toBe(200);
      expect(root.body).toContain('<title>Wegwijs</title>');
      for (const url of [
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/assets/..%2f..%2fsecret.txt',
      ]) {
        const res = await web.app.inject({ url });
        expect(res.body, url).not.toContain('not for the web');
      }
    } finally {
      await web.close();
      rmSync(base, { recursive: true });
    }
  });
});

describe('the session cookie', () => {
  const sessionCookie = (res: { cookies: { name: string; maxAge?: number; expires?: Date }[] }) =>
    res.cookies.find((c) => c.name === 'wegwijs_session')!;

  it('ends with the browser unless the user asks to be remembered', async () => {
    const shared = new Client(t.app);
    await shared.refresh();
    const plain = await shared.post('/api/v1/login', {
      email: ADMIN.email,
      password: ADMIN.password,
    });
    expect(plain.statusCode).toBe(200);
    expect(sessionCookie(plain).maxAge).toBeUndefined();
    expect(sessionCookie(plain).expires).toBeUndefined();

    const own = new Client(t.app);
    await own.refresh();
    const remembered = await own.post('/api/v1/login', {
      email: ADMIN.email,
      password: ADMIN.password,
      rememberMe: true,
    });
    expect(remembered.statusCode).toBe(200);
    expect(sessionCookie(remembered).maxAge).toBe(t.config.sessionAbsoluteMs / 1000);
  });
});
