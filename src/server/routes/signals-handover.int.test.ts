import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, consents, households, scans, signalCases } from '../../db/schema';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { signedInCaseworker, signedInUser } from '../../../test/factories/users';
import { runSignalRetention } from '../signals/retention';

let t: TestApp;
let gemeenteArnhem: BuiltOrganisation;
let wijkwerk: BuiltOrganisation;
let zwolle: BuiltOrganisation;
let signaller: Client;
let caseId: string;

const ARNHEM = { code: 'GM0202', name: 'Arnhem' };
const FILE = [
  'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Geboortedatum',
  'Woningcorporatie;1.250,00;2;J.;Bos;Rijnkade;12;6811 AA;Arnhem;03-04-1985',
].join('\r\n');

const handover = (overrides: Record<string, unknown> = {}) => ({
  teamId: wijkwerk.teamIds[0],
  reference: 'WW-2026-041',
  label: 'J.B.',
  data: {
    adults: [{ birthYear: 1985 }],
    children: [{ ref: 'kind 1', birthYear: 2015 }],
    gemeente: ARNHEM,
  },
  consent: { how: 'mondeling', givenAt: '2026-11-23' },
  on: '2026-11-24',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  // The municipality's own outreach team does vroegsignalering and also has a wijkteam.
  gemeenteArnhem = await buildOrganisation(t, {
    name: 'Gemeente Arnhem schuldhulp',
    teams: ['Schuldhulp Arnhem'],
  });
  wijkwerk = await buildOrganisation(t, { name: 'Wijkwerk Arnhem', teams: ['Wijkteam Oost'] });
  zwolle = await buildOrganisation(t, {
    name: 'Welzijn Zwolle',
    gemeenten: [{ code: 'GM0193', name: 'Zwolle' }],
    teams: ['Team Zwolle-Zuid'],
  });
  signaller = (
    await signedInUser(t, { organisationId: gemeenteArnhem.id, role: 'vroegsignalering' })
  ).client;
  const res = await signaller.post('/api/v1/signals/imports', FILE, { 'content-type': 'text/csv' });
  expect(res.statusCode).toBe(201);
  caseId = (await signaller.get('/api/v1/signals/cases')).json().items[0].id;
});
afterAll(() => t.close());

describe('handing a case over when help is accepted', () => {
  it('offers only teams of organisations working in the signal organisation’s gemeente', async () => {
    const res = await signaller.get(`/api/v1/signals/cases/${caseId}/handover-targets`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { teamName: string }) => i.teamName)).toEqual([
      'Schuldhulp Arnhem',
      'Wijkteam Oost',
    ]);
  });

  it('refuses a team outside the gemeente and a household gemeente the team does not work in', async () => {
    const elsewhere = await signaller.post(
      `/api/v1/signals/cases/${caseId}/handover`,
      handover({ teamId: zwolle.teamIds[0] }),
    );
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0].field).toBe('teamId');
    const wrongPlace = await signaller.post(
      `/api/v1/signals/cases/${caseId}/handover`,
      handover({ data: { adults: [{}], gemeente: { code: 'GM0193', name: 'Zwolle' } } }),
    );
    expect(wrongPlace.statusCode).toBe(422);
    expect(wrongPlace.json().errors[0].field).toBe('data.gemeente');
    expect(await t.database.db.select().from(households)).toEqual([]);
  });

  it('opens a pseudonymous household with consent and a scan draft, and closes the case with help accepted', async () => {
    const res = await signaller.post(`/api/v1/signals/cases/${caseId}/handover`, handover());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      teamName: 'Wijkteam Oost',
      organisationName: 'Wijkwerk Arnhem',
      on: '2026-11-24',
    });

    const [household] = await t.database.db.select().from(households);
    expect(household).toMatchObject({
      organisationId: wijkwerk.id,
      teamId: wijkwerk.teamIds[0],
      reference: 'WW-2026-041',
      label: 'J.B.',
    });
    // Nothing of the signal travels: no name, address or date of birth.
    expect(JSON.stringify(household)).not.toMatch(/Bos|Rijnkade|6811|1985-04-03/);
    const given = await t.database.db
      .select({ purpose: consents.purpose, how: consents.how, givenAt: consents.givenAt })
      .from(consents)
      .where(eq(consents.householdId, household!.id));
    expect(given.map((c) => c.purpose).sort()).toEqual(['kapitaalscan', 'registratie']);
    expect(given.every((c) => c.how === 'mondeling' && c.givenAt === '2026-11-23')).toBe(true);
    const drafts = await t.database.db
      .select()
      .from(scans)
      .where(eq(scans.householdId, household!.id));
    expect(drafts.map((s) => s.status)).toEqual(['draft']);

    const [closed] = await t.database.db
      .select()
      .from(signalCases)
      .where(eq(signalCases.id, caseId));
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'doorverwezen',
      outcomeOn: '2026-11-24',
    });
  });

  it('logs the household in the receiving organisation and the handover on the signal side', async () => {
    const rows = await t.database.db
      .select({ action: auditLog.action, organisationId: auditLog.organisationId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'household.create')));
    expect(rows).toEqual([{ action: 'household.create', organisationId: wijkwerk.id }]);
    const signalSide = await t.database.db
      .select({ organisationId: auditLog.organisationId, targetId: auditLog.targetId })
      .from(auditLog)
      .where(eq(auditLog.action, 'signal.handover'));
    expect(signalSide).toEqual([{ organisationId: gemeenteArnhem.id, targetId: caseId }]);
  });

  it('shows the signal side only who received the case and when', async () => {
    const detail = (await signaller.get(`/api/v1/signals/cases/${caseId}`)).json();
    expect(detail.handover).toEqual({
      teamName: 'Wijkteam Oost',
      organisationName: 'Wijkwerk Arnhem',
      on: '2026-11-24',
    });
    expect(JSON.stringify(detail)).not.toMatch(/WW-2026-041|J\.B\.|household/i);
  });

  it('puts the household in the receiving team’s list, with no signal data', async () => {
    const { client } = await signedInCaseworker(t, wijkwerk);
    const list = (await client.get('/api/v1/households')).json();
    expect(list.map((h: { reference: string }) => h.reference)).toEqual(['WW-2026-041']);
    const detail = await client.get(`/api/v1/households/${list[0].id}`);
    expect(detail.statusCode).toBe(200);
    expect(JSON.stringify(detail.json())).not.toMatch(/Bos|Rijnkade|6811|1250|woningcorporatie/i);
    expect((await client.get(`/api/v1/signals/cases/${caseId}`)).statusCode).toBe(403);
  });

  it('keeps the signal from other organisations and the household from the signal side', async () => {
    const other = (await signedInUser(t, { organisationId: zwolle.id, role: 'vroegsignalering' }))
      .client;
    expect((await other.get(`/api/v1/signals/cases/${caseId}`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/v1/signals/cases/${caseId}/handover`, handover({ reference: 'X-1' })))
        .statusCode,
    ).toBe(404);
    const [household] = await t.database.db.select({ id: households.id }).from(households);
    expect((await signaller.get(`/api/v1/households/${household!.id}`)).statusCode).toBe(403);
    const { client: ownCaseworker } = await signedInCaseworker(t, gemeenteArnhem);
    expect((await ownCaseworker.get(`/api/v1/households/${household!.id}`)).statusCode).toBe(404);
  });

  it('cannot hand a closed case over twice', async () => {
    const res = await signaller.post(
      `/api/v1/signals/cases/${caseId}/handover`,
      handover({ reference: 'WW-2' }),
    );
    expect(res.statusCode).toBe(409);
    expect((await t.database.db.select().from(households)).length).toBe(1);
  });

  it('keeps the outcome of a handed-over case fixed, so it cannot fall under deletion', async () => {
    const res = await signaller.put(`/api/v1/signals/cases/${caseId}/outcome`, {
      outcome: 'wil_geen_hulp',
      on: '2026-11-24',
    });
    expect(res.statusCode).toBe(409);
    const [still] = await t.database.db
      .select()
      .from(signalCases)
      .where(eq(signalCases.id, caseId));
    expect(still!.outcome).toBe('doorverwezen');
  });

  it('is kept by the retention job, because help was accepted', async () => {
    const result = await runSignalRetention(t.database.db, new Date('2028-01-01T12:00:00Z'));
    expect(result.erased).toBe(0);
    expect((await signaller.get(`/api/v1/signals/cases/${caseId}`)).statusCode).toBe(200);
  });
});

describe('a new signal after the handover', () => {
  it('reopens the case for outreach, still showing the handover, and takes an outcome again', async () => {
    const again = FILE.replace('1.250,00', '1.400,00');
    expect(
      (
        await signaller.post('/api/v1/signals/imports', again, { 'content-type': 'text/csv' })
      ).json(),
    ).toMatchObject({ imported: true, newCases: 0, mergedCases: 1 });
    const detail = (await signaller.get(`/api/v1/signals/cases/${caseId}`)).json();
    expect(detail).toMatchObject({ status: 'open', outcome: null });
    expect(detail.handover.teamName).toBe('Wijkteam Oost');
    const res = await signaller.put(`/api/v1/signals/cases/${caseId}/outcome`, {
      outcome: 'lost_zelf_op',
      on: '2026-11-24',
    });
    expect(res.statusCode).toBe(200);
    // The household the first handover opened stays with the receiving team.
    expect((await t.database.db.select().from(households)).length).toBe(1);
  });
});
