import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { syncNationalCatalogue } from '../../db/catalogue/content-sync';
import { entryVersions, interventions, localOffers } from '../../db/schema';
import { createTestApp, testContent, type TestApp } from '../../../test/harness';
import { pdfPageSize, pdfText } from '../../../test/pdf';
import { neighbourOrganisations, ORG_A, ORG_B } from '../../../test/factories/people';
import { buildOffer, offerInput } from '../../../test/factories/offers';

let t: TestApp;
let as: Awaited<ReturnType<typeof neighbourOrganisations>>['as'];
let person: Awaited<ReturnType<typeof neighbourOrganisations>>['person'];

beforeAll(async () => {
  t = await createTestApp();
  ({ as, person } = await neighbourOrganisations(t));
});
afterAll(() => t.close());

describe('national catalogue from content/', () => {
  it('is loaded once; loading again changes nothing and never touches local offers', async () => {
    const content = await testContent();
    const [n] = await t.database.db.select({ n: count() }).from(interventions);
    expect(n!.n).toBe(content.interventions.length);
    const again = await syncNationalCatalogue(t.database.db, content.interventions, t.clock.now());
    expect(again).toEqual({
      created: 0,
      updated: 0,
      archived: 0,
      unchanged: content.interventions.length,
    });
  });

  it('updates a changed item and archives one that left content/, keeping offers that point to it', async () => {
    const content = await testContent();
    const [first, second, ...rest] = content.interventions;
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const offer = await editor.post('/api/v1/catalogue/offers', {
      interventionId: second!.id,
      gemeenten: ['GM0202'],
      howToRefer: 'Aanmelden via het wijkteam.',
    });
    expect(offer.statusCode).toBe(201);
    const report = await syncNationalCatalogue(
      t.database.db,
      [{ ...first!, name: `${first!.name} (nieuw)` }, ...rest],
      t.clock.now(),
    );
    expect(report).toMatchObject({ updated: 1, archived: 1, created: 0 });
    const [kept] = await t.database.db
      .select()
      .from(localOffers)
      .where(eq(localOffers.id, offer.json().id));
    expect(kept).toBeDefined();
    // Put the real content back for the other tests.
    await syncNationalCatalogue(t.database.db, content.interventions, t.clock.now());
    const [restored] = await t.database.db
      .select()
      .from(interventions)
      .where(eq(interventions.id, second!.id));
    expect(restored!.archivedAt).toBeNull();
  });

  it('shows an intervention with the capitals and vocabularies to every signed-in role', async () => {
    const worker = await as(ORG_A, 'sociaal_werker');
    const content = await testContent();
    const id = content.interventions[0]!.id;
    const res = await worker.get(`/api/v1/catalogue/interventions/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().item).toMatchObject({
      id,
      origin: 'national',
      name: content.interventions[0]!.name,
    });
    expect((await worker.get('/api/v1/catalogue/capitals')).json().capitals).toHaveLength(5);
    expect((await worker.get('/api/v1/catalogue/interventions/bestaat-niet')).statusCode).toBe(404);
  });
});

describe('local offer with contact and version history', () => {
  const itemId = async () => (await testContent()).interventions[2]!.id;

  it('lets a beleidsmedewerker record an offer with a contact person', async () => {
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const res = await editor.post('/api/v1/catalogue/offers', offerInput(await itemId()));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      organisationName: ORG_A,
      gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
      version: 1,
      lastCheckedBy: (await person(ORG_A, 'beleidsmedewerker')).name,
      stale: false,
    });
    const offerId = res.json().id;
    const detail = (
      await (
        await as(ORG_B, 'sociaal_werker')
      ).get(`/api/v1/catalogue/interventions/${await itemId()}`)
    ).json();
    expect(detail.offers.find((o: { id: string }) => o.id === offerId).contact.name).toBe(
      'Ayse Demir',
    );
  });

  it('refuses a gemeente the organisation does not work in, a bad phone number and unknown fields', async () => {
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const offerId = await buildOffer(editor, await itemId());
    const [before] = await t.database.db.select({ n: count() }).from(localOffers);
    const res = await editor.post('/api/v1/catalogue/offers', {
      interventionId: await itemId(),
      gemeenten: ['GM0193'],
      contact: { name: 'X', phone: 'bel me', email: 'geen-mail', public: 'ja' },
      prijs: 3,
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['contact.email', 'contact.phone', 'contact.public', 'prijs']);
    const wrongGemeente = await editor.post('/api/v1/catalogue/offers', {
      interventionId: await itemId(),
      gemeenten: ['GM0193'],
      howToRefer: 'Aanmelden via het wijkteam.',
    });
    expect(wrongGemeente.json().errors[0].field).toBe('gemeenten.0');
    // A name alone reaches nobody: without phone, e-mail or a way to refer it is not published.
    const unreachable = await editor.post('/api/v1/catalogue/offers', {
      interventionId: await itemId(),
      gemeenten: ['GM0202'],
      contact: { name: 'Ayse Demir', public: true },
    });
    expect(unreachable.statusCode).toBe(422);
    expect(unreachable.json().errors).toEqual([
      expect.objectContaining({ field: 'contact', code: 'custom' }),
    ]);
    expect(unreachable.json().errors[0].messages.nl).toMatch(/telefoonnummer of e-mailadres/);
    const emptied = await editor.patch(`/api/v1/catalogue/offers/${offerId}`, {
      howToRefer: null,
      contact: { name: 'Ayse Demir', public: false },
    });
    expect(emptied.statusCode).toBe(422);
    expect(emptied.json().errors[0].field).toBe('contact');
    const [n] = await t.database.db.select({ n: count() }).from(localOffers);
    expect(n!.n).toBe(before!.n);
  });

  it('keeps every version with who changed what, and an older version can be read back', async () => {
    const offerId = await buildOffer(await as(ORG_A, 'beleidsmedewerker'), await itemId());
    t.clock.advance(3_600_000);
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const res = await editor.patch(`/api/v1/catalogue/offers/${offerId}`, {
      costs: '€ 5 per keer',
      wijk: 'Presikhaaf en Malburgen',
      checked: true,
    });
    expect(res.json()).toMatchObject({
      costs: '€ 5 per keer',
      version: 2,
      lastCheckedBy: (await person(ORG_A, 'beleidsmedewerker')).name,
    });
    expect(res.json().contact.name).toBe('Ayse Demir');
    const history = (await editor.get(`/api/v1/catalogue/offers/${offerId}/history`)).json();
    expect(history.map((h: { version: number; action: string }) => [h.version, h.action])).toEqual([
      [1, 'created'],
      [2, 'updated'],
    ]);
    expect(history[0].data.costs).toBe('Gratis');
    expect(history[1].data.costs).toBe('€ 5 per keer');
    expect(history[1].changedBy).toBe((await person(ORG_A, 'beleidsmedewerker')).name);
  });

  it('lets only editors of the owning organisation change it', async () => {
    const offerId = await buildOffer(await as(ORG_A, 'beleidsmedewerker'), await itemId());
    const worker = await as(ORG_A, 'sociaal_werker');
    expect(
      (await worker.patch(`/api/v1/catalogue/offers/${offerId}`, { costs: 'x' })).statusCode,
    ).toBe(403);
    const otherEditor = await as(ORG_B, 'beleidsmedewerker');
    expect(
      (await otherEditor.patch(`/api/v1/catalogue/offers/${offerId}`, { costs: 'x' })).statusCode,
    ).toBe(404);
    expect((await otherEditor.post(`/api/v1/catalogue/offers/${offerId}/archive`)).statusCode).toBe(
      404,
    );
    const versions = await t.database.db
      .select()
      .from(entryVersions)
      .where(eq(entryVersions.entityId, offerId));
    // Only the version that created it: the refused changes left no trace.
    expect(versions).toHaveLength(1);
  });

  it('flags entries not checked within the period and lists them for the beleidsmedewerker', async () => {
    const offerId = await buildOffer(await as(ORG_A, 'beleidsmedewerker'), await itemId());
    t.clock.advance(13 * 30 * 86_400_000);
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const stale = (await editor.get('/api/v1/catalogue/stale')).json();
    expect(stale.freshnessMonths).toBe(12);
    expect(stale.entries.map((e: { id: string }) => e.id)).toContain(offerId);
    expect((await editor.get(`/api/v1/catalogue/offers/${offerId}`)).json().stale).toBe(true);
    const checked = await editor.post(`/api/v1/catalogue/offers/${offerId}/checked`);
    expect(checked.json()).toMatchObject({ stale: false, version: 2 });
    expect(
      (await editor.get('/api/v1/catalogue/stale')).json().entries.map((e: { id: string }) => e.id),
    ).not.toContain(offerId);
  });
});

describe('local interventions', () => {
  it('adds a local intervention, checks the vocabularies and keeps its history', async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const body = {
      name: 'Moestuin De Kringloop',
      kind: 'project',
      summary: 'Samen groenten kweken en delen in de wijk.',
      description: 'Buurtbewoners kweken samen groenten.\n\nWie wil, neemt een deel mee naar huis.',
      capitals: { primary: ['sociaal'], secondary: ['economisch'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    };
    const bad = await editor.post('/api/v1/catalogue/interventions', {
      ...body,
      capitals: { primary: ['geluk'], secondary: [] },
      targetGroups: ['iedereen'],
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['capitals.primary.0', 'targetGroups.0']);
    const res = await editor.post('/api/v1/catalogue/interventions', body);
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect(id).toMatch(/^lokaal-/);
    const updated = await editor.put(`/api/v1/catalogue/interventions/${id}`, {
      ...body,
      summary: 'Samen groenten kweken, koken en delen.',
    });
    expect(updated.json().version).toBe(2);
    const worker = await as(ORG_A, 'sociaal_werker');
    const detail = (await worker.get(`/api/v1/catalogue/interventions/${id}`)).json();
    expect(detail).toMatchObject({
      owner: { name: ORG_B },
      item: { origin: 'local', summary: 'Samen groenten kweken, koken en delen.' },
    });
    expect((await worker.put(`/api/v1/catalogue/interventions/${id}`, body)).statusCode).toBe(403);
    const otherEditor = await as(ORG_A, 'beleidsmedewerker');
    expect((await otherEditor.put(`/api/v1/catalogue/interventions/${id}`, body)).statusCode).toBe(
      403,
    );
    const nationalId = (await testContent()).interventions[0]!.id;
    expect(
      (await otherEditor.put(`/api/v1/catalogue/interventions/${nationalId}`, body)).statusCode,
    ).toBe(403);
    expect((await worker.get(`/api/v1/catalogue/interventions/${id}/history`)).json()).toHaveLength(
      2,
    );
  });
});

describe('specialists and correction suggestions', () => {
  it('finds colleagues to phone by topic, gemeente and name', async () => {
    const editor = await as(ORG_B, 'beleidsmedewerker');
    const created = await editor.post('/api/v1/specialists', {
      name: 'Henk Smit',
      function: 'Aandachtsfunctionaris armoede',
      topics: ['aandachtsfunctionaris-armoede', 'schuldhulp'],
      gemeenten: ['GM0193'],
      phone: '038-1234567',
    });
    expect(created.statusCode).toBe(201);
    const worker = await as(ORG_A, 'sociaal_werker');
    const byTopic = (await worker.get('/api/v1/specialists?topic=schuldhulp')).json();
    expect(byTopic.map((s: { name: string }) => s.name)).toEqual(['Henk Smit']);
    expect((await worker.get('/api/v1/specialists?gemeente=GM0202')).json()).toEqual([]);
    expect((await worker.get('/api/v1/specialists?q=smit')).json()).toHaveLength(1);
    expect((await worker.get('/api/v1/specialists?topic=tovenarij')).statusCode).toBe(422);
  });

  it('puts a suggestion in the queue of the owning organisation; an editor handles it once', async () => {
    const content = await testContent();
    const worker = await as(ORG_A, 'sociaal_werker');
    const offers = (
      await (await as(ORG_B, 'beleidsmedewerker')).get('/api/v1/specialists?own=true')
    ).json();
    const res = await worker.post('/api/v1/suggestions', {
      targetType: 'specialist',
      targetId: offers[0].id,
      message: 'Henk werkt sinds kort op dinsdag niet meer.',
    });
    expect(res.statusCode).toBe(201);
    const national = await worker.post('/api/v1/suggestions', {
      targetType: 'intervention',
      targetId: content.interventions[1]!.id,
      message: 'De link werkt niet meer.',
    });
    expect(national.statusCode).toBe(201);
    const ownQueue = (
      await (await as(ORG_A, 'beleidsmedewerker')).get('/api/v1/suggestions')
    ).json();
    expect(ownQueue.map((s: { message: string }) => s.message)).toEqual([
      'De link werkt niet meer.',
    ]);
    const editorB = await as(ORG_B, 'beleidsmedewerker');
    const queue = (await editorB.get('/api/v1/suggestions?status=open')).json();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      targetName: 'Henk Smit',
      createdBy: (await person(ORG_A, 'sociaal_werker')).name,
    });
    expect((await worker.get('/api/v1/suggestions')).statusCode).toBe(403);
    expect(
      (
        await editorB.patch(`/api/v1/suggestions/${queue[0].id}`, {
          status: 'accepted',
          response: 'Aangepast, dank je.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await editorB.patch(`/api/v1/suggestions/${queue[0].id}`, { status: 'rejected' }))
        .statusCode,
    ).toBe(409);
    const bad = await worker.post('/api/v1/suggestions', {
      targetType: 'offer',
      targetId: 'niet-een-id',
      message: 'x',
    });
    expect(bad.json().errors[0].field).toBe('targetId');
  });
});

describe('poster per werkorganisatie', () => {
  it('groups the offer by capital with contacts, and downloads as a real A4 and A3 PDF', async () => {
    await buildOffer(
      await as(ORG_A, 'beleidsmedewerker'),
      (await testContent()).interventions[2]!.id,
    );
    const worker = await as(ORG_B, 'sociaal_werker');
    const orgA = (await (await as(ORG_A, 'sociaal_werker')).get('/api/v1/me')).json().organisation
      .id;
    const poster = (await worker.get(`/api/v1/catalogue/poster/${orgA}`)).json();
    expect(poster.organisation.name).toBe(ORG_A);
    const entries = poster.groups.flatMap(
      (g: { entries: { places: { contact: { name: string } | null }[] }[] }) => g.entries,
    );
    expect(
      entries.some((e: { places: { contact: { name: string } | null }[] }) =>
        e.places.some((p) => p.contact?.name === 'Ayse Demir'),
      ),
    ).toBe(true);
    for (const formaat of ['A4', 'A3']) {
      const res = await worker.get(`/api/v1/catalogue/poster/${orgA}/pdf?size=${formaat}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('Dit doet Welzijn Oosterpark (test) tegen armoede');
      expect(text).toContain('Ayse Demir');
      expect(await pdfPageSize(res.rawPayload)).toBe(
        formaat === 'A4' ? '595.28 x 841.89' : '841.89 x 1190.55',
      );
    }
    expect((await worker.get(`/api/v1/catalogue/poster/${orgA}/pdf?size=A5`)).statusCode).toBe(422);
  });
});
