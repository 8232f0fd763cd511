import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Role } from '../../contract/common';
import { auditLog, organisations, sessions, users } from '../../db/schema';
import {
  ADMIN,
  Client,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../../../test/harness';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn } from '../../../test/factories/users';

// Setup is tested on installations of its own; every other test builds the account it uses.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An account of its own (a beheerder unless said) in an organisation of its own. */
async function account(role: Role = 'beheerder') {
  const org = await buildOrganisation(t);
  return buildUser(t, { organisationId: org.id, role, teamIds: org.teamIds });
}

const setupBody = {
  organisationName: 'Wijkkracht Oost',
  gemeenten: [{ code: 'gm0202', name: 'Arnhem' }],
  admin: ADMIN,
};

describe('first-run setup', () => {
  // An installation nobody has set up: these tests only send setups it refuses.
  let empty: TestApp;
  beforeAll(async () => {
    empty = await createTestApp();
  });
  afterAll(() => empty.close());

  it('refuses setup without a CSRF token and writes nothing', async () => {
    const c = new Client(empty.app);
    const res = await c.post('/api/v1/setup', setupBody);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const [n] = await empty.database.db.select({ n: count() }).from(organisations);
    expect(n!.n).toBe(0);
  });

  it('names every wrong field of a bad setup request in Dutch and English, and writes nothing', async () => {
    const c = new Client(empty.app);
    expect((await c.refresh()).setupRequired).toBe(true);
    const res = await c.post('/api/v1/setup', {
      organisationName: 'X',
      gemeenten: [{ code: '0202', name: 'Arnhem' }],
      admin: { name: '', email: 'geen-adres', password: 'kort' },
      extra: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(
      [
        'admin.email',
        'admin.name',
        'admin.password',
        'extra',
        'gemeenten.0.code',
        'organisationName',
      ].sort(),
    );
    const code = body.errors.find((e: { field: string }) => e.field === 'gemeenten.0.code');
    expect(code.messages.nl).toContain('GM0202');
    expect(code.messages.en).toContain('GM0202');
    expect(body.messages.nl).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
    const [n] = await empty.database.db.select({ n: count() }).from(organisations);
    expect(n!.n).toBe(0);
  });

  it('refuses a common password for the first beheerder', async () => {
    const c = new Client(empty.app);
    await c.refresh();
    const res = await c.post('/api/v1/setup', {
      ...setupBody,
      admin: { ...ADMIN, password: 'Wachtwoord2024!' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('admin.password');
  });

  it('creates the organisation and beheerder once, then stays closed', async () => {
    const fresh = await createTestApp();
    try {
      const c = new Client(fresh.app);
      await c.refresh();
      const res = await c.post('/api/v1/setup', { ...setupBody, koepelName: 'Koepel Samen' });
      expect(res.statusCode).toBe(201);
      const again = await c.post('/api/v1/setup', { ...setupBody, organisationName: 'Tweede' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('setup_closed');
      expect((await c.refresh()).setupRequired).toBe(false);
      const orgs = await fresh.database.db.select().from(organisations);
      expect(orgs.map((o) => o.kind).sort()).toEqual(['koepel', 'werkorganisatie']);
      // The first beheerder can log in, with the gemeente code as CBS writes it.
      expect((await c.login(ADMIN.email.toUpperCase(), ADMIN.password)).statusCode).toBe(200);
      const me = (await c.get('/api/v1/me')).json();
      expect(me).toMatchObject({ email: ADMIN.email, role: 'beheerder' });
      expect(me.organisation.gemeenten).toEqual([{ code: 'GM0202', name: 'Arnhem' }]);
    } finally {
      await fresh.close();
    }
  });
});

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user', async () => {
    const user = await account('sociaal_werker');
    const c = new Client(t.app);
    const res = await c.login(user.email.toUpperCase(), user.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'wegwijs_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = await c.get('/api/v1/me');
    expect(me.json()).toMatchObject({ id: user.id, email: user.email, role: 'sociaal_werker' });
  });

  it('marks the cookie Secure when served over https', async () => {
    const secure = await createTestApp({ secure: true });
    try {
      await setupInstallation(secure.app).catch(() => undefined);
      const c = new Client(secure.app);
      const res = await c.login(ADMIN.email, ADMIN.password);
      const cookie = res.cookies.find((k) => k.name === '__Host-wegwijs_session')!;
      expect(cookie.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });

  it('gives a new session token at every login and ends the old one', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    const first = c.cookies.get('wegwijs_session');
    const stolen = new Client(t.app);
    stolen.cookies.set('wegwijs_session', first!);
    await c.login(user.email, user.password);
    expect(c.cookies.get('wegwijs_session')).not.toBe(first);
    expect((await stolen.get('/api/v1/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    t.clock.advance(t.config.sessionIdleMs + 1000);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);

    await c.login(user.email, user.password);
    // Stay active every few minutes until the absolute limit passes.
    const step = t.config.sessionIdleMs / 2;
    for (let spent = 0; spent < t.config.sessionAbsoluteMs - step; spent += step) {
      t.clock.advance(step);
      expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(step + 1000);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('logs out: the session no longer works', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    const token = c.cookies.get('wegwijs_session')!;
    expect((await c.post('/api/v1/logout')).statusCode).toBe(200);
    const replay = new Client(t.app);
    replay.cookies.set('wegwijs_session', token);
    expect((await replay.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('refuses a state-changing request with a missing or wrong CSRF token', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    const good = c.csrf;
    c.csrf = undefined;
    expect((await c.put('/api/v1/me/preferences', { language: 'en' })).statusCode).toBe(403);
    c.csrf = 'x'.repeat(43);
    expect((await c.put('/api/v1/me/preferences', { language: 'en' })).statusCode).toBe(403);
    c.csrf = good;
    expect((await c.put('/api/v1/me/preferences', { language: 'en' })).statusCode).toBe(200);
    const [u] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(u!.language).toBe('en');
  });

  it('answers a wrong password with the same message as an unknown account, and logs both', async () => {
    const user = await account();
    const c = new Client(t.app);
    const wrong = await c.login(user.email, 'helemaal-niet-goed-123');
    const unknown = await c.login('niemand@nergens-bekend.example', 'helemaal-niet-goed-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().messages).toEqual(unknown.json().messages);
    const failures = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failure')));
    const wrongRow = failures.find((f) => f.actorId === user.id)!;
    expect(wrongRow.details).toMatchObject({ reason: 'wrong_password' });
    // A typed address without an account may be someone's own: only its domain is kept.
    const unknownRow = failures.find((f) => f.details.emailDomain === 'nergens-bekend.example')!;
    expect(unknownRow.details).toMatchObject({ reason: 'unknown_account' });
    expect(JSON.stringify(unknownRow.details)).not.toContain('niemand');
  });

  it('locks the account for a while after repeated failures', async () => {
    const user = await account();
    const c = new Client(t.app);
    for (let i = 0; i < t.config.loginMaxFailures; i++) {
      await c.login(user.email, `fout-wachtwoord-nummer-${i}`);
    }
    const locked = await c.login(user.email, user.password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().messages.nl).toMatch(/minuten/);
    t.clock.advance(t.config.loginLockMs + 1000);
    expect((await c.login(user.email, user.password)).statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it('rejects malformed JSON, a wrong content type and an oversize body with problem+json', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    const malformed = await c.request('PUT', '/api/v1/me/preferences', '{"language": ', {
      'content-type': 'application/json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
    const text = await c.request('PUT', '/api/v1/me/preferences', 'language=en', {
      'content-type': 'text/plain',
    });
    expect(text.statusCode).toBe(415);
    const huge = await c.put('/api/v1/me/preferences', { language: 'x'.repeat(1_100_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects wrong types, unknown fields and too-long strings, naming the field', async () => {
    const user = await account();
    const c = new Client(t.app);
    await c.login(user.email, user.password);
    const wrongType = await c.put('/api/v1/me/preferences', { language: 3 });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors[0].field).toBe('language');
    const unknown = await c.put('/api/v1/me/preferences', { language: 'nl', admin: true });
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'admin', code: 'unrecognized_keys' }),
    ]);
    const long = await c.post('/api/v1/teams', { name: 'x'.repeat(500) });
    expect(long.statusCode).toBe(422);
    expect(long.json().errors[0]).toMatchObject({ field: 'name' });
    expect(long.json().errors[0].messages.nl).toContain('100');
  });

  it('answers in English when the browser asks for it', async () => {
    const c = new Client(t.app);
    await c.refresh();
    const res = await c.request(
      'POST',
      '/api/v1/login',
      { email: 'x' },
      { 'accept-language': 'en-GB,en' },
    );
    expect(res.json().detail).toBe('Some of the data is not filled in correctly.');
    expect(res.json().title).toBe('Invalid data');
  });
});

describe('passwords', () => {
  it('changes your own password: wrong current password refused, other sessions ended', async () => {
    const user = await account();
    const a = new Client(t.app);
    const b = new Client(t.app);
    await a.login(user.email, user.password);
    await b.login(user.email, user.password);
    const wrong = await a.put('/api/v1/me/password', {
      currentPassword: 'niet-het-goede-wachtwoord',
      newPassword: 'nieuwe-lange-zin-over-tulpen',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const common = await a.put('/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: '1q2w3e4r5t6y',
    });
    expect(common.statusCode).toBe(422);
    const ok = await a.put('/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'nieuwe-lange-zin-over-tulpen',
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/v1/me')).statusCode).toBe(200);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    expect((await b.login(user.email, 'nieuwe-lange-zin-over-tulpen')).statusCode).toBe(200);
  });

  it('lets a beheerder hand over a one-time reset link that works once', async () => {
    const beheerder = await account();
    const admin = await signIn(t, beheerder);
    const org = (await admin.get('/api/v1/me')).json().organisation.id;
    const colleague = await buildUser(t, { organisationId: org, role: 'sociaal_werker' });
    const link = await admin.post(`/api/v1/users/${colleague.id}/reset-link`);
    expect(link.statusCode).toBe(201);
    const { token } = link.json();
    const sam = new Client(t.app);
    await sam.refresh();
    const used = await sam.post('/api/v1/password-reset', {
      token,
      newPassword: 'sam-kiest-een-eigen-zin',
    });
    expect(used.statusCode).toBe(200);
    const again = await sam.post('/api/v1/password-reset', {
      token,
      newPassword: 'nog-een-andere-lange-zin',
    });
    expect(again.statusCode).toBe(410);
    expect((await sam.login(colleague.email, 'sam-kiest-een-eigen-zin')).statusCode).toBe(200);
    expect((await sam.login(colleague.email, colleague.password)).statusCode).toBe(401);
    const stored = await t.database.db.select().from(sessions);
    expect(stored.every((s) => s.tokenHash.length === 64)).toBe(true);
  });

  it('does not accept an expired reset link', async () => {
    const beheerder = await account();
    const admin = await signIn(t, beheerder);
    const org = (await admin.get('/api/v1/me')).json().organisation.id;
    const colleague = await buildUser(t, { organisationId: org, role: 'sociaal_werker' });
    const { token } = (await admin.post(`/api/v1/users/${colleague.id}/reset-link`)).json();
    t.clock.advance(73 * 3_600_000);
    const c = new Client(t.app);
    await c.refresh();
    const res = await c.post('/api/v1/password-reset', {
      token,
      newPassword: 'te-laat-maar-wel-lang',
    });
    expect(res.statusCode).toBe(410);
  });
});

describe('rate limiting', () => {
  it('slows down many login attempts from one address', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const c = new Client(limited.app);
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await c.login('a@example.org', 'wat-dan-ook-123')).statusCode);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
