import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../contract/common';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import {
  buildTwoOrganisations,
  householdInput,
  learningAnswers,
  type Side,
} from '../../test/factories/two-organisations';
import { ownedRows } from '../../test/rows';

// The authorisation matrix, generated from the served OpenAPI document: every operation under
// /api/v1 × anonymous and every role × own and other organisation × assigned and unassigned
// household. Organisation A asks; organisation B's real ids go into paths and bodies. An operation
// in the document without a row below fails the first test. Expected access is written here, not
// read from the app, so a route that widens its access fails too.

type Who = Role | 'anonymous';
/** An id a path parameter takes: an object of the side asked about, or a fixed value. */
type Kind =
  | 'user'
  | 'team'
  | 'offer'
  | 'specialist'
  | 'intervention'
  | 'suggestion'
  | 'organisation'
  | 'importJob'
  | 'household'
  | 'consent'
  | 'scan'
  | 'reflection'
  | 'completion'
  | 'quickscan'
  | 'signalCase'
  | 'keptGemeente'
  | 'drawing'
  | 'caseDialogue'
  | 'adviceQuestion'
  | 'teamSession'
  | 'kompas'
  | 'experienceExpert'
  | 'erasableExpert'
  | 'offerDecision'
  | 'referral';
type Param = Kind | `=${string}`;

type Row = {
  /** Who may call it: anyone, any signed-in user, or these roles (W T P B V). */
  access: 'public' | 'signed-in' | string;
  params?: Record<string, Param>;
  query?: (s: Side) => string;
  /** A body that passes validation, built from one side's ids. */
  body?: (s: Side, role: Role) => unknown;
  /** For the own organisation, when the valid body would destroy what later requests need. */
  ownBody?: unknown;
  /**
   * Roles allowed the operation to whom their own organisation's object is still out of reach,
   * with the answer they get: a team session they did not join (404), or did not start (403).
   */
  own?: Partial<Record<keyof typeof letters, number>>;
  /** Allowed roles' answer with the other organisation's object in the path: hidden (404) unless said. */
  other?: number | 'shared';
  /** With the other organisation's ids in the body (own path): refused with one of these. */
  otherBody?: number[];
  contentType?: string;
};

const letters: Record<string, Role> = {
  W: 'sociaal_werker',
  T: 'teamleider',
  P: 'beleidsmedewerker',
  B: 'beheerder',
  V: 'vroegsignalering',
};

const gemeente = { code: 'GM0202', name: 'Arnhem' };
const householdData = householdInput().data;
const id = { id: 'household' } as const;
const scanPath = { id: 'household', scanId: 'scan' } as const;
const session = { sessionId: 'teamSession' } as const;
/** No team, so never in a team session: to them each one does not exist. */
const notJoined = { P: 404, B: 404, V: 404 };
/** Each new pseudonymous household from a signal needs a reference of its own. */
let signalRecords = 0;
const municipalQuery = () => 'gemeente=GM0202&from=2026-01-01&to=2026-12-31';

/** The matrix: one row per operation of the document. */
const matrix: Record<string, Row> = {
  'GET /session': { access: 'public' },
  'POST /setup': { access: 'public', body: () => ({}) },
  'POST /login': { access: 'public', body: () => ({}) },
  'POST /logout': { access: 'signed-in' },
  'GET /me': { access: 'signed-in' },
  'PUT /me/password': {
    access: 'signed-in',
    body: () => ({ currentPassword: 'niet-mijn-wachtwoord', newPassword: 'y'.repeat(12) }),
  },
  'PUT /me/preferences': { access: 'signed-in', body: () => ({ language: 'nl' }) },
  'POST /password-reset': { access: 'public', body: () => ({}) },
  'GET /users': { access: 'B' },
  'POST /users': {
    access: 'B',
    body: (s) => ({
      name: 'Nieuwe Collega',
      email: 'nieuw@test.wegwijs.example',
      role: 'sociaal_werker',
      teamIds: [s.team],
      password: 'een-lange-wachtzin-voor-test',
    }),
    ownBody: {},
    otherBody: [422],
  },
  'PATCH /users/{id}': {
    access: 'B',
    params: { id: 'user' },
    body: (s) => ({ name: 'Nieuwe Naam', teamIds: [s.team] }),
    otherBody: [422],
  },
  'POST /users/{id}/reset-link': { access: 'B', params: { id: 'user' } },
  'GET /teams': { access: 'signed-in' },
  'POST /teams': { access: 'B', body: () => ({}) },
  'PATCH /teams/{id}': { access: 'B', params: { id: 'team' }, body: () => ({ name: 'Hernoemd' }) },
  'GET /organisation': { access: 'signed-in' },
  'PATCH /organisation': { access: 'B', body: () => ({ settings: { freshnessMonths: 12 } }) },
  'GET /organisations': { access: 'signed-in' },
  'GET /audit': { access: 'B', query: (s) => `actorId=${s.user}&targetId=${s.household}` },
  'GET /audit/export': { access: 'B', query: (s) => `actorId=${s.user}` },
  'GET /catalogue/vocabularies': { access: 'signed-in' },
  'GET /catalogue/capitals': { access: 'signed-in' },
  'GET /catalogue/interventions/{id}': {
    access: 'signed-in',
    params: { id: 'intervention' },
    other: 'shared',
  },
  'PUT /catalogue/interventions/{id}': {
    access: 'PB',
    params: { id: 'intervention' },
    body: () => ({
      name: 'Lokaal project',
      kind: 'project',
      summary: 'Kort.',
      description: 'Een.\n\nTwee.',
      capitals: { primary: ['sociaal'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    }),
    other: 403,
  },
  'POST /catalogue/interventions/{id}/{action}': {
    access: 'PB',
    params: { id: 'intervention', action: '=checked' },
    other: 403,
  },
  'GET /catalogue/interventions/{id}/history': {
    access: 'signed-in',
    params: { id: 'intervention' },
    other: 'shared',
  },
  'POST /catalogue/interventions': { access: 'PB', body: () => ({}) },
  'GET /catalogue/local': { access: 'signed-in' },
  'POST /catalogue/offers/{id}/{action}': {
    access: 'PB',
    params: { id: 'offer', action: '=checked' },
  },
  'GET /catalogue/offers/{id}/history': {
    access: 'signed-in',
    params: { id: 'offer' },
    other: 'shared',
  },
  'GET /catalogue/offers': { access: 'signed-in' },
  'POST /catalogue/offers': { access: 'PB', body: () => ({}) },
  'GET /catalogue/offers/{id}': { access: 'signed-in', params: { id: 'offer' }, other: 'shared' },
  'PATCH /catalogue/offers/{id}': {
    access: 'PB',
    params: { id: 'offer' },
    body: () => ({ costs: 'Gratis' }),
  },
  'POST /specialists/{id}/{action}': {
    access: 'PB',
    params: { id: 'specialist', action: '=checked' },
  },
  'GET /specialists/{id}/history': {
    access: 'signed-in',
    params: { id: 'specialist' },
    other: 'shared',
  },
  'GET /specialists': { access: 'signed-in' },
  'POST /specialists': { access: 'PB', body: () => ({}) },
  'PATCH /specialists/{id}': {
    access: 'PB',
    params: { id: 'specialist' },
    body: () => ({ name: 'Nieuwe Naam' }),
  },
  'POST /suggestions': {
    access: 'signed-in',
    body: (s) => ({ targetType: 'offer', targetId: s.archivedOffer, message: 'Klopt dit?' }),
    otherBody: [404, 422],
  },
  'GET /suggestions': { access: 'PB' },
  'PATCH /suggestions/{id}': {
    access: 'PB',
    params: { id: 'suggestion' },
    body: () => ({ status: 'rejected' }),
  },
  'GET /catalogue/stale': { access: 'PB' },
  'GET /catalogue/poster/{organisationId}': {
    access: 'signed-in',
    params: { organisationId: 'organisation' },
    other: 'shared',
  },
  'GET /catalogue/poster/{organisationId}/pdf': {
    access: 'signed-in',
    params: { organisationId: 'organisation' },
    other: 'shared',
  },
  'GET /decks': { access: 'signed-in' },
  'GET /decks/{deckId}': { access: 'signed-in', params: { deckId: '=gesprekstechnieken' } },
  'GET /decks/{deckId}/pdf': { access: 'signed-in', params: { deckId: '=gesprekstechnieken' } },
  'POST /reflections': { access: 'signed-in', body: () => ({}) },
  'GET /reflections': { access: 'signed-in' },
  'GET /reflections/comparison': { access: 'signed-in', query: () => 'deckId=gezien-en-gehoord' },
  'GET /reflections/{id}': { access: 'signed-in', params: { id: 'reflection' } },
  'GET /learning/modules': { access: 'signed-in' },
  'GET /learning/modules/{moduleId}': { access: 'signed-in', params: { moduleId: '=kapitalen' } },
  'POST /learning/modules/{moduleId}/completions': {
    access: 'signed-in',
    params: { moduleId: '=kapitalen' },
    body: () => ({ version: 1, answers: learningAnswers }),
  },
  'GET /learning/completions/{id}': { access: 'signed-in', params: { id: 'completion' } },
  'GET /learning/team-totals': { access: 'T' },
  'GET /quickscan/instrument': { access: 'signed-in' },
  'GET /quickscan/mine': { access: 'signed-in' },
  'PUT /quickscan/mine': { access: 'signed-in', body: (s) => ({ answers: s.quickscanAnswers }) },
  'GET /quickscan/scans/{id}': { access: 'signed-in', params: { id: 'quickscan' } },
  'GET /quickscan/teams/{teamId}': { access: 'T', params: { teamId: 'team' } },
  'GET /quickscan/wijken': { access: 'TP', query: () => 'year=2026' },
  'GET /catalogue/search': {
    access: 'signed-in',
    query: (s) => `organisation=${s.organisation.id}`,
  },
  'GET /colleagues': { access: 'WT' },
  'GET /households': { access: 'WT', query: (s) => `professional=${s.user}` },
  'POST /households': {
    access: 'WT',
    body: (s) => ({
      ...householdInput({ reference: `NIEUW-${s.household.slice(0, 8)}` }),
      teamId: s.team,
      professionalIds: [s.user],
    }),
    otherBody: [422],
  },
  'GET /households/{id}': { access: 'WT', params: id },
  'PATCH /households/{id}': {
    access: 'WT',
    params: id,
    body: (s) => ({ label: 'Fam. Nieuw', teamId: s.team, professionalIds: [s.user] }),
    otherBody: [422],
  },
  'POST /households/{id}/close': {
    access: 'WT',
    params: id,
    body: () => ({ date: '2026-11-20', reason: 'anders' }),
    ownBody: {},
  },
  'POST /households/{id}/reopen': { access: 'WT', params: id },
  'POST /households/{id}/erase': {
    access: 'WT',
    params: id,
    body: (s) => ({ confirmReference: s.reference }),
    ownBody: { confirmReference: 'niet-deze' },
  },
  'POST /households/{id}/consents': {
    access: 'WT',
    params: id,
    body: () => ({ purpose: 'registratie', how: 'mondeling', givenAt: '2026-10-01' }),
  },
  'POST /households/{id}/consents/{consentId}/withdraw': {
    access: 'WT',
    params: { id: 'household', consentId: 'consent' },
    body: () => ({ withdrawnAt: '2026-11-01' }),
    ownBody: {},
  },
  'GET /kapitaalscan/instrument': { access: 'WT' },
  'POST /households/{id}/scans': { access: 'WT', params: id },
  'GET /households/{id}/scans/{scanId}': { access: 'WT', params: scanPath },
  'PUT /households/{id}/scans/{scanId}': { access: 'WT', params: scanPath, body: () => ({}) },
  'POST /households/{id}/scans/{scanId}/complete': { access: 'WT', params: scanPath },
  'GET /households/{id}/profile': { access: 'WT', params: id },
  'GET /households/{id}/plan': { access: 'WT', params: id },
  'PUT /households/{id}/plan': {
    access: 'WT',
    params: id,
    body: (s) => ({
      version: 0,
      goals: [],
      actions: [],
      reviewDate: null,
      referrals: [
        {
          id: 'r1',
          interventionId: 'x',
          offerId: s.archivedOffer,
          status: 'voorgesteld',
        },
      ],
    }),
    ownBody: { version: 0, goals: [], referrals: [], actions: [], reviewDate: null },
    otherBody: [404, 409, 422],
  },
  'GET /households/{id}/plan/pdf': { access: 'WT', params: id },
  'GET /households/{id}/export': { access: 'WT', params: id },
  'GET /households/{id}/export/pdf': { access: 'WT', params: id },
  'GET /reports/team': { access: 'T' },
  'GET /reports/outcomes': { access: 'TP' },
  'GET /reports/municipal': { access: 'P', query: municipalQuery },
  'GET /reports/municipal/csv': { access: 'P', query: municipalQuery },
  'GET /reports/municipal/pdf': { access: 'P', query: municipalQuery },
  'GET /households/{id}/drawings': { access: 'WT', params: id },
  'POST /households/{id}/drawings': {
    access: 'WT',
    params: id,
    body: () => ({ childRef: 'jongste', fills: { dak: 'blauw' }, note: 'Een huis.' }),
  },
  'DELETE /households/{id}/drawings/{drawingId}': {
    access: 'WT',
    params: { id: 'household', drawingId: 'drawing' },
  },
  'GET /kleurplaat/pdf': { access: 'signed-in' },
  'GET /case-dialogues': { access: 'WT', query: (s) => `teamId=${s.team}` },
  'GET /case-dialogues/{id}': { access: 'WT', params: { id: 'caseDialogue' } },
  'POST /case-dialogues': {
    access: 'WT',
    body: (s) => ({
      teamId: s.team,
      title: 'Nieuwe casus',
      data: { caseDescription: 'Een gezin.', dilemma: 'Wat nu?', perspectives: {} },
    }),
    otherBody: [422],
  },
  'GET /life-events': { access: 'signed-in' },
  'GET /life-events/{eventId}': { access: 'signed-in', params: { eventId: '=geboorte' } },
  'POST /households/{id}/plan/life-events': {
    access: 'WT',
    params: id,
    body: () => ({ lifeEventId: 'geboorte', version: 0 }),
  },
  'GET /signal-checklists': { access: 'signed-in' },
  'GET /signal-checklists/{setting}': { access: 'signed-in', params: { setting: '=school' } },
  'GET /households/{id}/signals': { access: 'WT', params: id },
  'POST /households/{id}/signals': {
    access: 'WT',
    params: id,
    body: () => ({ setting: 'school', signalIds: ['kleding'], seenOn: '2026-11-21' }),
  },
  'POST /signal-records': {
    access: 'WT',
    body: (s, role) => ({
      setting: 'kinderopvang',
      signalIds: ['eten'],
      seenOn: '2026-11-21',
      household: {
        reference: `S-${role}-${(signalRecords += 1)}`,
        label: 'V.',
        gemeente,
        teamId: s.team,
      },
      consent: { how: 'mondeling', givenAt: '2026-11-21' },
    }),
    otherBody: [422],
  },
  'GET /advice-questions': { access: 'signed-in' },
  'POST /advice-questions': {
    access: 'WT',
    body: () => ({ setting: 'school', signalIds: ['lunch'], question: 'Wat raad je aan?' }),
  },
  'POST /advice-questions/{id}/answer': {
    access: 'signed-in',
    params: { id: 'adviceQuestion' },
    body: () => ({ answer: 'Begin bij de school.' }),
    // Only a teamleider (or a person named on a specialist entry) answers for the organisation.
    own: { W: 403, P: 403, B: 403, V: 403 },
  },
  'GET /team-sessions': { access: 'signed-in' },
  'POST /team-sessions': {
    access: 'signed-in',
    body: (s) => ({ teamId: s.team, deckId: 'gezien-en-gehoord', cardId: 'casus-noah' }),
    otherBody: [422],
  },
  'POST /team-sessions/join': {
    access: 'signed-in',
    body: (s) => ({ code: s.teamSessionCode }),
    otherBody: [422],
  },
  'GET /team-sessions/{sessionId}': { access: 'signed-in', params: session, own: notJoined },
  'GET /team-sessions/{sessionId}/events': {
    access: 'signed-in',
    params: session,
    own: notJoined,
  },
  'PUT /team-sessions/{sessionId}/answer': {
    access: 'signed-in',
    params: session,
    body: () => ({ capitals: ['economisch'], reasoning: 'Werk en geld.' }),
    own: notJoined,
  },
  'POST /team-sessions/{sessionId}/reveal': {
    access: 'signed-in',
    params: session,
    own: { ...notJoined, T: 403 },
  },
  'POST /team-sessions/{sessionId}/close': {
    access: 'signed-in',
    params: session,
    body: () => ({ teamNote: 'Samen gekeken.' }),
    own: { ...notJoined, T: 403 },
  },
  'GET /experience-experts': { access: 'WTB' },
  'POST /experience-experts': {
    access: 'TB',
    body: () => ({
      name: 'Nieuwe ervaringsdeskundige',
      phone: '06-12345678',
      roles: ['co_reader'],
      consent: { givenAt: '2026-11-01', how: 'mondeling' },
    }),
  },
  'GET /experience-experts/{expertId}': { access: 'WTB', params: { expertId: 'experienceExpert' } },
  'PUT /experience-experts/{expertId}': {
    access: 'TB',
    params: { expertId: 'experienceExpert' },
    body: () => ({
      name: 'Ervaringsdeskundige',
      email: 'ervaring@test.wegwijs.example',
      roles: ['co_facilitator', 'client_panel'],
    }),
  },
  'DELETE /experience-experts/{expertId}': {
    access: 'TB',
    params: { expertId: 'erasableExpert' },
  },
  'POST /experience-experts/{expertId}/invitations': {
    access: 'WT',
    params: { expertId: 'experienceExpert' },
    body: (s) => ({ kind: 'case_dialogue', targetId: s.caseDialogue, role: 'co_facilitator' }),
    otherBody: [422],
  },
  'GET /experience-experts/invitations': {
    access: 'WT',
    query: (s) => `kind=team_session&targetId=${s.teamSession}`,
  },
  'GET /kompas': { access: 'TP' },
  'POST /kompas': {
    access: 'P',
    body: () => ({
      gemeente: 'GM0202',
      title: 'Tweede helft',
      periodFrom: '2026-07-01',
      periodTo: '2026-12-31',
    }),
  },
  'GET /kompas/{id}': { access: 'TP', params: { id: 'kompas' } },
  'PUT /kompas/{id}': {
    access: 'TP',
    params: { id: 'kompas' },
    body: (s) => ({ version: 1, blocks: s.kompasBlocks }),
  },
  'GET /kompas/{id}/pdf': { access: 'TP', params: { id: 'kompas' } },
  'GET /aanbod': { access: 'TP' },
  'POST /aanbod/decisions': {
    access: 'TP',
    // The first allowed role decides; the next finds that decision (409).
    body: () => ({
      scope: 'organisatie',
      capital: 'sociaal',
      kind: 'policy',
      subjectId: 'kinder-jongerenraad',
      decision: 'toevoegen',
      reason: 'Matrix',
    }),
  },
  'GET /aanbod/decisions/{id}': { access: 'TP', params: { id: 'offerDecision' } },
  'PUT /aanbod/decisions/{id}': {
    access: 'TP',
    params: { id: 'offerDecision' },
    // The first allowed role saves version 1; the next is stale (409).
    body: () => ({ version: 1, decision: 'toevoegen', reason: 'Matrix', status: 'in-uitvoering' }),
  },
  'GET /catalogue/export/hsds': { access: 'signed-in' },
  'POST /catalogue/import': { access: 'PB', body: () => [] },
  'GET /catalogue/import/{id}': { access: 'PB', params: { id: 'importJob' } },
  'GET /catalogue/imports': { access: 'PB' },
  'POST /benefits/calculate': { access: 'public', body: () => ({}) },
  'GET /benefits/gemeenten': { access: 'public' },
  'GET /benefits/gemeenten/{code}': { access: 'public', params: { code: '=GM0202' } },
  'GET /gemeenten/{code}/schemes': {
    access: 'signed-in',
    params: { code: 'keptGemeente' },
    other: 'shared',
  },
  'PUT /gemeenten/{code}/schemes': {
    access: 'B',
    params: { code: 'keptGemeente' },
    body: () => ({ expectedVersion: 1, config: { code: 'GM0202' }, confirmed: [] }),
    ownBody: {},
    other: 422,
  },
  'GET /gemeenten/{code}/schemes/history': {
    access: 'signed-in',
    params: { code: 'keptGemeente' },
    other: 'shared',
  },
  'POST /gemeenten/{code}/schemes/keeper': {
    access: 'B',
    params: { code: 'keptGemeente' },
    body: (s) => ({ organisationId: s.organisation.id }),
    other: 403,
  },
  'GET /benefits/rules/status': { access: 'B' },
  'POST /signals/imports': { access: 'V', body: () => '', contentType: 'text/csv' },
  'GET /signals/cases': { access: 'V' },
  'GET /signals/cases/{id}': { access: 'V', params: { id: 'signalCase' } },
  'POST /signals/cases/{id}/contacts': {
    access: 'V',
    params: { id: 'signalCase' },
    body: () => ({ kind: 'brief', on: '2026-11-20', reached: false }),
  },
  'PUT /signals/cases/{id}/outcome': {
    access: 'V',
    params: { id: 'signalCase' },
    body: () => ({ outcome: 'niet_bereikt', on: '2026-11-20' }),
  },
  'PUT /signals/cases/{id}/threat': {
    access: 'V',
    params: { id: 'signalCase' },
    body: () => ({ threat: { kind: 'ontruiming', knownOn: '2026-11-20' } }),
  },
  'GET /signals/monitor': { access: 'V' },
  'GET /signals/cases/{id}/handover-targets': { access: 'V', params: { id: 'signalCase' } },
  'POST /signals/cases/{id}/handover': {
    access: 'V',
    params: { id: 'signalCase' },
    body: (s) => ({
      teamId: s.team,
      reference: 'OVERDRACHT-1',
      label: 'Fam. O.',
      data: { ...householdData, gemeente },
      consent: { how: 'mondeling', givenAt: '2026-11-20' },
      on: '2026-11-20',
    }),
    ownBody: {},
  },
  'GET /households/{id}/referral-targets': { access: 'WT', params: id },
  'POST /households/{id}/referrals': {
    access: 'WT',
    params: id,
    // Another organisation's team is a lawful receiver (ADR 1403): no otherBody refusal.
    body: (s) => ({ teamId: s.organisation.teamIds[1], message: 'Graag warm overdragen.' }),
  },
  'GET /referrals/outgoing': { access: 'WT', query: (s) => `householdId=${s.household}` },
  'GET /referrals/incoming': { access: 'WT' },
  'GET /referrals/counts': { access: 'WT' },
  'GET /referrals/{id}': { access: 'WT', params: { id: 'referral' } },
  // A valid action would change the referral the other requests read: an empty body (422).
  'POST /referrals/{id}/actions': {
    access: 'WT',
    params: { id: 'referral' },
    body: () => ({ action: 'withdraw', version: 99 }),
    ownBody: {},
  },
};

let t: TestApp;
let a: Side;
let b: Side;
let operations: string[];
/** Operations whose answer is an event stream that stays open: read up to the first event. */
let streams: Set<string>;
let rowsOfB: string[];
const anonymous = () => new Client(t.app);
let anon: Client;
/** Every answer organisation A got, to search for organisation B's objects. */
const answers: { label: string; body: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await buildTwoOrganisations(t));
  anon = anonymous();
  await anon.refresh();
  const doc = (await anon.get('/api/v1/openapi.json')).json<{
    paths: Record<
      string,
      Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
    >;
  }>();
  const described = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      stream: 'text/event-stream' in (op.responses?.['200']?.content ?? {}),
    })),
  );
  operations = described.map((op) => op.key);
  streams = new Set(described.filter((op) => op.stream).map((op) => op.key));
  rowsOfB = await ownedRows(t, b.organisation.id);
}, 120_000);
afterAll(() => t.close());

const allowedFor = (row: Row, who: Who) =>
  row.access === 'public' ||
  (who !== 'anonymous' &&
    (row.access === 'signed-in' || [...row.access].some((l) => letters[l] === who)));

/** The path with the ids of a side (the role's own reflection; a household chosen by the caller). */
function pathFor(op: string, row: Row, side: Side, role: Who, household = side.household) {
  const template = op.split(' ')[1]!;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = row.params?.[name];
    if (!param) throw new Error(`${op}: no value for {${name}}`);
    if (param.startsWith('=')) return param.slice(1);
    if (param === 'household') return household;
    if (param === 'organisation') return side.organisation.id;
    if (param === 'reflection') return side.reflections[role === 'anonymous' ? 'beheerder' : role];
    if (param === 'completion') return side.completions[role === 'anonymous' ? 'beheerder' : role];
    if (param === 'quickscan') return side.quickscans[role === 'anonymous' ? 'beheerder' : role];
    if (param === 'drawing') return side.drawings[role === 'teamleider' ? role : 'sociaal_werker'];
    if (param === 'erasableExpert')
      return side.erasableExperts[role === 'beheerder' ? role : 'teamleider'];
    return side[
      param as Exclude<
        Kind,
        'organisation' | 'reflection' | 'completion' | 'quickscan' | 'drawing' | 'erasableExpert'
      >
    ];
  });
  const query = row.query?.(side);
  return `/api/v1${path}${query ? `?${query}` : ''}`;
}

const usesKind = (row: Row, kinds: Kind[]) =>
  Object.values(row.params ?? {}).some((p) => kinds.includes(p as Kind));

async function send(who: Who, op: string, url: string, body: unknown, row: Row) {
  const client = who === 'anonymous' ? anon : a.clients[who];
  const method = op.split(' ')[0]!;
  if (op === 'POST /logout' && who !== 'anonymous') {
    // Signing out ends the session the other requests need: do it with a session of its own.
    const own = new Client(t.app);
    await own.login(a.people[who].email, a.people[who].password);
    return own.request(method, url, body as never);
  }
  const headers: Record<string, string> = row.contentType
    ? { 'content-type': row.contentType }
    : {};
  const res = streams.has(op)
    ? await client.openStream(url)
    : await client.request(method, url, body as never, headers);
  // An answer may name the address asked for (a problem's `instance`); that is no leak.
  answers.push({ label: `${who} ${op} ${url}`, body: res.body.replaceAll(url.split('?')[0]!, '') });
  return res;
}

const refusal = (who: Who, row: Row) =>
  allowedFor(row, who) ? null : who === 'anonymous' ? 401 : 403;

const whos: Who[] = ['anonymous', ...roles];

/** The answer an allowed role gets for its own organisation's object out of its reach, if any. */
const ownOutOfReach = (who: Who, row: Row) =>
  row.own?.[Object.keys(letters).find((l) => letters[l] === who) as keyof typeof letters];

describe('the authorisation matrix', () => {
  it('has a row for every operation of the OpenAPI document, and no row for one it lacks', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect([...operations].sort()).toEqual(Object.keys(matrix).sort());
  });

  describe.each(whos)('as %s of organisation A', (who) => {
    it('is refused exactly what its role may not do, and reaches its own objects', async () => {
      for (const op of operations) {
        const row = matrix[op]!;
        const body = row.ownBody ?? row.body?.(a, who === 'anonymous' ? 'beheerder' : who);
        const res = await send(who, op, pathFor(op, row, a, who), body, row);
        const label = `${who} ${op} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        const refused = refusal(who, row) ?? ownOutOfReach(who, row);
        if (refused) expect(res.statusCode, label).toBe(refused);
        else expect([401, 403, 404], label).not.toContain(res.statusCode);
        expect(res.statusCode, label).toBeLessThan(500);
        if (res.statusCode >= 400)
          expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
      }
    });

    it("never reaches organisation B's objects named in the path", async () => {
      for (const op of operations) {
        const row = matrix[op]!;
        if (!row.params || Object.values(row.params).every((p) => p.startsWith('='))) continue;
        const body = row.body?.(a, who === 'anonymous' ? 'beheerder' : who);
        const res = await send(who, op, pathFor(op, row, b, who), body, row);
        const label = `${who} ${op} (B's id) → ${res.statusCode} ${res.body.slice(0, 200)}`;
        const refused = refusal(who, row);
        if (refused) expect(res.statusCode, label).toBe(refused);
        else if (row.other === 'shared') expect(res.statusCode, label).toBeLessThan(300);
        else expect(res.statusCode, label).toBe(row.other ?? 404);
      }
    });

    it("refuses organisation B's ids in a request body", async () => {
      for (const op of operations) {
        const row = matrix[op]!;
        if (!row.otherBody) continue;
        const res = await send(who, op, pathFor(op, row, a, who), row.body!(b, 'beheerder'), row);
        const label = `${who} ${op} (B's ids in the body) → ${res.statusCode} ${res.body.slice(0, 200)}`;
        const refused = refusal(who, row);
        if (refused) expect(res.statusCode, label).toBe(refused);
        else expect(row.otherBody, label).toContain(res.statusCode);
      }
    });

    it('never reaches a household of its organisation it is not assigned to', async () => {
      for (const op of operations) {
        const row = matrix[op]!;
        if (!usesKind(row, ['household'])) continue;
        const body = row.body?.(a, who === 'anonymous' ? 'beheerder' : who);
        const url = pathFor(op, row, a, who, a.unassignedHousehold);
        const res = await send(who, op, url, body, row);
        const label = `${who} ${op} (unassigned) → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBe(refusal(who, row) ?? 404);
      }
    });
  });

  it('left every row of organisation B as it was', async () => {
    expect(await ownedRows(t, b.organisation.id)).toEqual(rowsOfB);
  });

  it("never showed organisation A anything of organisation B's private objects", () => {
    const secrets = [
      ...b.markers,
      b.household,
      b.unassignedHousehold,
      b.consent,
      b.scan,
      b.signalCase,
      b.referral,
      b.suggestion,
      b.importJob,
      b.archivedOffer,
      ...Object.values(b.drawings),
      b.caseDialogue,
      b.adviceQuestion,
      b.teamSession,
      b.teamSessionCode,
      b.kompas,
      b.experienceExpert,
      ...Object.values(b.erasableExperts),
      b.offerDecision,
      ...Object.values(b.reflections),
      ...Object.values(b.completions),
      ...Object.values(b.quickscans),
      ...Object.values(b.people).flatMap((p) => [p.id, p.email]),
    ];
    const leaks = answers.flatMap(({ label, body }) =>
      secrets.filter((s) => body.includes(s)).map((s) => `${label}: ${s}`),
    );
    expect(answers.length).toBeGreaterThan(500);
    expect(leaks).toEqual([]);
  });
});
