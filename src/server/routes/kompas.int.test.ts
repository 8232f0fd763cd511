import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KompasCycle, KompasList } from '../../contract/kompas';
import { createOrganisation } from '../../db/repositories/organisations.repository';
import type { Capital, Instrument } from '../../domain/assessment';
import { createTestApp, testInstrument, type Client, type TestApp } from '../../../test/harness';
import { scanAnswersWithScores } from '../../../test/factories/scan-answers';
import { pdfText } from '../../../test/pdf';
import { buildHouseholdWithHistory } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { buildUser, signIn } from '../../../test/factories/users';

// Arnhem, koepel "Koepel Oost": Welzijn A (beleidsmedewerker Bo, teamleider Tim, caseworker Sam)
// and Welzijn B (teamleider Tess) share cycles; Los D (no koepel, also Arnhem) has its own.
// A has 12 households in Malburgen and 3 in Presikhaaf with reporting consent and two scans.

let t: TestApp;
let instrument: Instrument;
let bo: Client;
let tim: Client;
let tess: Client;
let sam: Client;
let outsider: Client;

const answers = (scores: Partial<Record<Capital, number>>) =>
  scanAnswersWithScores(instrument, scores, 3);

const cycleBody = {
  gemeente: 'GM0202',
  title: 'Kinderarmoede 2026',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
};

beforeAll(async () => {
  t = await createTestApp();
  instrument = await testInstrument();
  const db = t.database.db;
  const koepel = await createOrganisation(db, { kind: 'koepel', name: 'Koepel Oost' });
  const a = await buildOrganisation(t, { name: 'Welzijn A', teams: ['Noord'], parentId: koepel });
  const b = await buildOrganisation(t, { name: 'Welzijn B', teams: ['Zuid'], parentId: koepel });
  const d = await buildOrganisation(t, { name: 'Los D', teams: ['West'] });
  const scans = [
    { answers: answers({}), completedAt: '2026-02-01' },
    { answers: answers({ sociaal: 4 }), completedAt: '2026-06-01' },
  ];
  const reporting = [{ purpose: 'rapportage-anoniem' as const, givenAt: '2026-01-10' }];
  for (let i = 0; i < 15; i++)
    await buildHouseholdWithHistory(db, {
      organisationId: a.id,
      wijk: i < 12 ? 'Malburgen' : 'Presikhaaf',
      consents: reporting,
      scans,
    });
  const base = { organisationId: a.id };
  bo = await signIn(t, await buildUser(t, { ...base, role: 'beleidsmedewerker', name: 'Bo' }));
  tim = await signIn(t, await buildUser(t, { ...base, role: 'teamleider', name: 'Tim' }));
  sam = await signIn(t, await buildUser(t, { ...base, role: 'sociaal_werker', name: 'Sam' }));
  tess = await signIn(
    t,
    await buildUser(t, { organisationId: b.id, role: 'teamleider', name: 'Tess' }),
  );
  outsider = await signIn(
    t,
    await buildUser(t, { organisationId: d.id, role: 'beleidsmedewerker', name: 'Do' }),
  );
});
afterAll(() => t.close());

describe('Kwaliteitskompas', () => {
  let cycle: KompasCycle;

  it('starts a cycle with Wegwijs figures in block 1, small cells hidden', async () => {
    const res = await bo.post('/api/v1/kompas', cycleBody);
    expect(res.statusCode).toBe(201);
    cycle = res.json<KompasCycle>();
    expect(cycle.version).toBe(1);
    expect(cycle.previousId).toBeNull();
    expect(cycle.editable).toEqual(['localPicture', 'ambitions', 'results', 'review']);
    const figures = cycle.blocks.localPicture.figures!;
    expect(figures.total!.value).toBe(15);
    const values = figures.rows.flatMap((r) => [...r.cells, r.total]).map((c) => c.value);
    expect(values.filter((v) => v !== null && v < 10)).toEqual([]);
    // Presikhaaf has 3: hidden, with Malburgen's 12 that would give it away.
    expect(figures.rows.map((r) => [r.wijk, r.total.value])).toEqual([
      ['Malburgen', null],
      ['Presikhaaf', null],
    ]);
  });

  it('lets each playing field save its own blocks as a new version, and only those', async () => {
    const withAmbition = {
      ...cycle.blocks,
      ambitions: [{ text: 'Meer kinderen die meedoen aan sport' }],
      results: [
        { result: 'Meer kinderen sporten', indicator: '% kinderen dat sport', term: 'halfjaar' },
      ],
    };
    const saved = await bo.put(`/api/v1/kompas/${cycle.id}`, { version: 1, blocks: withAmbition });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<KompasCycle>().version).toBe(2);
    // The teamleider may not change the ambitions (block 2): refused, naming the block.
    const refused = await tim.put(`/api/v1/kompas/${cycle.id}`, {
      version: 2,
      blocks: { ...withAmbition, ambitions: [] },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0].field).toBe('blocks.ambitions');
    // A partner organisation of the koepel writes the approach (block 4).
    const approach = await tess.put(`/api/v1/kompas/${cycle.id}`, {
      version: 2,
      blocks: { ...withAmbition, approach: [{ activity: 'Sportfonds aanvragen', partner: 'B' }] },
    });
    expect(approach.statusCode).toBe(200);
    const after = approach.json<KompasCycle>();
    expect(after.version).toBe(3);
    expect(after.blocks.ambitions).toEqual(withAmbition.ambitions);
    expect(after.versions.map((v) => [v.version, v.savedBy])).toEqual([
      [3, 'Tess'],
      [2, 'Bo'],
      [1, 'Bo'],
    ]);
    // An editor working from version 2 gets a conflict and nothing is written.
    const stale = await bo.put(`/api/v1/kompas/${cycle.id}`, { version: 2, blocks: withAmbition });
    expect(stale.statusCode).toBe(409);
    expect((await bo.get(`/api/v1/kompas/${cycle.id}`)).json<KompasCycle>().version).toBe(3);
  });

  it('starts the next cycle from the last one, with an empty review', async () => {
    const res = await bo.post('/api/v1/kompas', {
      ...cycleBody,
      title: 'Kinderarmoede 2027',
      periodFrom: '2027-01-01',
      periodTo: '2027-12-31',
    });
    const next = res.json<KompasCycle>();
    expect(next.previousId).toBe(cycle.id);
    expect(next.blocks.ambitions).toEqual([{ text: 'Meer kinderen die meedoen aan sport' }]);
    expect(next.blocks.approach).toEqual([{ activity: 'Sportfonds aanvragen', partner: 'B' }]);
    expect(next.blocks.review.findings).toBe('');
    const list = (await tim.get('/api/v1/kompas')).json<KompasList>();
    expect(list.canStart).toBe(false);
    expect(list.cycles.map((c) => c.title)).toEqual(['Kinderarmoede 2027', 'Kinderarmoede 2026']);
  });

  it('keeps cycles to the koepel and the partner roles', async () => {
    expect((await outsider.get(`/api/v1/kompas/${cycle.id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/kompas')).json<KompasList>().cycles).toEqual([]);
    expect((await sam.get(`/api/v1/kompas/${cycle.id}`)).statusCode).toBe(403);
    expect((await tim.post('/api/v1/kompas', cycleBody)).statusCode).toBe(403);
    const reversed = await bo.post('/api/v1/kompas', { ...cycleBody, periodTo: '2025-01-01' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors[0].field).toBe('periodTo');
  });

  it('prints a cycle as a real PDF with its blocks and version', async () => {
    const res = await tim.get(`/api/v1/kompas/${cycle.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Kwaliteitskompas: Kinderarmoede 2026');
    expect(text).toContain('Versie 3');
    expect(text).toContain('2. Ambities');
    expect(text).toContain('Meer kinderen die meedoen aan sport');
    expect(text).toContain('% kinderen dat sport Elk half jaar');
    expect(text).toContain('Malburgen verborgen');
    expect(text).toContain('6. Terugblik en verbeteren');
  });
});
