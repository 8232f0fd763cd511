import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testContent, type TestApp } from '../../test/harness';
import { neighbourOrganisations, ORG_A, ORG_B } from '../../test/factories/people';

let t: TestApp;
let as: Awaited<ReturnType<typeof neighbourOrganisations>>['as'];

let archivedOfferId: string;
let interventionId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ as } = await neighbourOrganisations(t));
  interventionId = (await testContent()).interventions[3]!.id;
  const editor = await as(ORG_A, 'beleidsmedewerker');
  const offer = await editor.post('/api/v1/catalogue/offers', {
    interventionId,
    gemeenten: ['GM0202'],
    howToRefer: 'Bel de coördinator van het buurthuis.',
  });
  expect(offer.statusCode).toBe(201);
  archivedOfferId = offer.json<{ id: string }>().id;
  expect(
    (await editor.post(`/api/v1/catalogue/offers/${archivedOfferId}/archive`)).statusCode,
  ).toBe(200);
});
afterAll(() => t.close());

describe("another organisation's archived entries", () => {
  it('answers 404 for its history as for the offer itself, but its own organisation still reads it', async () => {
    const other = await as(ORG_B, 'beleidsmedewerker');
    expect((await other.get(`/api/v1/catalogue/offers/${archivedOfferId}`)).statusCode).toBe(404);
    expect(
      (await other.get(`/api/v1/catalogue/offers/${archivedOfferId}/history`)).statusCode,
    ).toBe(404);
    const own = await as(ORG_A, 'beleidsmedewerker');
    expect((await own.get(`/api/v1/catalogue/offers/${archivedOfferId}/history`)).statusCode).toBe(
      200,
    );
  });

  it('keeps an archived local item and specialist, with their history, to their own organisation', async () => {
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const item = await editor.post('/api/v1/catalogue/interventions', {
      name: 'Buurtproject dat stopte',
      kind: 'project',
      summary: 'Kort.',
      description: 'Een.\n\nTwee.',
      capitals: { primary: ['sociaal'] },
      targetGroups: ['wijkbewoners'],
      phases: ['stimuleren'],
      domains: ['sociaal'],
    });
    const itemId = item.json<{ id: string }>().id;
    const person = await editor.post('/api/v1/specialists', {
      name: 'Piet Post',
      function: 'Schuldhulp',
      topics: ['schuldhulp'],
      gemeenten: ['GM0202'],
      phone: '026 123 45 67',
    });
    const personId = person.json<{ id: string }>().id;
    expect(
      (await editor.post(`/api/v1/catalogue/interventions/${itemId}/archive`)).statusCode,
    ).toBe(200);
    expect((await editor.post(`/api/v1/specialists/${personId}/archive`)).statusCode).toBe(200);
    const other = await as(ORG_B, 'beleidsmedewerker');
    for (const url of [
      `/api/v1/catalogue/interventions/${itemId}`,
      `/api/v1/catalogue/interventions/${itemId}/history`,
      `/api/v1/specialists/${personId}/history`,
    ])
      expect((await other.get(url)).statusCode, url).toBe(404);
    for (const url of [
      `/api/v1/catalogue/interventions/${itemId}/history`,
      `/api/v1/specialists/${personId}/history`,
    ])
      expect((await editor.get(url)).statusCode, url).toBe(200);
  });

  it('cannot be the target of a plan referral', async () => {
    const worker = await as(ORG_B, 'sociaal_werker');
    const created = await worker.post('/api/v1/households', {
      reference: 'OFF-1',
      label: 'Fam. O.',
      startDate: '2026-09-01',
      data: {
        adults: [{ birthYear: 1980 }],
        children: [],
        gemeente: { code: 'GM0193', name: 'Zwolle' },
        languages: ['nl'],
        lifeEvents: [],
      },
    });
    expect(created.statusCode).toBe(201);
    const res = await worker.put(`/api/v1/households/${created.json<{ id: string }>().id}/plan`, {
      version: 0,
      goals: [],
      referrals: [{ id: 'r1', interventionId, offerId: archivedOfferId, status: 'voorgesteld' }],
      actions: [],
      reviewDate: null,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'referrals.0.offerId',
    );
  });

  it('cannot be the target of a correction suggestion, and nothing lands in its queue', async () => {
    const editor = await as(ORG_A, 'beleidsmedewerker');
    const person = await editor.post('/api/v1/specialists', {
      name: 'Els Eerder',
      function: 'Budgetcoach',
      topics: ['schuldhulp'],
      gemeenten: ['GM0202'],
    });
    const personId = person.json<{ id: string }>().id;
    expect((await editor.post(`/api/v1/specialists/${personId}/archive`)).statusCode).toBe(200);
    const queueBefore = (await editor.get('/api/v1/suggestions')).json<unknown[]>().length;
    const worker = await as(ORG_B, 'sociaal_werker');
    for (const [targetType, targetId] of [
      ['offer', archivedOfferId],
      ['specialist', personId],
    ]) {
      const res = await worker.post('/api/v1/suggestions', {
        targetType,
        targetId,
        message: 'Dit klopt niet meer.',
      });
      expect(res.statusCode, targetType).toBe(422);
      expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('targetId');
    }
    expect((await editor.get('/api/v1/suggestions')).json<unknown[]>()).toHaveLength(queueBefore);
  });
});
