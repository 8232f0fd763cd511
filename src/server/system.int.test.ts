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

type Response = {
  headers?: Record<string, unknown>;
  content: Record<string, { schema: { required: string[] } }>;
};

describe('OpenAPI', () => {
  it('describes every API route in an OpenAPI 3.1 document relative to its server', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    const paths = Object.keys(doc.paths);
    for (const p of ['/login', '/users', '/users/{id}', '/audit']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('/api/') || p.startsWith('/services'))).toBe(false);
    const login = doc.paths['/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ]);
  });

  it('gives every operation an id, a tag, the version header and its problem answers', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    type Operation = { operationId: string; tags: string[]; responses: Record<string, Response> };
    const paths = doc.paths as Record<string, Record<string, Operation>>;
    const ops = Object.entries(paths).flatMap(([path, methods]) =>
      Object.values(methods).map((op) => ({ path, op })),
    );
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of ops) {
      expect(op.tags.length, path).toBeGreaterThan(0);
      const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      for (const s of success) expect(op.responses[s]!.headers, path).toHaveProperty('API-Version');
      const problem = op.responses['400']!.content['application/problem+json']!.schema;
      expect(problem.required).toEqual(expect.arrayContaining(['status', 'title', 'detail']));
    }
    const household = doc.paths['/households/{id}'].get;
    expect(household.operationId).toBe('getHouseholdsById');
    expect(Object.keys(household.responses)).toEqual(
      expect.arrayContaining(['200', '401', '403', '404']),
    );
    expect(Object.keys(doc.paths['/session'].get.responses)).not.toContain('401');
  });

  it('sends the full API version with every answer, errors included', async () => {
    const version = (await t.app.inject('/api/v1/openapi.json')).json().info.version;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const url of ['/api/v1/session', '/api/v1/households', '/api/v1/bestaat-niet']) {
      expect((await t.app.inject(url)).headers['api-version'], url).toBe(version);
    }
  });

  it("documents the HSDS API apart, with Open Referral's own paths", async () => {
    const doc = (await t.app.inject('/api/hsds/openapi.json')).json();
    expect(doc.servers).toEqual([{ url: '/api/hsds' }]);
    expect(Object.keys(doc.paths)).toContain('/taxonomy_terms/{id}');
    expect((await t.app.inject('/api/hsds/')).json().openapi_url).toBe('/api/hsds/openapi.json');
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
