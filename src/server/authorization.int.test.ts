import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { roles, type Role } from '../contract/common';
import { teams, users } from '../db/schema';
import { Client, createTestApp, testContent, type TestApp } from '../../test/harness';
import { loadDemo, type DemoAccount } from './demo';

// Every API route × every role × own and other organisation. The route list comes from the
// app itself, so a new route without a row here fails the first test.

let t: TestApp;
let accounts: DemoAccount[];
const clients = new Map<string, Client>();
let own: { org: string; userId: string; teamId: string };
let other: { userId: string; teamId: string };
/** Entries of organisation A that routes with an :id act on. */
const fixtures: Record<string, string> = {};

const ORG_A = 'Welzijn Rivierstad (fictief)';
const ORG_B = 'Sociaal Werk IJsselkring (fictief)';

async function clientFor(organisation: string, role: Role) {
  const key = `${organisation}/${role}`;
  if (!clients.has(key)) {
    const account = accounts.find((a) => a.organisation === organisation && a.role === role)!;
    const c = new Client(t.app);
    const res = await c.login(account.email, account.password);
    expect(res.statusCode).toBe(200);
    clients.set(key, c);
  }
  return clients.get(key)!;
}

async function idsOf(organisation: string) {
  const account = accounts.find(
    (a) => a.organisation === organisation && a.role === 'sociaal_werker',
  )!;
  const [user] = await t.database.db.select().from(users).where(eq(users.email, account.email));
  const [team] = await t.database.db
    .select()
    .from(teams)
    .where(eq(teams.organisationId, user!.organisationId));
  return { org: user!.organisationId, userId: user!.id, teamId: team!.id };
}

beforeAll(async () => {
  t = await createTestApp();
  accounts = (await loadDemo(t.database.db)).accounts;
  own = await idsOf(ORG_A);
  other = await idsOf(ORG_B);
  const editor = await clientFor(ORG_A, 'beleidsmedewerker');
  const nationalId = (await testContent()).interventions[0]!.id;
  fixtures.offer = (
    await editor.post('/api/v1/catalogue/offers', {
      interventionId: nationalId,
      gemeenten: ['GM0202'],
      howToRefer: 'Aanmelden via het wijkteam.',
    })
  ).json().id;
  fixtures.specialist = (
    await editor.post('/api/v1/specialists', {
      name: 'Piet Post',
      function: 'Schuldhulp',
      topics: ['schuldhulp'],
      gemeenten: ['GM0202'],
    })
  ).json().id;
  fixtures.intervention = (
    await editor.post('/api/v1/catalogue/interventions', {
      name: 'Lokaal project',
      kind: 'project',
      summary: 'Kort.',
      description: 'Een.\n\nTwee.',
      capitals: { primary: ['sociaal'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    })
  ).json().id;
  fixtures.suggestion = (
    await editor.post('/api/v1/suggestions', {
      targetType: 'offer',
      targetId: fixtures.offer,
      message: 'Klopt dit nog?',
    })
  ).json().id;
  fixtures.kompas = (
    await editor.post('/api/v1/kompas', {
      gemeente: 'GM0202',
      title: 'Kinderarmoede',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    })
  ).json().id;
  fixtures.user = own.userId;
  fixtures.team = own.teamId;
  fixtures.organisation = own.org;
  // Nobody's entry: every role may ask, and gets 404 (the log is private to its author).
  fixtures.reflection = '00000000-0000-4000-8000-000000000000';
  fixtures.importJob = (await editor.request('POST', '/api/v1/catalogue/import', [])).json().id;
  const worker = await clientFor(ORG_A, 'sociaal_werker');
  fixtures.household = (
    await worker.post('/api/v1/households', {
      reference: 'M-1',
      label: 'Fam. M.',
      startDate: '2026-10-01',
      data: { adults: [{}], gemeente: { code: 'GM0202', name: 'Arnhem' } },
    })
  ).json().id;
  fixtures.consent = (
    await worker.post(`/api/v1/households/${fixtures.household}/consents`, {
      purpose: 'kapitaalscan',
      how: 'mondeling',
      givenAt: '2026-10-01',
    })
  ).json().id;
  fixtures.scan = (await worker.post(`/api/v1/households/${fixtures.household}/scans`)).json().id;
  const signaller = await clientFor(ORG_A, 'vroegsignalering');
  const imported = await signaller.post('/api/v1/signals/imports', SIGNAL_CSV, {
    'content-type': 'text/csv',
  });
  expect(imported.statusCode).toBe(201);
  fixtures.signalCase = (await signaller.get('/api/v1/signals/cases')).json().items[0].id;
});

const SIGNAL_CSV =
  'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\n' +
  'energie;120;2;Jansen;6811AA;3;1980-01-01\n';
afterAll(() => t.close());

type FixtureKind =
  | 'user'
  | 'team'
  | 'offer'
  | 'specialist'
  | 'intervention'
  | 'suggestion'
  | 'organisation'
  | 'importJob'
  | 'household'
  | 'reflection'
  | 'signalCase'
  | 'kompas';
type Case = { body?: unknown; id?: FixtureKind };
/** A request that would succeed for an allowed role; the id placeholders are filled in per test. */
const cases: Record<string, Case> = {
  'GET /api/v1/session': {},
  'POST /api/v1/setup': { body: {} },
  'POST /api/v1/login': { body: {} },
  'POST /api/v1/logout': {},
  'GET /api/v1/me': {},
  'PUT /api/v1/me/password': { body: { currentPassword: 'x', newPassword: 'y'.repeat(12) } },
  'PUT /api/v1/me/preferences': { body: { language: 'nl' } },
  'POST /api/v1/password-reset': { body: {} },
  'GET /api/v1/users': {},
  'POST /api/v1/users': { body: {} },
  'PATCH /api/v1/users/:id': { body: { name: 'Nieuwe Naam' }, id: 'user' },
  'POST /api/v1/users/:id/reset-link': { id: 'user' },
  'GET /api/v1/teams': {},
  'POST /api/v1/teams': { body: {} },
  'PATCH /api/v1/teams/:id': { body: { name: 'Hernoemd team' }, id: 'team' },
  'GET /api/v1/organisation': {},
  'GET /api/v1/organisations': {},
  'GET /api/v1/catalogue/search': {},

  'GET /api/v1/catalogue/export/hsds': {},
  'POST /api/v1/catalogue/import': { body: {} },
  'GET /api/v1/catalogue/import/:id': { id: 'importJob' },
  'GET /api/v1/catalogue/imports': {},

  'PATCH /api/v1/organisation': { body: {} },
  'GET /api/v1/audit': {},
  'GET /api/v1/audit/export': {},
  'GET /api/v1/openapi.json': {},
  'GET /api/v1/catalogue/vocabularies': {},
  'GET /api/v1/catalogue/capitals': {},
  'GET /api/v1/catalogue/interventions/:id': { id: 'intervention' },
  'POST /api/v1/catalogue/interventions': { body: {} },
  'PUT /api/v1/catalogue/interventions/:id': { body: {}, id: 'intervention' },
  'POST /api/v1/catalogue/interventions/:id/:action': { id: 'intervention' },
  'GET /api/v1/catalogue/interventions/:id/history': { id: 'intervention' },
  'GET /api/v1/catalogue/offers': {},
  'GET /api/v1/catalogue/local': {},
  'GET /api/v1/catalogue/poster/:organisationId': { id: 'organisation' },
  'GET /api/v1/catalogue/poster/:organisationId/pdf': { id: 'organisation' },
  'GET /api/v1/catalogue/offers/:id': { id: 'offer' },
  'POST /api/v1/catalogue/offers': { body: {} },
  'PATCH /api/v1/catalogue/offers/:id': { body: {}, id: 'offer' },
  'POST /api/v1/catalogue/offers/:id/:action': { id: 'offer' },
  'GET /api/v1/catalogue/offers/:id/history': { id: 'offer' },
  'GET /api/v1/catalogue/stale': {},
  'GET /api/v1/specialists': {},
  'POST /api/v1/specialists': { body: {} },
  'PATCH /api/v1/specialists/:id': { body: {}, id: 'specialist' },
  'POST /api/v1/specialists/:id/:action': { id: 'specialist' },
  'GET /api/v1/specialists/:id/history': { id: 'specialist' },
  'POST /api/v1/suggestions': { body: {} },
  'GET /api/v1/suggestions': {},
  'PATCH /api/v1/suggestions/:id': { body: {}, id: 'suggestion' },
  'GET /api/v1/households': {},
  'GET /api/v1/colleagues': {},
  'GET /api/v1/reports/team': {},
  'GET /api/v1/reports/outcomes': {},
  'GET /api/v1/reports/municipal': {},
  'GET /api/v1/reports/municipal/csv': {},
  'GET /api/v1/reports/municipal/pdf': {},
  'GET /api/v1/kompas': {},
  'POST /api/v1/kompas': { body: {} },
  'GET /api/v1/kompas/:id': { id: 'kompas' },
  // An empty body: the role check runs, nothing is saved.
  'PUT /api/v1/kompas/:id': { body: {}, id: 'kompas' },
  'GET /api/v1/kompas/:id/pdf': { id: 'kompas' },

  'POST /api/v1/households': { body: {} },
  'GET /api/v1/households/:id': { id: 'household' },
  'PATCH /api/v1/households/:id': { body: {}, id: 'household' },
  'POST /api/v1/households/:id/close': { body: {}, id: 'household' },
  'POST /api/v1/households/:id/reopen': { id: 'household' },
  'POST /api/v1/households/:id/erase': { body: {}, id: 'household' },
  'POST /api/v1/households/:id/consents': { body: {}, id: 'household' },
  'POST /api/v1/households/:id/consents/:consentId/withdraw': { body: {}, id: 'household' },
  'GET /api/v1/kapitaalscan/instrument': {},
  'POST /api/v1/households/:id/scans': { id: 'household' },
  'GET /api/v1/households/:id/scans/:scanId': { id: 'household' },
  'PUT /api/v1/households/:id/scans/:scanId': { body: {}, id: 'household' },
  'POST /api/v1/households/:id/scans/:scanId/complete': { id: 'household' },
  'GET /api/v1/households/:id/profile': { id: 'household' },
  'GET /api/v1/households/:id/plan': { id: 'household' },
  'PUT /api/v1/households/:id/plan': { body: {}, id: 'household' },
  'GET /api/v1/households/:id/plan/pdf': { id: 'household' },
  'GET /api/v1/households/:id/drawings': { id: 'household' },
  // An empty body: the role check runs, nothing is kept.
  'POST /api/v1/households/:id/drawings': { body: {}, id: 'household' },
  'DELETE /api/v1/households/:id/drawings/:drawingId': { id: 'household' },
  'POST /api/v1/households/:id/plan/life-events': { body: {}, id: 'household' },
  'GET /api/v1/life-events': {},
  'GET /api/v1/life-events/:eventId': {},
  'GET /api/v1/signal-checklists': {},
  'GET /api/v1/signal-checklists/:setting': {},
  'GET /api/v1/households/:id/export': { id: 'household' },
  'GET /api/v1/households/:id/export/pdf': { id: 'household' },
  'POST /api/v1/benefits/calculate': { body: {} },
  'GET /api/v1/benefits/gemeenten': {},
  'GET /api/v1/benefits/gemeenten/:code': {},
  'GET /api/v1/benefits/rules/status': {},
  'GET /api/v1/gemeenten/:code/schemes': {},
  'PUT /api/v1/gemeenten/:code/schemes': { body: {} },
  'GET /api/v1/gemeenten/:code/schemes/history': {},
  'POST /api/v1/gemeenten/:code/schemes/keeper': { body: {} },
  'GET /api/v1/decks': {},
  'GET /api/v1/decks/:deckId': {},
  'GET /api/v1/decks/:deckId/pdf': {},
  'GET /api/v1/kleurplaat/pdf': {},
  'GET /api/v1/case-dialogues': {},
  // An unknown id and an empty body: the role check runs, nothing is read or kept.
  'GET /api/v1/case-dialogues/:id': { id: 'reflection' },
  'POST /api/v1/case-dialogues': { body: {} },
  'POST /api/v1/reflections': { body: {} },
  'GET /api/v1/reflections': {},
  'GET /api/v1/reflections/comparison': {},
  'GET /api/v1/reflections/:id': { id: 'reflection' },
  // Team sessions: open to every signed-in role; who sees one is decided by its team (404).
  'POST /api/v1/team-sessions': { body: {} },
  'GET /api/v1/team-sessions': {},
  'POST /api/v1/team-sessions/join': { body: {} },
  'GET /api/v1/team-sessions/:sessionId': {},
  'GET /api/v1/team-sessions/:sessionId/events': {},
  'PUT /api/v1/team-sessions/:sessionId/answer': { body: {} },
  'POST /api/v1/team-sessions/:sessionId/reveal': {},
  'POST /api/v1/team-sessions/:sessionId/close': { body: {} },
  'POST /api/v1/signals/imports': { body: {} },
  'GET /api/v1/signals/cases': {},
  'GET /api/v1/signals/cases/:id': { id: 'signalCase' },
  'POST /api/v1/signals/cases/:id/contacts': {
    body: { kind: 'brief', on: '2026-11-20', reached: false },
    id: 'signalCase',
  },
  'PUT /api/v1/signals/cases/:id/outcome': {
    body: { outcome: 'niet_bereikt', on: '2026-11-20' },
    id: 'signalCase',
  },
  'GET /api/v1/signals/monitor': {},
  'GET /api/v1/signals/cases/:id/handover-targets': { id: 'signalCase' },
  // An empty body: the role check runs, nothing is handed over.
  'POST /api/v1/signals/cases/:id/handover': { body: {}, id: 'signalCase' },
};

it('covers every API route', () => {
  const routes = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
  expect(routes).toEqual(Object.keys(cases).sort());
});

describe.each(['anonymous', ...roles] as const)('as %s', (who) => {
  it('is refused exactly the routes its role may not use', async () => {
    for (const route of t.app.apiRoutes) {
      if (route.access === 'public' || route.url === '/api/v1/logout') continue;
      const c = who === 'anonymous' ? new Client(t.app) : await clientFor(ORG_A, who);
      if (who === 'anonymous') await c.refresh();
      const { body, id } = cases[`${route.method} ${route.url}`]!;
      // ':action' routes are exercised with 'checked', which changes nothing but the check date.
      const url = route.url
        .replace(/:id|:organisationId/, id ? fixtures[id]! : '')
        .replace(':action', 'checked')
        .replace(':scanId', fixtures.scan ?? '')
        .replace(':consentId', fixtures.consent ?? '')
        .replace(':deckId', 'gesprekstechnieken')
        .replace(':eventId', 'scheiding')
        .replace(':setting', 'school');

      const res = await c.request(route.method, url, body as Record<string, unknown> | undefined);
      const allowed =
        who !== 'anonymous' && (route.access === 'authenticated' || route.access.includes(who));
      const label = `${who} ${route.method} ${route.url} → ${res.statusCode}`;
      if (who === 'anonymous') expect(res.statusCode, label).toBe(401);
      else if (!allowed) expect(res.statusCode, label).toBe(403);
      else expect([401, 403], label).not.toContain(res.statusCode);
      // Refusals are problem+json; other answers are JSON, the poster PDF or the log as CSV.
      expect(res.headers['content-type'], label).toMatch(/json|application\/pdf|text\/csv/);
    }
  });
});

describe('across organisations', () => {
  it('never finds a user or team of another organisation (404), and changes nothing', async () => {
    const admin = await clientFor(ORG_A, 'beheerder');
    const attempts = [
      admin.patch(`/api/v1/users/${other.userId}`, { name: 'Overgenomen' }),
      admin.post(`/api/v1/users/${other.userId}/reset-link`),
      admin.patch(`/api/v1/teams/${other.teamId}`, { name: 'Overgenomen' }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(404);
    const [u] = await t.database.db.select().from(users).where(eq(users.id, other.userId));
    expect(u!.name).not.toBe('Overgenomen');
  });

  it('lists only its own users, teams, organisation and access log', async () => {
    const admin = await clientFor(ORG_A, 'beheerder');
    const list = (await admin.get('/api/v1/users')).json<{ id: string; email: string }[]>();
    expect(list.length).toBe(5);
    expect(list.every((u) => u.email.includes('@rivierstad.'))).toBe(true);
    const teamList = (await admin.get('/api/v1/teams')).json<{ id: string }[]>();
    expect(teamList.map((x) => x.id)).not.toContain(other.teamId);
    expect((await admin.get('/api/v1/organisation')).json().id).toBe(own.org);
    // Make sure org B has log rows, then check none show up for org A.
    await clientFor(ORG_B, 'beheerder');
    const log = (await admin.get('/api/v1/audit?perPage=200')).json<{
      items: { actor: { id: string } | null }[];
    }>();
    const orgBUserIds = (
      await t.database.db
        .select()
        .from(users)
        .where(eq(users.organisationId, (await idsOf(ORG_B)).org))
    ).map((u) => u.id);
    expect(log.items.length).toBeGreaterThan(0);
    expect(log.items.some((e) => e.actor && orgBUserIds.includes(e.actor.id))).toBe(false);
  });

  it('cannot change, check or archive the catalogue entries of another organisation', async () => {
    const editorB = await clientFor(ORG_B, 'beleidsmedewerker');
    const attempts = await Promise.all([
      editorB.patch(`/api/v1/catalogue/offers/${fixtures.offer}`, { costs: 'x' }),
      editorB.post(`/api/v1/catalogue/offers/${fixtures.offer}/archive`),
      editorB.patch(`/api/v1/specialists/${fixtures.specialist}`, { name: 'x' }),
      editorB.post(`/api/v1/specialists/${fixtures.specialist}/archive`),
      editorB.patch(`/api/v1/suggestions/${fixtures.suggestion}`, { status: 'rejected' }),
    ]);
    expect(attempts.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
    const local = await editorB.post(
      `/api/v1/catalogue/interventions/${fixtures.intervention}/archive`,
    );
    expect(local.statusCode).toBe(403);
    expect((await editorB.get('/api/v1/suggestions')).json()).toEqual([]);
  });

  it('refuses a team of another organisation when creating an account', async () => {
    const admin = await clientFor(ORG_A, 'beheerder');
    const res = await admin.post('/api/v1/users', {
      name: 'Nieuwe Collega',
      email: 'nieuw@rivierstad.example',
      role: 'sociaal_werker',
      teamIds: [other.teamId],
      password: 'een-lange-wachtzin-voor-test',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('teamIds');
    const [created] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'nieuw@rivierstad.example'));
    expect(created).toBeUndefined();
  });
});
