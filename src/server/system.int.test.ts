import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from './app';
import { createTestApp, testContent, testInstrument, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and readiness', () => {
  it('answers /healthz without touching the database and /readyz with the engine', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(t.database.engine);
  });

  it('reports not ready when a migration is missing', async () => {
    await t.database.db.execute(
      sql`DELETE FROM drizzle.__drizzle_migrations WHERE id = (SELECT max(id) FROM drizzle.__drizzle_migrations)`,
    );
    const res = await t.app.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expect(res.json().database).toBe('migrations pending');
  });
});

describe('OpenAPI', () => {
  it('describes every API route in an OpenAPI 3.1 document', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    for (const p of ['/api/v1/login', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/audit']) {
      expect(paths).toContain(p);
    }
    const login = doc.paths['/api/v1/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ]);
  });
});

describe('security headers', () => {
  it('sends a strict CSP without inline scripts, no framing, no sniffing and no referrer', async () => {
    const res = await t.app.inject('/api/v1/session');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers unknown API paths with problem+json and unknown pages with the app shell', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'wegwijs-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Wegwijs</title>');
    const app = await buildApp({
      config: t.config,
      database: t.database,
      content: await testContent(),
      instrument: await testInstrument(),

      webDist: dist,
    });
    try {
      const api = await app.inject('/api/v1/bestaat-niet');
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
      const page = await app.inject('/beheer/accounts');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Wegwijs</title>');
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
