import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { and, eq } from 'drizzle-orm';
import {
  configuredScheme,
  calculateAll,
  unconfiguredGemeente,
  valueFields,
  defaultRules,
  validateHousehold,
  whatIf,
  withGemeenten,
  type GemeenteConfig,
  type HouseholdInput,
} from '../../domain/benefits';
import { auditLog, entryVersions, gemeenteSchemes } from '../../db/schema';
import { Client, createTestApp, type TestApp } from '../../../test/harness';
import { everyValue, gemeenteSchemesFor } from '../../../test/factories/gemeente-schemes';
import { neighbourOrganisations, ORG_A, ORG_B } from '../../../test/factories/people';
import { registerAuth } from '../plugins/auth';
import { sessionCache } from '../session-cache';
import { CALCULATE_RATE_LIMIT_PER_MINUTE } from './benefits.routes';

let t: TestApp;
let as: Awaited<ReturnType<typeof neighbourOrganisations>>['as'];
let person: Awaited<ReturnType<typeof neighbourOrganisations>>['person'];
const P = '2026-03-01';
const rules = defaultRules();
/** Dalfsen has no schemes in Wegwijs: residents get the national ones and 'ask your gemeente'. */
const dalfsen = withGemeenten(rules, [unconfiguredGemeente('GM0148', 'Dalfsen')]);

/** A plain request without cookies or CSRF token, as another program would send it. */
function calculate(body: unknown, headers: Record<string, string> = {}, remoteAddress?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/benefits/calculate',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

const family: HouseholdInput = {
  gemeente: 'GM0148',
  applicant: {
    birthDate: '1988-04-12',
    grossMonthlyIncomeCents: 170000,
    netMonthlyIncomeCents: 150000,
    incomeKind: 'loon',
  },
  children: [{ birthDate: '2018-05-01' }],
  home: { type: 'huur', rentMonthlyCents: 70000 },
  assetsCents: 100000,
};

function engine(input: HouseholdInput, r = dalfsen) {
  const v = validateHousehold(input, P);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return { household: v.household, result: calculateAll(v.household, P, r) };
}

/** Every text in a nested catalogue file. */
function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree as Record<string, unknown>).flatMap(leaves);
}

type Problem = {
  code: string;
  detail: string;
  errors: { field: string; code: string; messages: { nl: string; en: string } }[];
};

/** Test date of the server clock (test/harness.ts), as the server records it. */
const TODAY = '2026-11-24';

/** Every figure of every scheme: what a beheerder who typed or checked them all confirms. */
/** Arnhem's schemes as a beheerder would enter them (numbers chosen for the test), each with a source. */
const arnhem = (change?: (c: GemeenteConfig) => void) => gemeenteSchemesFor(change);

beforeAll(async () => {
  t = await createTestApp();
  ({ as, person } = await neighbourOrganisations(t));
});
afterAll(() => t.close());

describe('POST /api/v1/benefits/calculate', () => {
  it('returns the same amounts as the engine, with the full trace, without cookie or CSRF token', async () => {
    const res = await calculate({ household: family, peildatum: P });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.json();
    const { result } = engine(family);
    expect(body).toMatchObject({
      apiVersion: '1.1',
      peildatum: P,
      gemeente: 'GM0148',
      gemeenteName: 'Dalfsen',
      gemeenteIsExample: false,
      gemeenteConfigVersion: 0,
      totals: result.totals,
    });
    expect(
      body.schemes.map((s: { scheme: string; status: string; amount: unknown }) => [
        s.scheme,
        s.status,
        s.amount,
      ]),
    ).toEqual(result.schemes.map((s) => [s.scheme, s.status, s.amount]));
    const zorgtoeslag = body.schemes.find((s: { scheme: string }) => s.scheme === 'zorgtoeslag');
    expect(zorgtoeslag.amount.perMonthCents).toBeGreaterThan(0);
    expect(zorgtoeslag.steps.length).toBeGreaterThan(0);
    expect(zorgtoeslag.parameters[0].reference.url).toMatch(/^https:/);
    // The trace names each parameter in both languages, for the reader's UI language.
    expect(
      zorgtoeslag.parameters.find((p: { id: string }) => p.id === 'zorgtoeslag.standaardpremie'),
    ).toMatchObject({
      description: 'Standaardpremie: wat een zorgverzekering gemiddeld kost in een jaar.',
      descriptionEn:
        'Standard premium (standaardpremie): what health insurance costs on average in a year.',
    });
    // 'Waarom niet?' comes from the same trace: one sentence per failed condition.
    const bijstand = body.schemes.find((s: { scheme: string }) => s.scheme === 'bijstand');
    expect(bijstand.status).toBe('geen-recht');
    expect(bijstand.whyNot.map((w: { conditionId: string }) => w.conditionId)).toEqual(
      result.schemes
        .find((s) => s.scheme === 'bijstand')!
        .conditions.filter((c) => !c.passed)
        .map((c) => c.id),
    );
  });

  it("answers 'wat als' with the engine's before/after difference", async () => {
    const change = { kind: 'income', person: 'applicant', grossMonthlyDeltaCents: 20000 } as const;
    const res = await calculate({ household: family, peildatum: P, whatIf: change });
    expect(res.statusCode).toBe(200);
    const expected = whatIf(engine(family).household, change, P, dalfsen);
    expect(res.json().whatIf).toMatchObject({
      netEffectPerMonthCents: expected.netEffectPerMonthCents,
      benefitsDeltaPerMonthCents: expected.benefitsDeltaPerMonthCents,
      keptPercent: expected.keptPercent,
      armoedeval: expected.armoedeval,
      schemes: expected.schemes,
    });
  });

  it('uses today in the Netherlands when no peildatum is given', async () => {
    const res = await calculate({ household: family });
    expect(res.statusCode).toBe(200);
    // The test clock stands at 2026-11-24 09:00 UTC.
    expect(res.json().peildatum).toBe('2026-11-24');
  });

  it.each([
    [
      'a negative income',
      { applicant: { ...family.applicant, netMonthlyIncomeCents: -100 } },
      'household.applicant.netMonthlyIncomeCents',
      /negatief/,
      /negative/,
    ],
    [
      'a child born in the future',
      { children: [{ birthDate: '2027-02-01' }] },
      'household.children.0.birthDate',
      /toekomst/,
      /future/,
    ],
    [
      'rent without a rented home',
      { home: { type: 'koop', rentMonthlyCents: 70000 } },
      'household.home.rentMonthlyCents',
      /geen huurwoning/,
      /not rented/,
    ],
    [
      'an unknown gemeente',
      { gemeente: 'GM0001' },
      'household.gemeente',
      /GM0001 is onbekend/,
      /GM0001 is unknown/,
    ],
  ])(
    'refuses %s with a 422 naming the field in Dutch and English',
    async (_, patch, field, nl, en) => {
      const res = await calculate({ household: { ...family, ...patch }, peildatum: P });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = res.json<Problem>();
      expect(problem.code).toBe('validation_failed');
      const error = problem.errors.find((e) => e.field === field);
      expect(error, JSON.stringify(problem.errors)).toBeDefined();
      expect(error!.messages.nl).toMatch(nl);
      expect(error!.messages.en).toMatch(en);
    },
  );

  it('answers in English when asked, and lists every problem at once', async () => {
    const res = await calculate(
      {
        household: {
          ...family,
          applicant: {
            ...family.applicant,
            grossMonthlyIncomeCents: 100,
            netMonthlyIncomeCents: 900,
          },
          children: [{ birthDate: '2030-01-01' }],
        },
        peildatum: P,
      },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.detail).toBe('Some of the data is not filled in correctly.');
    expect(problem.errors.map((e) => e.field).sort()).toEqual([
      'household.applicant.netMonthlyIncomeCents',
      'household.children.0.birthDate',
    ]);
  });

  it('words every label, note, question and how-to-apply in English for an English reader', async () => {
    type Worded = {
      scheme: string;
      conditions: { id: string; label: string }[];
      steps: { id: string; label: string }[];
      whyNot: { text: string }[];
      toAsk: string[];
      howToApply: string | null;
      via: string | null;
      notes: string[];
    };
    const answer = async (language: string) => {
      const res = await calculate(
        { household: family, peildatum: P },
        { 'accept-language': language },
        '10.0.0.77',
      );
      expect(res.statusCode).toBe(200);
      return res.json<{ schemes: Worded[] }>().schemes;
    };
    const english = await answer('en');
    const zorg = english.find((s) => s.scheme === 'zorgtoeslag')!;
    expect(zorg.conditions.find((c) => c.id === 'leeftijd')!.label).toBe('You are 18 or older');
    expect(zorg.steps.find((s) => s.id === 'normpremie')!.label).toBe(
      'Norm premium: what the law says you can pay yourself',
    );
    expect(zorg.howToApply).toMatch(/^Apply for healthcare benefit/);
    const kwijtschelding = english.find((s) => s.scheme === 'kwijtschelding')!;
    expect(kwijtschelding.howToApply).toBe('Ask the municipality of Dalfsen.');

    // No Dutch sentence of the schemes' texts reaches the English reader.
    const shown = english
      .flatMap((s) => [
        ...s.conditions.map((c) => c.label),
        ...s.steps.map((step) => step.label),
        ...s.whyNot.map((w) => w.text),
        ...s.toAsk,
        s.howToApply ?? '',
        s.via ?? '',
        ...s.notes,
      ])
      .join('\n');
    const catalogue = (language: string): string[] =>
      leaves(
        JSON.parse(
          readFileSync(
            new URL(`../../contract/messages/schemeTexts.${language}.json`, import.meta.url),
            'utf8',
          ),
        ),
      );
    // Names the English text keeps on purpose ('Benefits Agency (Dienst Toeslagen)') are not Dutch.
    const englishTexts = catalogue('en');
    const dutchTexts = catalogue('nl')
      .map((text) => text.split('{')[0]!.trim())
      .filter((text) => text.length >= 12 && !englishTexts.some((en) => en.includes(text)));
    expect(dutchTexts.length).toBeGreaterThan(100);
    expect(dutchTexts.filter((text) => shown.includes(text))).toEqual([]);
    // A fund's own texts come from rules/fondsen, with their English twin.
    for (const dutch of [
      'U bent 18 jaar of ouder',
      'Standaardpremie',
      'Vraag het na bij de gemeente',
      'Neem contact op met de Stichting Leergeld',
      'Vraag het na bij de aanvrager',
      'Dienst Toeslagen,',
    ])
      expect(shown).not.toContain(dutch);
    // Scheme names in English; funds keep their official names, the generic food bank does not.
    const names = (await answer('en')).map((s) => (s as Worded & { name: string }).name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Healthcare allowance (zorgtoeslag)',
        'Rent allowance (huurtoeslag)',
        'Remission of local taxes (kwijtschelding)',
        'Stichting Leergeld',
        'Jeugdfonds Sport & Cultuur',
        'Food bank (voedselbank)',
      ]),
    );
    expect(names).not.toContain('Voedselbank');
    const leergeld = english.find((s) => s.scheme === 'leergeld')!;
    expect(leergeld.howToApply).toMatch(/^Contact the Stichting Leergeld in your municipality/);
    expect(kwijtschelding.via).toBe('Municipality');

    // The Dutch reader gets the same result in Dutch.
    const dutchZorg = (await answer('nl')).find((s) => s.scheme === 'zorgtoeslag')!;
    expect(dutchZorg.conditions.find((c) => c.id === 'leeftijd')!.label).toBe(
      'U bent 18 jaar of ouder',
    );
  });

  it("writes the formulas for professionals in the reader's numbers and words", async () => {
    type Step = { id: string; formula: string };
    type Param = { id: string; verified: string };
    type Answer = { scheme: string; steps: Step[]; parameters: Param[] }[];
    const adult = (birthDate: string, netMonthlyIncomeCents: number) => ({
      birthDate,
      grossMonthlyIncomeCents: netMonthlyIncomeCents,
      netMonthlyIncomeCents,
    });
    // A couple with an adult son at home (a kostendeler), paying more rent than the limit.
    const couple: HouseholdInput = {
      gemeente: 'GM0148',
      applicant: adult('1975-02-01', 60000),
      partner: adult('1977-06-01', 0),
      otherAdults: [{ ...adult('1996-01-01', 0), relation: 'kind' }],
      home: { type: 'huur', rentMonthlyCents: 130000 },
    };
    const answer = async (language: string) => {
      const res = await calculate(
        { household: couple, peildatum: P },
        { 'accept-language': language },
        '10.0.0.78',
      );
      expect(res.statusCode).toBe(200);
      const schemes = res.json<{ schemes: Answer }>().schemes;
      const step = (scheme: string, id: string) =>
        schemes.find((s) => s.scheme === scheme)!.steps.find((s) => s.id === id)!.formula;
      return { schemes, step };
    };
    const en = await answer('en');
    const nl = await answer('nl');
    // Participatiewet art. 22a: (40 + A x 30) / (A x 100) x the norm for a couple (€ 2.002,13 in
    // 2026), twice for a couple; three kostendelers here.
    expect(en.step('bijstand', 'kostendelersnorm')).toBe(
      '(40 + 3 x 30) / (3 x 100) x 2,002.13 x 2 (for you and your partner)',
    );
    expect(nl.step('bijstand', 'kostendelersnorm')).toBe(
      '(40 + 3 x 30) / (3 x 100) x 2.002,13 x 2 (voor u en uw partner)',
    );
    // Wet op de huurtoeslag art. 13: rent counts up to the maximum rent limit (€ 932,93 in 2026).
    expect(en.step('huurtoeslag', 'rekenhuur')).toBe('1,300.00, but not more than 932.93');
    expect(nl.step('huurtoeslag', 'rekenhuur')).toBe('1.300,00, maar niet meer dan 932,93');
    expect(en.step('huurtoeslag', 'rekeninkomen')).toMatch(/^applicant \+ partner \+ co-residents/);

    // No Dutch word or Dutch number in any English formula.
    const formulas = en.schemes.flatMap((s) => s.steps.map((step) => step.formula)).join('\n');
    expect(formulas).toMatch(/\d,\d{3}\.\d{2}/);
    expect(formulas).not.toMatch(/\d\.\d{3},\d{2}|\d,\d{2}(?!\d)|\d,\d+%/);
    expect(formulas).not.toMatch(
      /afgerond|maar niet|voor u|inkomen|aanvrager|medebewoners|per jaar|per maand/,
    );
    // The line on each parameter's check is ours in English; what was read keeps its own title.
    const verified = (a: typeof en) =>
      a.schemes.flatMap((s) => s.parameters.map((p) => p.verified));
    expect(verified(en).length).toBeGreaterThan(0);
    for (const line of verified(en))
      expect(line).toMatch(/^(Checked on \d{4}-\d{2}-\d{2} by |Not checked: )/);
    for (const line of verified(nl))
      expect(line).toMatch(/^(Gecontroleerd op \d{4}-\d{2}-\d{2} door |Niet gecontroleerd: )/);
  });

  it("notes an amount whose new value is due but missing in the reader's language", async () => {
    // The standaardpremie of 1 January 2026 is set anew every year: on 1 February 2027 the
    // 2027 amount was due, and the rules have none yet.
    const premium = async (language: string) => {
      const res = await calculate(
        { household: family, peildatum: '2027-02-01' },
        { 'accept-language': language },
        '10.0.0.79',
      );
      expect(res.statusCode).toBe(200);
      const zorg = res
        .json<{ schemes: { scheme: string; parameters: { id: string; stale: unknown }[] }[] }>()
        .schemes.find((s) => s.scheme === 'zorgtoeslag')!;
      return zorg.parameters.find((p) => p.id === 'zorgtoeslag.standaardpremie')!.stale;
    };
    expect(await premium('nl')).toEqual({
      validFrom: '2026-01-01',
      dueFrom: '2027-01-01',
      message: expect.objectContaining({ nl: expect.stringMatching(/^Bedrag van 1 januari 2026/) }),
      text: 'Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 januari 2027) is nog niet ingevoerd.',
    });
    expect(await premium('en')).toEqual({
      validFrom: '2026-01-01',
      dueFrom: '2027-01-01',
      message: expect.objectContaining({ en: expect.stringMatching(/^Amount of 1 January 2026/) }),
      text: 'Amount of 1 January 2026; the new amount (from 1 January 2027) has not been entered yet.',
    });
  });

  it('checks the peildatum and the what-if change, naming their fields', async () => {
    const badDate = await calculate({ household: family, peildatum: '24-11-2026' });
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json<Problem>().errors[0]).toMatchObject({ field: 'peildatum' });
    expect(badDate.json<Problem>().errors[0]!.messages.nl).toMatch(/JJJJ-MM-DD/);

    const noPartner = await calculate({
      household: family,
      peildatum: P,
      whatIf: { kind: 'income', person: 'partner', grossMonthlyDeltaCents: 20000 },
    });
    expect(noPartner.statusCode).toBe(422);
    expect(noPartner.json<Problem>().errors[0]!.field).toBe('whatIf.person');

    const missing = await calculate({ peildatum: P });
    expect(missing.statusCode).toBe(422);
    expect(missing.json<Problem>().errors[0]).toMatchObject({
      field: 'household',
      messages: { nl: 'Dit veld is verplicht.' },
    });
  });

  it('ignores a session cookie: the answer is the same for everybody and no token is needed', async () => {
    const worker = await as(ORG_A, 'sociaal_werker');
    const withCookie = await worker.request(
      'POST',
      '/api/v1/benefits/calculate',
      { household: family, peildatum: P },
      { 'x-csrf-token': '' },
    );
    expect(withCookie.statusCode).toBe(200);
    expect(withCookie.json().totals).toEqual(engine(family).result.totals);
  });

  it('limits calls per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= CALCULATE_RATE_LIMIT_PER_MINUTE; i++) {
      const res = await calculate({ household: family, peildatum: P }, {}, '192.0.2.77');
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, -1).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Another address is not affected.
    expect(
      (await calculate({ household: family, peildatum: P }, {}, '192.0.2.78')).statusCode,
    ).toBe(200);
  });

  it('is described in the OpenAPI document with the household fields', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const op = doc.paths['/benefits/calculate'].post;
    const schema = op.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual(['household', 'peildatum', 'whatIf']);
    expect(Object.keys(schema.properties.household.properties)).toContain('assetsCents');
    expect(op.responses['200']).toBeDefined();
  });
});

describe('CSRF stays on for everything else', () => {
  it('still refuses a state-changing route without the token', async () => {
    const c = new Client(t.app);
    await c.refresh();
    const res = await c.request(
      'POST',
      '/api/v1/login',
      { email: 'x@example.org', password: 'x' },
      {
        'x-csrf-token': '',
      },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });

  it('refuses to register a route that skips CSRF but is not public', async () => {
    const app = Fastify();
    registerAuth(app, {
      sessions: sessionCache(),
      db: t.database.db,
      secure: false,
      idleMs: 60_000,
      absoluteMs: 60_000,
      now: () => new Date(),
    });
    expect(() =>
      app.post('/api/v1/x', { config: { access: 'authenticated', csrf: false } }, () => 'x'),
    ).toThrow(/skips CSRF but is not public/);
    await app.close();
  });
});

describe('municipal schemes per gemeente', () => {
  // Each test starts with Arnhem not configured, so it runs alone and in any order.
  beforeEach(async () => {
    const db = t.database.db;
    await db
      .delete(entryVersions)
      .where(
        and(eq(entryVersions.entityType, 'gemeente-schemes'), eq(entryVersions.entityId, 'GM0202')),
      );
    await db.delete(gemeenteSchemes).where(eq(gemeenteSchemes.gemeenteCode, 'GM0202'));
  });

  it('never serves or uses the example gemeente for residents', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/benefits/gemeenten' });
    expect(list.statusCode).toBe(200);
    expect(list.json().gemeenten.map((g: { code: string }) => g.code)).not.toContain('GM9999');
    expect(list.json().gemeenten.every((g: { example: boolean }) => !g.example)).toBe(true);
    const one = await t.app.inject({ method: 'GET', url: '/api/v1/benefits/gemeenten/GM9999' });
    expect(one.statusCode).toBe(404);
    const calc = await calculate({ household: { ...family, gemeente: 'GM9999' }, peildatum: P });
    expect(calc.statusCode).toBe(422);
    expect(calc.json<Problem>().errors[0]).toMatchObject({
      field: 'household.gemeente',
      code: 'unknown_gemeente',
    });
  });

  it('tells a resident of a gemeente without schemes what to ask, with no figure', async () => {
    const res = await calculate({ household: family, peildatum: P });
    expect(res.statusCode).toBe(200);
    const municipal = res
      .json()
      .schemes.filter((s: { category: string }) => s.category === 'gemeentelijk');
    expect(municipal).toHaveLength(5);
    for (const s of municipal) {
      expect(s).toMatchObject({ status: 'mogelijk', amount: null, source: null });
      expect(s.howToApply).toBe('Vraag het na bij de gemeente Dalfsen.');
      expect(s.toAsk.length).toBeGreaterThan(0);
    }
    const zorgtoeslag = res
      .json()
      .schemes.find((s: { scheme: string }) => s.scheme === 'zorgtoeslag');
    expect(zorgtoeslag.amount.perMonthCents).toBeGreaterThan(0);
  });

  it('lets a beheerder of an organisation in that gemeente save it; calculations use it at once', async () => {
    const admin = await as(ORG_A, 'beheerder');
    const before = await admin.get('/api/v1/gemeenten/GM0202/schemes');
    expect(before.json()).toMatchObject({
      code: 'GM0202',
      version: 0,
      config: null,
      canEdit: true,
    });

    const config = arnhem((c) => {
      configuredScheme(c, 'individuele-inkomenstoeslag')!.income_limit_pct = 125;
    });
    const res = await admin.put('/api/v1/gemeenten/GM0202/schemes', {
      expectedVersion: 0,
      config,
      confirmed: everyValue,
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json<{ config: GemeenteConfig }>().config;
    expect(res.json()).toMatchObject({
      version: 1,
      organisationName: ORG_A,
      updatedBy: (await person(ORG_A, 'beheerder')).name,
      config: { code: 'GM0202', name: 'Arnhem' },
    });
    // Every figure now says who checked it against which source, and when.
    expect(configuredScheme(saved, 'kwijtschelding')!.verified!.cost_norm_pct).toEqual({
      status: 'verified',
      source: 'Beleidsregels kwijtschelding (testgegevens)',
      url: 'https://lokaleregelgeving.overheid.nl/CVDR000002',
      read_on: TODAY,
      by: (await person(ORG_A, 'beheerder')).name,
    });

    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/benefits/gemeenten' })).json();
    expect(list.gemeenten.map((g: { code: string }) => g.code)).toContain('GM0202');
    const pub = await t.app.inject({ method: 'GET', url: '/api/v1/benefits/gemeenten/gm0202' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ code: 'GM0202', version: 1, example: false, config: saved });

    // The calculation for a household in Arnhem uses Arnhem's limit of 125%, and names the source.
    const input = { ...family, gemeente: 'GM0202' };
    const calc = await calculate({ household: input, peildatum: P });
    expect(calc.statusCode).toBe(200);
    const expected = engine(input, withGemeenten(rules, [saved])).result;
    expect(calc.json()).toMatchObject({
      gemeenteName: 'Arnhem',
      gemeenteIsExample: false,
      gemeenteConfigVersion: 1,
      totals: expected.totals,
    });
    const iit = calc
      .json()
      .schemes.find((s: { scheme: string }) => s.scheme === 'individuele-inkomenstoeslag');
    expect(iit.steps.find((s: { id: string }) => s.id === 'inkomensgrens').label).toContain('125%');
    expect(iit.source).toEqual({
      title: 'Beleidsregels individuele inkomenstoeslag (testgegevens)',
      url: 'https://lokaleregelgeving.overheid.nl/CVDR000001',
      checkedOn: TODAY,
    });

    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'gemeente_schemes.save'), eq(auditLog.targetId, 'GM0202')));
    expect(logged.map((row) => row.details)).toContainEqual({ version: 1 });
  });

  it('keeps every version, and refuses a save based on an old version (409)', async () => {
    await arnhemSaved(1);
    const admin = await as(ORG_A, 'beheerder');
    const v1 = (await admin.get('/api/v1/gemeenten/GM0202/schemes')).json<{
      config: GemeenteConfig;
    }>().config;
    // Switching a scheme off changes no figure: the figures checked before stay checked.
    const v2 = structuredClone(v1);
    configuredScheme(v2, 'kwijtschelding')!.enabled = false;
    const res = await admin.put('/api/v1/gemeenten/GM0202/schemes', {
      expectedVersion: 1,
      config: v2,
    });
    expect(res.statusCode).toBe(200);
    const stale = await admin.put('/api/v1/gemeenten/GM0202/schemes', {
      expectedVersion: 1,
      config: v1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().messages.nl).toContain('versie 2');

    const worker = await as(ORG_B, 'sociaal_werker');
    const history = await worker.get('/api/v1/gemeenten/GM0202/schemes/history');
    expect(history.statusCode).toBe(200);
    const versions =
      history.json<
        { version: number; action: string; changedBy: string; data: { config: GemeenteConfig } }[]
      >();
    expect(versions.map((v) => [v.version, v.action, v.changedBy])).toEqual([
      [1, 'created', (await person(ORG_A, 'beheerder')).name],
      [2, 'updated', (await person(ORG_A, 'beheerder')).name],
    ]);
    expect(configuredScheme(versions[0]!.data.config, 'kwijtschelding')!.enabled).toBe(true);
    expect(configuredScheme(versions[1]!.data.config, 'kwijtschelding')!.enabled).toBe(false);
  });

  it('refuses other roles, and beheerders of organisations elsewhere; nothing changes', async () => {
    await arnhemSaved(2);
    const url = '/api/v1/gemeenten/GM0202/schemes';
    const body = {
      expectedVersion: 2,
      config: arnhem((c) => void (c.name = 'Overgenomen')),
      confirmed: everyValue,
    };
    const elsewhere = await as(ORG_B, 'beheerder');
    expect((await elsewhere.put(url, body)).statusCode).toBe(403);
    expect((await elsewhere.get(url)).json()).toMatchObject({ canEdit: false, version: 2 });
    for (const role of ['sociaal_werker', 'teamleider', 'beleidsmedewerker'] as const) {
      const c = await as(ORG_A, role);
      expect((await c.put(url, body)).statusCode, role).toBe(403);
      expect((await c.get(url)).json().canEdit, role).toBe(false);
    }
    const anonymous = new Client(t.app);
    await anonymous.refresh();
    expect((await anonymous.put(url, body)).statusCode).toBe(401);
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await anonymous.get(`${url}/history`)).statusCode).toBe(401);
    // Zwolle is not organisation A's gemeente either.
    const admin = await as(ORG_A, 'beheerder');
    const zwolle = arnhem((c) => Object.assign(c, { code: 'GM0193', name: 'Zwolle' }));
    expect(
      (
        await admin.put('/api/v1/gemeenten/GM0193/schemes', {
          expectedVersion: 0,
          config: zwolle,
          confirmed: everyValue,
        })
      ).statusCode,
    ).toBe(403);
    const [row] = await t.database.db
      .select()
      .from(gemeenteSchemes)
      .where(eq(gemeenteSchemes.gemeenteCode, 'GM0202'));
    expect(row!.version).toBe(2);
    expect((row!.config as GemeenteConfig).name).toBe('Arnhem');
  });

  it('refuses figures nobody entered or checked, naming each field in Dutch and English', async () => {
    await arnhemSaved(2);
    const admin = await as(ORG_A, 'beheerder');
    // The example's figures, sent without the beheerder confirming them: nothing is saved.
    const res = await admin.put('/api/v1/gemeenten/GM0202/schemes', {
      expectedVersion: 2,
      config: arnhem(),
      confirmed: everyValue.filter((p) => !p.startsWith('schemes.kwijtschelding.')),
    });
    expect(res.statusCode).toBe(422);
    const errors = res.json<Problem>().errors;
    expect(errors.map((e) => [e.field, e.code])).toEqual(
      valueFields.kwijtschelding.map((f) => [
        `config.schemes.kwijtschelding.${f}`,
        'not_confirmed',
      ]),
    );
    expect(errors[0]!.messages).toEqual({
      nl: 'Vul deze waarde van de kwijtschelding zelf in of kijk haar na in de regeling. Een voorbeeldwaarde slaan wij niet op.',
      en: 'Enter this value of the waiver of municipal taxes yourself or check it against the regulation. We do not save an example value.',
    });
    await expectVersion(2);
  });

  it('refuses a scheme without its source, and example data, naming the field', async () => {
    await arnhemSaved(2);
    const admin = await as(ORG_A, 'beheerder');
    const url = '/api/v1/gemeenten/GM0202/schemes';
    const unsourced = arnhem((c) => {
      delete configuredScheme(c, 'meedoenregeling')!.source;
    });
    const res = await admin.put(url, {
      expectedVersion: 2,
      config: unsourced,
      confirmed: everyValue,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors.map((e) => [e.field, e.code])).toEqual([
      ['config.schemes.meedoenregeling.source.title', 'source_missing'],
      ['config.schemes.meedoenregeling.source.url', 'source_missing'],
      // Without a source there is nothing to check the figures against.
      ...valueFields.meedoenregeling.map((f) => [
        `config.schemes.meedoenregeling.${f}`,
        'not_confirmed',
      ]),
    ]);
    expect(res.json<Problem>().errors[1]!.messages).toEqual({
      nl: 'Geef de link (https) naar de regeling van de meedoenregeling.',
      en: 'Give the link (https) to the regulation of the participation scheme.',
    });

    const httpLink = arnhem((c) => {
      configuredScheme(c, 'meedoenregeling')!.source!.url = 'http://example.org/regeling';
    });
    const insecure = await admin.put(url, {
      expectedVersion: 2,
      config: httpLink,
      confirmed: everyValue,
    });
    expect(insecure.statusCode).toBe(422);
    expect(insecure.json<Problem>().errors[0]!.field).toBe(
      'config.schemes.meedoenregeling.source.url',
    );

    const asExample = await admin.put(url, {
      expectedVersion: 2,
      config: arnhem((c) => void (c.example = true)),
      confirmed: everyValue,
    });
    expect(asExample.statusCode).toBe(422);
    expect(asExample.json<Problem>().errors[0]).toMatchObject({
      field: 'config.example',
      messages: { nl: expect.stringMatching(/Voorbeeld/), en: expect.stringMatching(/Example/) },
    });
    await expectVersion(2);
  });

  it('validates the configuration with the engine schema, naming the field in Dutch and English', async () => {
    await arnhemSaved(2);
    const admin = await as(ORG_A, 'beheerder');
    const url = '/api/v1/gemeenten/GM0202/schemes';
    const negative = await admin.put(url, {
      expectedVersion: 2,
      config: arnhem((c) => void (configuredScheme(c, 'kwijtschelding')!.income_limit_pct = -5)),
      confirmed: everyValue,
    });
    expect(negative.statusCode).toBe(422);
    const error = negative.json<Problem>().errors[0]!;
    expect(error.field).toBe('config.schemes.kwijtschelding.income_limit_pct');
    expect(error.messages).toMatchObject({
      nl: expect.stringMatching(/0/),
      en: expect.stringMatching(/0/),
    });

    const otherCode = await admin.put(url, {
      expectedVersion: 2,
      config: arnhem((c) => void (c.code = 'GM0193')),
      confirmed: everyValue,
    });
    expect(otherCode.statusCode).toBe(422);
    expect(otherCode.json<Problem>().errors[0]!.field).toBe('config.code');

    // A check record is kept per figure: one for a field the scheme does not have is refused.
    const strayRecord = await admin.put(url, {
      expectedVersion: 2,
      config: arnhem((c) => {
        configuredScheme(c, 'kwijtschelding')!.verified = {
          is_admin: { status: 'unverified', reason: 'not a figure at all' },
        } as never;
      }),
      confirmed: everyValue,
    });
    expect(strayRecord.statusCode).toBe(422);
    expect(strayRecord.json<Problem>().errors).toEqual([
      {
        field: 'config.schemes.kwijtschelding.verified.is_admin',
        code: 'unrecognized_keys',
        messages: { nl: 'Dit veld is onbekend.', en: 'This field is unknown.' },
      },
    ]);
    await expectVersion(2);
  });
});

/** Arnhem as organisation A's beheerder saved it: once, or twice with kwijtschelding switched off. */
async function arnhemSaved(versions: 1 | 2) {
  const admin = await as(ORG_A, 'beheerder');
  const url = '/api/v1/gemeenten/GM0202/schemes';
  const first = await admin.put(url, {
    expectedVersion: 0,
    config: arnhem(),
    confirmed: everyValue,
  });
  expect(first.statusCode).toBe(200);
  if (versions === 1) return;
  const off = arnhem((c) => void (configuredScheme(c, 'kwijtschelding')!.enabled = false));
  const second = await admin.put(url, { expectedVersion: 1, config: off, confirmed: everyValue });
  expect(second.statusCode).toBe(200);
}

async function expectVersion(version: number) {
  const [row] = await t.database.db
    .select()
    .from(gemeenteSchemes)
    .where(eq(gemeenteSchemes.gemeenteCode, 'GM0202'));
  expect(row!.version).toBe(version);
}
