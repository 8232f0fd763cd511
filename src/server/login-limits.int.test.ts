import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { auditLog } from '../db/schema';
import {
  ADMIN,
  createTestApp,
  setupInstallation,
  testContent,
  testInstrument,
  type TestApp,
} from '../../test/harness';
import { buildApp } from './app';

let t: TestApp;
let second: FastifyInstance;
const PROXY = '10.0.0.5';

beforeAll(async () => {
  t = await createTestApp({ trustProxy: [PROXY], loginRateLimit: 4 });
  await setupInstallation(t.app);
  // A second instance on the same database, as behind a load balancer.
  second = await buildApp({
    config: t.config,
    database: t.database,
    content: await testContent(),
    instrument: await testInstrument(),
    now: t.clock.now,
    webDist: null,
  });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await t.close();
});

// A new unknown address each time, so the account lock never plays a part here.
let attempts = 0;
async function login(app: FastifyInstance, forwardedFor: string, remoteAddress = PROXY) {
  const session = await app.inject({ url: '/api/v1/session', remoteAddress });
  const csrf = session.json<{ csrfToken: string }>().csrfToken;
  const cookie = session.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return app.inject({
    method: 'POST',
    url: '/api/v1/login',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor, 'x-csrf-token': csrf, cookie },
    payload: { email: `nobody-${attempts++}@example.org`, password: 'niet-het-goede-wachtwoord' },
  });
}

describe('client addresses behind a trusted proxy', () => {
  it('log the address the proxy saw, not one the client wrote in front of it', async () => {
    expect((await login(t.app, '198.51.100.7, 203.0.113.9')).statusCode).toBe(401);
    const [row] = await t.database.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failure')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row!.ip).toBe('203.0.113.9');
  });

  it('ignore X-Forwarded-For from a sender that is not a trusted proxy', async () => {
    expect((await login(t.app, '198.51.100.8', '192.0.2.44')).statusCode).toBe(401);
    const [row] = await t.database.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row!.ip).toBe('192.0.2.44');
  });
});

describe('the login rate limit', () => {
  it('is not defeated by a spoofed first X-Forwarded-For address and counts across instances', async () => {
    const client = '203.0.113.50';
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? t.app : second;
      answers.push((await login(app, `198.51.100.${i}, ${client}`)).statusCode);
    }
    expect(answers.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(answers.slice(4)).toEqual([429, 429]);
    // Another address is not affected, and the limit lifts after a minute.
    expect((await login(second, '203.0.113.51')).statusCode).toBe(401);
    t.clock.advance(61_000);
    expect((await login(t.app, client)).statusCode).toBe(401);
  });
});

describe('the lock after failed logins', () => {
  it('answers the same for an e-mail address without an account', async () => {
    // A new client address for every attempt: this is about the account lock, not the rate limit.
    let address = 100;
    const attempt = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/login',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': `203.0.113.${address++}`, 'x-csrf-token': csrf, cookie },
        payload: { email, password: 'niet-het-goede-wachtwoord' },
      });
    const session = await t.app.inject({ url: '/api/v1/session' });
    const csrf = session.json<{ csrfToken: string }>().csrfToken;
    const cookie = session.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const answers = async (email: string) => {
      const out = [];
      for (let i = 0; i <= t.config.loginMaxFailures; i++) {
        const res = await attempt(email);
        out.push({ status: res.statusCode, body: res.json<{ detail: string }>().detail });
      }
      return out;
    };
    const existing = await answers(ADMIN.email);
    const unknown = await answers('niemand-hier@wijkkracht.example');
    expect(existing.at(-1)!.status).toBe(423);
    expect(unknown).toEqual(existing);
  });
});
