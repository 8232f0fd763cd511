import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalReportData } from '../../contract/reports';
import { createOrganisation } from '../../db/repositories/organisations.repository';
import { consents } from '../../db/schema';
import type { Capital, Instrument } from '../../domain/assessment';
import { createTestApp, testInstrument, type Client, type TestApp } from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { pdfText } from '../../../test/pdf';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn } from '../../../test/factories/users';
import { buildSignalCases } from '../../../test/factories/signal-cases';

// Arnhem, 2026, in the koepel "Koepel Oost": Welzijn A has 22 households with reporting consent
// and two scans (economic capital from 2 to 4 in twelve, still 2 in ten), one that withdrew its
// consent is added later; Welzijn B has 4 such households. Welzijn C (same koepel, other gemeente)
// and Los D (no koepel, same gemeente) must not appear. A has 26 signal cases: 11 still running,
// 12 with a payment arrangement, 3 not reached.

let t: TestApp;
let instrument: Instrument;
let beleid: Client;
let caseworker: Client;
let aHousehold: string;
const URL = '/api/v1/reports/municipal?gemeente=GM0202&from=2026-01-01&to=2026-12-31';

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores);
const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
const scansTo = (economisch: number) => [
  { answers: answers({}), completedAt: '2026-01-15' },
  { answers: answers({ economisch }), completedAt: '2026-07-15' },
];

/** Every published count in the answer: objects shaped as { value, suppression }. */
function publishedCounts(node: unknown, found: number[] = []): number[] {
  if (Array.isArray(node)) node.forEach((n) => publishedCounts(n, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('suppression' in o && 'value' in o) {
      if (o.value !== null) found.push(o.value as number);
    } else Object.values(o).forEach((n) => publishedCounts(n, found));
  }
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  const koepel = await createOrganisation(db, { kind: 'koepel', name: 'Koepel Oost' });
  const a = await buildOrganisation(t, { name: 'Welzijn A', teams: ['Noord'], parentId: koepel });
  const b = await buildOrganisation(t, { name: 'Welzijn B', teams: ['Zuid'], parentId: koepel });
  await createOrganisation(db, {
    kind: 'werkorganisatie',
    name: 'Welzijn C',
    parentId: koepel,
    gemeenten: [{ code: 'GM0363', name: 'Amsterdam' }],
  });
  const d = await buildOrganisation(t, { name: 'Los D', teams: ['West'] });
  const base = { organisationId: a.id, teamId: a.teamIds[0]! };
  for (let i = 0; i < 22; i++)
    aHousehold = await buildHouseholdWithHistory(db, {
      ...base,
      consents: reporting,
      scans: scansTo(i < 12 ? 4 : 2),
    });
  for (let i = 0; i < 4; i++)
    await buildHouseholdWithHistory(db, {
      organisationId: b.id,
      consents: reporting,
      scans: scansTo(4),
    });
  for (let i = 0; i < 15; i++)
    await buildHouseholdWithHistory(db, { organisationId: d.id, consents: reporting });
  await buildSignalCases(db, a.id, [
    ...Array.from({ length: 11 }, () => null),
    ...Array.from({ length: 12 }, () => 'betalingsregeling' as const),
    ...Array.from({ length: 3 }, () => 'niet_bereikt' as const),
  ]);
  beleid = await signIn(t, await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' }));
  caseworker = await signIn(
    t,
    await buildUser(t, { ...base, role: 'sociaal_werker', name: 'Sam', teamIds: a.teamIds }),
  );
});
afterAll(() => t.close());

describe('municipal report: profiles, signals and the koepel', () => {
  it('shows the capital profile at the latest scan with small and revealing cells hidden', async () => {
    const r = (await beleid.get(URL)).json<MunicipalReportData>();
    expect(r.gemeenteName).toBe('Arnhem');
    expect(r.reach.households.value).toBe(22);
    const economisch = r.profiles.find((p) => p.capital === 'economisch')!;
    // 10 low, 0 middle, 12 high: the 0 is hidden, and the 10 with it (else 22 − 12 − 10 = 0).
    expect(economisch.levels.map((c) => c.value)).toEqual([null, null, 12]);
    expect(economisch.total.value).toBe(22);
  });

  it('counts signals and their follow-up, hiding the 3 not reached and what would reveal it', async () => {
    const r = (await beleid.get(URL)).json<MunicipalReportData>();
    expect(r.signals!.received.value).toBe(26);
    expect(r.signals!.people.value).toBe(26);
    const state = Object.fromEntries(r.signals!.followUp.map((f) => [f.state, f.people.value]));
    expect(state.betalingsregeling).toBe(12);
    expect(state.niet_bereikt).toBeNull();
    // 3 hidden alone would be 26 − 12 − 11: the 11 running goes too.
    expect(state.lopend).toBeNull();
  });

  it('compares the koepel organisations in this gemeente only, the small one hidden', async () => {
    const r = (await beleid.get(URL)).json<MunicipalReportData>();
    expect(r.comparison.map((o) => [o.name, o.own, o.households.value])).toEqual([
      ['Welzijn A', true, 22],
      ['Welzijn B', false, null],
    ]);
  });

  it('publishes no count under 10 anywhere, in JSON or CSV', async () => {
    const res = await beleid.get(URL);
    const counts = publishedCounts(res.json());
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.filter((n) => n < 10)).toEqual([]);
    const csv = (await beleid.get(URL.replace('municipal?', 'municipal/csv?'))).body;
    const values = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').at(-1)!.replaceAll('"', ''))
      .filter((v) => /^\d+$/.test(v))
      .map(Number);
    expect(values.filter((n) => n < 10)).toEqual([]);
    expect(csv).toContain('"signals","betalingsregeling","totaal","people","12"');
  });

  it('leaves out a household from the next report once its consent is withdrawn', async () => {
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: '2026-09-01' })
      .where(eq(consents.householdId, aHousehold));
    const r = (await beleid.get(URL)).json<MunicipalReportData>();
    expect(r.reach.households.value).toBe(21);
    await t.database.db
      .update(consents)
      .set({ withdrawnAt: null })
      .where(eq(consents.householdId, aHousehold));
  });

  it('never lets a beleidsmedewerker reach household records, through the report or besides it', async () => {
    const report = await beleid.get(URL);
    expect(report.body).not.toMatch(/R-\d|Fam\.|Signaalnaam|Signaalstraat|6811/);
    expect(report.body).not.toContain(aHousehold);
    expect((await beleid.get('/api/v1/households')).statusCode).toBe(403);
    expect((await beleid.get(`/api/v1/households/${aHousehold}`)).statusCode).toBe(403);
    expect((await beleid.get('/api/v1/signals/monitor')).statusCode).toBe(403);
    // The caseworker of the same organisation cannot read the report.
    expect((await caseworker.get(URL)).statusCode).toBe(403);
  });

  it('exports a real PDF with the headings, the figures and the hidden cells worded', async () => {
    const res = await beleid.get(URL.replace('municipal?', 'municipal/pdf?'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Rapportage voor de gemeente');
    expect(text).toContain('Arnhem, 2026-01-01 tot en met 2026-12-31');
    expect(text).toContain('Betalingsregeling 12');
    expect(text).toContain('Niet bereikt verborgen');
    expect(text).toContain('Welzijn A (uw organisatie) 22');
    expect(text).not.toMatch(/Signaalnaam|Fam\.|Welzijn C|Los D/);
    const english = await beleid.get(URL.replace('municipal?', 'municipal/pdf?') + '&lang=en');
    expect(await pdfText(english.rawPayload)).toContain('Report for the municipality');
  });
});
