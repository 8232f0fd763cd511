import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/config';
import type { Content } from '../src/content/read-content';
import { syncNationalCatalogue } from '../src/db/catalogue/content-sync';
import { loadContent } from '../src/server/catalogue/content';
import { loadInstrument } from '../src/server/households/instrument';
import type { Instrument } from '../src/domain/assessment';

let contentPromise: Promise<Content> | undefined;
/** The real content/, read once per test file. */
export const testContent = () => (contentPromise ??= loadContent());
let instrumentPromise: Promise<Instrument> | undefined;
export const testInstrument = async () =>
  (instrumentPromise ??= loadInstrument((await testContent()).vocabularies));

/** A clock tests can move forward. */
export class TestClock {
  current = new Date('2026-11-24T09:00:00Z');
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A fresh database for one test file: PGlite from the migrated template, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (process.env.WEGWIJS_TEST_ENGINE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('WEGWIJS_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
    const name = `wegwijs_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const database = await openDatabase({ engine: 'postgres', url: dbUrl.toString(), poolSize: 4 });
    await runMigrations(database);
    await syncNationalCatalogue(database.db, (await testContent()).interventions, new Date());
    return {
      database,
      drop: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const template = readFileSync(inject('pgliteTemplate'));
  const database = await openDatabase({ engine: 'pglite', loadDataDir: new Blob([template]) });
  return { database, drop: () => database.close() };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: TestClock;
  close: () => Promise<void>;
};

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { logStream?: { write(line: string): void }; webDist?: string } = {},
): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  // Tests log in often from one address; the rate-limit test lowers this again.
  const config = { ...loadConfig({}), loginRateLimit: 1000, ...overrides };
  const clock = new TestClock();
  const app = await buildApp({
    instrument: await testInstrument(),
    config,
    database,
    content: await testContent(),
    now: clock.now,
    webDist: null,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

type Body = Record<string, unknown> | unknown[] | string | Buffer | undefined;

/** A browser-like client: keeps cookies and sends the CSRF token, like the web app does. */
export class Client {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  private headersFor(method: string, body: Body, headers: Record<string, string>) {
    return {
      ...(this.cookies.size
        ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
        : {}),
      ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
      ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)
        ? { 'content-type': 'application/json' }
        : {}),
      ...headers,
    };
  }

  /**
   * A GET whose answer may be a server-sent event stream that stays open: reads the answer up to
   * its first named event (or its end), then hangs up, as a browser closing the page would.
   */
  async openStream(url: string) {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: this.headersFor('GET', undefined, {}),
      payloadAsStream: true,
    });
    let body = '';
    for await (const chunk of response.stream()) {
      body += String(chunk);
      if (/^event: [^\n]*\n(?:[^\n]+\n)*\n/m.test(body)) break;
    }
    (response.raw.res as { destroy: () => void }).destroy();
    return { statusCode: response.statusCode, headers: response.headers, body };
  }

  async request(method: string, url: string, body?: Body, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers: this.headersFor(method, body, headers),
      ...(body !== undefined
        ? {
            payload:
              typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
          }
        : {}),
    });
    for (const c of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
  get = (url: string, headers?: Record<string, string>) =>
    this.request('GET', url, undefined, headers);
  post = (url: string, body?: Body, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  put = (url: string, body?: Body) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: Body) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Fetches the session info (and with it the CSRF token) like the web app does on load. */
  async refresh() {
    const res = await this.get('/api/v1/session');
    this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    return res.json<{ user: { id: string; role: string } | null; setupRequired: boolean }>();
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.refresh();
    const res = await this.post('/api/v1/login', { email, password });
    if (res.statusCode === 200) this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    return res;
  }
}

export const ADMIN = {
  name: 'Bea Beheer',
  email: 'bea@wijkkracht.example',
  password: 'lange-zin-met-fietsbel-42',
};

/** Runs first-run setup and returns a client logged in as the first beheerder. */
export async function setupInstallation(app: FastifyInstance) {
  const client = new Client(app);
  await client.refresh();
  const res = await client.post('/api/v1/setup', {
    organisationName: 'Wijkkracht Oost',
    koepelName: 'Koepel Samen',
    gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
    admin: ADMIN,
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.body}`);
  const login = await client.login(ADMIN.email, ADMIN.password);
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return client;
}
