import { roles, type Role } from '../../src/contract/common';
import { householdInput } from './households';
import { gemeenteSchemesFor, everyValue } from './gemeente-schemes';
import { buildOrganisation, type BuiltOrganisation } from './organisations';
import { buildUser, signIn, type BuiltUser } from './users';
import { buildHousehold } from './households';
import { testContent, type Client, type TestApp } from '../harness';

// Two organisations in Arnhem, each with a person in every role and one object of every kind a
// route can name by id: what the authorisation matrix and the fuzzer act on. Organisation B's
// objects carry unmistakable texts (`marker`), so a test can search every answer for them.

/** The ids and texts of one organisation's objects. */
export type Side = {
  organisation: BuiltOrganisation;
  people: Record<Role, BuiltUser>;
  clients: Record<Role, Client>;
  /** The worker of the second team, assigned to `unassignedHousehold`. */
  otherWorker: BuiltUser;
  user: string;
  team: string;
  offer: string;
  archivedOffer: string;
  specialist: string;
  intervention: string;
  suggestion: string;
  importJob: string;
  household: string;
  reference: string;
  consent: string;
  scan: string;
  /** A household of the second team, not assigned to anyone who signs in here. */
  unassignedHousehold: string;
  signalCase: string;
  /** A reflection per role, each private to its author. */
  reflections: Record<Role, string>;
  /** A completed learning module per role, each private to its professional. */
  completions: Record<Role, string>;
  /** A quickscan per role, each private to its author (ADR 1504). */
  quickscans: Record<Role, string>;
  /** An answer to every statement of the quickscan: a valid body for saving one. */
  quickscanAnswers: Record<string, number>;
  /** A kept colouring page of `household` for each caseworker role (each may delete its own). */
  drawings: Record<Caseworker, string>;
  caseDialogue: string;
  /** An anonymous advice question the worker asked, naming the marker. */
  adviceQuestion: string;
  /** A team session of `team`, started by the worker and joined by the team leader. */
  teamSession: string;
  teamSessionCode: string;
  /** An experience expert of the register, invited to `teamSession`. */
  experienceExpert: string;
  /** An entry for each role that keeps the register, for it to erase. */
  erasableExperts: Record<'teamleider' | 'beheerder', string>;
  /** A referral of `household` (consent to share given) to the organisation's second team. */
  referral: string;
  /** A Kwaliteitskompas cycle in Arnhem and the blocks it started with. */
  kompas: string;
  kompasBlocks: unknown;
  /** A decision about the offer per capital (a policy option to add), by the team leader. */
  offerDecision: string;
  /** A gemeente whose municipal schemes this organisation keeps. */
  keptGemeente: string;
  /** Texts only this organisation's objects contain. */
  markers: string[];
};

type Caseworker = 'sociaal_werker' | 'teamleider';

/** Answers to every check question of the learning module 'kapitalen'. */
export const learningAnswers = {
  'welke-bron': 'cultureel',
  'een-knop': 'andere-bronnen',
  compenseren: 'compenseren',
  signaleren: 'alle',
};

const ARNHEM = { code: 'GM0202', name: 'Arnhem' };
const AMSTERDAM = { code: 'GM0363', name: 'Amsterdam' };

type Answer = { statusCode: number; body: string; json: () => unknown };

function succeeded(res: Answer, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

function created(res: Answer, what: string) {
  succeeded(res, what);
  return (res.json() as { id: string }).id;
}

/** A drawing, a case dialogue, a team session, a kompas cycle and an offer decision, each naming the marker. */
async function teamObjects(
  clients: Record<Role, Client>,
  { household, team, marker }: { household: string; team: string; marker: string },
) {
  const worker = clients.sociaal_werker;
  succeeded(
    await worker.post(`/api/v1/households/${household}/consents`, {
      purpose: 'kleurplaat',
      how: 'mondeling',
      givenAt: '2026-10-01',
    }),
    'consent for drawings',
  );
  const drawings = {} as Record<Caseworker, string>;
  for (const role of ['sociaal_werker', 'teamleider'] as const)
    drawings[role] = created(
      await clients[role].post(`/api/v1/households/${household}/drawings`, {
        childRef: 'oudste',
        fills: { dak: 'rood', muur: 'geel' },
        note: `${marker}-tekening`,
      }),
      'drawing',
    );
  const caseDialogue = created(
    await worker.post('/api/v1/case-dialogues', {
      teamId: team,
      title: `Casus ${marker}`,
      data: {
        caseDescription: `${marker}-casus`,
        dilemma: 'Wat weegt zwaarder?',
        perspectives: {},
      },
    }),
    'case dialogue',
  );
  succeeded(
    await worker.post(`/api/v1/households/${household}/consents`, {
      purpose: 'registratie',
      how: 'mondeling',
      givenAt: '2026-10-01',
    }),
    'consent to keep data',
  );
  succeeded(
    await worker.post(`/api/v1/households/${household}/signals`, {
      setting: 'school',
      signalIds: ['lunch'],
      seenOn: '2026-11-20',
      note: `${marker}-signaal`,
    }),
    'recorded signal',
  );
  const adviceQuestion = created(
    await worker.post('/api/v1/advice-questions', {
      setting: 'school',
      signalIds: ['lunch'],
      question: `Hoe begin ik? ${marker}-adviesvraag`,
    }),
    'advice question',
  );
  const started = await worker.post('/api/v1/team-sessions', {
    teamId: team,
    deckId: 'gezien-en-gehoord',
    cardId: 'casus-noah',
  });
  const teamSession = created(started, 'team session');
  const teamSessionCode = started.json<{ code: string }>().code;
  succeeded(
    await clients.teamleider.post('/api/v1/team-sessions/join', { code: teamSessionCode }),
    'joining the team session',
  );
  succeeded(
    await worker.put(`/api/v1/team-sessions/${teamSession}/answer`, {
      capitals: ['sociaal'],
      reasoning: `${marker}-antwoord`,
    }),
    'answer in the team session',
  );
  const cycle = await clients.beleidsmedewerker.post('/api/v1/kompas', {
    gemeente: 'GM0202',
    title: `Kompas ${marker}`,
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
  });
  const kompas = created(cycle, 'kompas cycle');
  const kompasBlocks = cycle.json<{ blocks: unknown }>().blocks;
  const offerDecision = created(
    await clients.teamleider.post('/api/v1/aanbod/decisions', {
      scope: 'organisatie',
      capital: 'economisch',
      kind: 'policy',
      subjectId: 'lokaal-financieel-vangnet',
      decision: 'toevoegen',
      reason: `Besluit ${marker}`,
    }),
    'offer decision',
  );
  return {
    drawings,
    caseDialogue,
    adviceQuestion,
    teamSession,
    teamSessionCode,
    kompas,
    kompasBlocks,
    offerDecision,
  };
}

/** Register entries named after the marker, one of them invited to the team session. */
async function experienceExperts(
  clients: Record<Role, Client>,
  { teamSession, marker }: { teamSession: string; marker: string },
) {
  const entry = (name: string) => ({
    name,
    email: `${name.toLowerCase()}@test.wegwijs.example`,
    roles: ['co_facilitator'],
    consent: { givenAt: '2026-10-01', how: 'schriftelijk' },
  });
  const add = async (client: Client, name: string) =>
    created(await client.post('/api/v1/experience-experts', entry(name)), 'experience expert');
  const experienceExpert = await add(clients.teamleider, `${marker}-ervaring`);
  succeeded(
    await clients.teamleider.post(`/api/v1/experience-experts/${experienceExpert}/invitations`, {
      kind: 'team_session',
      targetId: teamSession,
      role: 'co_facilitator',
    }),
    'invitation',
  );
  const erasableExperts = {
    teamleider: await add(clients.teamleider, `${marker}-wissen-t`),
    beheerder: await add(clients.beheerder, `${marker}-wissen-b`),
  };
  return { experienceExpert, erasableExperts };
}

/** A warme overdracht to another team, after the household agreed to share. */
async function sentReferral(
  worker: Client,
  { household, team, marker }: { household: string; team: string; marker: string },
) {
  succeeded(
    await worker.post(`/api/v1/households/${household}/consents`, {
      purpose: 'delen-met-partners',
      how: 'mondeling',
      givenAt: '2026-10-01',
    }),
    'consent to share',
  );
  return created(
    await worker.post(`/api/v1/households/${household}/referrals`, {
      teamId: team,
      message: `${marker}-overdracht`,
    }),
    'referral',
  );
}

/** An organisation with a person in every role, signed in, and one object of every kind. */
export async function buildSide(
  t: TestApp,
  tag: string,
  options: { keeps: { code: string; name: string }; gemeenten: { code: string; name: string }[] },
): Promise<Side> {
  const organisation = await buildOrganisation(t, {
    name: `Organisatie ${tag}`,
    gemeenten: options.gemeenten,
    teams: [`Team ${tag}1`, `Team ${tag}2`],
  });
  const [team1, team2] = organisation.teamIds as [string, string];
  const people = {} as Record<Role, BuiltUser>;
  const clients = {} as Record<Role, Client>;
  for (const role of roles) {
    const teamIds = role === 'sociaal_werker' || role === 'teamleider' ? [team1] : [];
    people[role] = await buildUser(t, { organisationId: organisation.id, role, teamIds });
    clients[role] = await signIn(t, people[role]);
  }
  const otherWorker = await buildUser(t, {
    organisationId: organisation.id,
    role: 'sociaal_werker',
    teamIds: [team2],
  });
  const editor = clients.beleidsmedewerker;
  const worker = clients.sociaal_werker;
  const marker = `GEHEIM-${tag}`;
  const nationalId = (await testContent()).interventions[0]!.id;
  const offerBody = {
    interventionId: nationalId,
    gemeenten: ['GM0202'],
    howToRefer: 'Aanmelden via het wijkteam.',
  };
  const offer = created(await editor.post('/api/v1/catalogue/offers', offerBody), 'offer');
  const archivedOffer = created(
    await editor.post('/api/v1/catalogue/offers', offerBody),
    'archived offer',
  );
  await editor.post(`/api/v1/catalogue/offers/${archivedOffer}/archive`);
  const specialist = created(
    await editor.post('/api/v1/specialists', {
      name: 'Piet Post',
      function: 'Schuldhulp',
      topics: ['schuldhulp'],
      gemeenten: ['GM0202'],
    }),
    'specialist',
  );
  const intervention = created(
    await editor.post('/api/v1/catalogue/interventions', {
      name: `Lokaal project ${tag}`,
      kind: 'project',
      summary: 'Kort.',
      description: 'Een.\n\nTwee.',
      capitals: { primary: ['sociaal'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    }),
    'intervention',
  );
  const suggestion = created(
    await editor.post('/api/v1/suggestions', {
      targetType: 'offer',
      targetId: offer,
      message: `Klopt dit nog? ${marker}-suggestie`,
    }),
    'suggestion',
  );
  const importJob = created(
    await editor.request('POST', '/api/v1/catalogue/import', []),
    'import job',
  );
  const { id: household, reference } = await buildHousehold(
    t,
    { organisationId: organisation.id, teamId: team1, professionalIds: [people.sociaal_werker.id] },
    { reference: `${marker}-H1` },
  );
  const unassigned = await buildHousehold(
    t,
    { organisationId: organisation.id, teamId: team2, professionalIds: [otherWorker.id] },
    { reference: `${marker}-H2` },
  );
  const consent = created(
    await worker.post(`/api/v1/households/${household}/consents`, {
      purpose: 'kapitaalscan',
      how: 'mondeling',
      givenAt: '2026-10-01',
    }),
    'consent',
  );
  const scan = created(await worker.post(`/api/v1/households/${household}/scans`), 'scan');
  const signaller = clients.vroegsignalering;
  const csv =
    'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\n' +
    `energie;120;2;${marker}sma;6811AA;3;1980-01-01\n`;
  const imported = await signaller.post('/api/v1/signals/imports', csv, {
    'content-type': 'text/csv',
  });
  if (imported.statusCode !== 201) throw new Error(`signal import: ${imported.body}`);
  const signalCase = (await signaller.get('/api/v1/signals/cases')).json<{
    items: { id: string }[];
  }>().items[0]!.id;
  const reflections = {} as Record<Role, string>;
  for (const role of roles)
    reflections[role] = created(
      await clients[role].post('/api/v1/reflections', {
        deckId: 'gezien-en-gehoord',
        moment: 'voor',
        answers: { 'reflectie-afstand': `${marker}-reflectie` },
      }),
      'reflection',
    );
  const completions = {} as Record<Role, string>;
  for (const role of roles)
    completions[role] = created(
      await clients[role].post('/api/v1/learning/modules/kapitalen/completions', {
        version: 1,
        answers: learningAnswers,
      }),
      'learning completion',
    );
  const quickscanAnswers = Object.fromEntries(
    (await testContent()).quickscans[0]!.parts.flatMap((p) => p.statements.map((s) => [s.id, 3])),
  );
  const quickscans = {} as Record<Role, string>;
  for (const role of roles)
    quickscans[role] = (
      await clients[role].put('/api/v1/quickscan/mine', {
        answers: quickscanAnswers,
        wijk: `${marker}-wijk`,
      })
    ).json<{ id: string }>().id;
  const more = await teamObjects(clients, { household, team: team1, marker });
  const experts = await experienceExperts(clients, { teamSession: more.teamSession, marker });
  const referral = await sentReferral(worker, { household, team: team2, marker });
  const schemes = await clients.beheerder.put(`/api/v1/gemeenten/${options.keeps.code}/schemes`, {
    expectedVersion: 0,
    config: gemeenteSchemesFor(undefined, options.keeps),
    confirmed: everyValue,
  });
  if (schemes.statusCode !== 200) throw new Error(`schemes: ${schemes.body}`);
  return {
    organisation,
    people,
    clients,
    otherWorker,
    user: people.sociaal_werker.id,
    team: team1,
    offer,
    archivedOffer,
    specialist,
    intervention,
    suggestion,
    importJob,
    household,
    reference,
    consent,
    scan,
    unassignedHousehold: unassigned.id,
    signalCase,
    referral,
    reflections,
    completions,
    quickscans,
    quickscanAnswers,
    ...more,
    ...experts,
    keptGemeente: options.keeps.code,
    markers: [marker],
  };
}

/** Organisation A keeps Amsterdam's schemes, B keeps Arnhem's; both work in Arnhem. */
export async function buildTwoOrganisations(t: TestApp) {
  const a = await buildSide(t, 'A', { keeps: AMSTERDAM, gemeenten: [ARNHEM, AMSTERDAM] });
  const b = await buildSide(t, 'B', { keeps: ARNHEM, gemeenten: [ARNHEM] });
  return { a, b };
}

export { householdInput };
