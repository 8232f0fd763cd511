import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './server';

// The embedded database must survive a clean stop, and a hard kill, without losing committed data.

const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-durable-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

class HttpClient {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly base: string) {}
  async call(method: string, path: string, body?: unknown) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      this.cookies.set(k!, v!);
    }
    return res;
  }
  async session() {
    const info = (await (await this.call('GET', '/api/v1/session')).json()) as {
      csrfToken: string;
      setupRequired: boolean;
    };
    this.csrf = info.csrfToken;
    return info;
  }
}

const admin = {
  name: 'Duurzaam Beheer',
  email: 'duurzaam@example.org',
  password: 'blijft-bewaard-na-een-crash',
};

describe('PGlite durability', () => {
  it('keeps data across a SIGTERM restart and a kill -9, and builds its search index by itself', async () => {
    // Started and stopped through npm, as a process manager may: the SIGTERM must reach the
    // server itself, or it goes on running (and writing) while the data is copied for a backup.
    let server = await startServer({ dataDir, viaNpm: true });
    let c = new HttpClient(server.url);
    await c.session();
    const setup = await c.call('POST', '/api/v1/setup', {
      organisationName: 'Blijvend Welzijn',
      gemeenten: [{ code: 'GM0363', name: 'Amsterdam' }],
      admin,
    });
    expect(setup.status).toBe(201);
    await server.stop();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    server = await startServer({ dataDir });
    c = new HttpClient(server.url);
    expect((await c.session()).setupRequired).toBe(false);
    expect(
      (await c.call('POST', '/api/v1/login', { email: admin.email, password: admin.password }))
        .status,
    ).toBe(200);
    await c.session();
    // Write a few things, then kill the process without warning.
    for (const name of ['Team Noord', 'Team Zuid', 'Team West']) {
      expect((await c.call('POST', '/api/v1/teams', { name })).status).toBe(201);
    }
    server.process.kill('SIGKILL');
    await new Promise((resolve) => server.process.once('exit', resolve));

    server = await startServer({ dataDir, env: { LOG_LEVEL: 'info' } });
    try {
      c = new HttpClient(server.url);
      await c.session();
      expect(
        (await c.call('POST', '/api/v1/login', { email: admin.email, password: admin.password }))
          .status,
      ).toBe(200);
      const teams = (await (await c.call('GET', '/api/v1/teams')).json()) as { name: string }[];
      expect(teams.map((x) => x.name).sort()).toEqual(['Team Noord', 'Team West', 'Team Zuid']);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      // The search index is built right after the start, before anyone searches.
      const deadline = Date.now() + 20_000;
      while (!server.output().includes('search index ready') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      const line = server
        .output()
        .split('\n')
        .find((l) => l.includes('search index ready'));
      expect(JSON.parse(line!).items).toBeGreaterThanOrEqual(130);
    } finally {
      await server.stop();
    }
  });
});
