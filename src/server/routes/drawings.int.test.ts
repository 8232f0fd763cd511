import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childDrawings } from '../../db/schema';
import { pdfText } from '../../../test/pdf';
import { auditCount, householdRowCount } from '../../../test/rows';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildHousehold } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { signedInCaseworker, signedInUser } from '../../../test/factories/users';

// A child's praatkleurplaat is kept only when the household consents to it; it is household data
// (household access rules, access log), and a drawing that is wrong or too large stores nothing.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const drawing = {
  childRef: 'oudste',
  fills: { dak: 'rood', muur: 'geel', 'smiley-neutraal': 'grijs', lucht: 'wit' },
  note: 'Het huis is geel, want de zon schijnt er altijd.',
};

async function setup() {
  const org = await buildOrganisation(t);
  const { user, client } = await signedInCaseworker(t, org);
  const household = await buildHousehold(t, {
    organisationId: org.id,
    teamId: org.teamIds[0],
    professionalIds: [user.id],
  });
  return { org, client, household, url: `/api/v1/households/${household.id}/drawings` };
}

async function consent(client: Client, householdId: string) {
  const res = await client.post(`/api/v1/households/${householdId}/consents`, {
    purpose: 'kleurplaat',
    how: 'mondeling',
    givenAt: '2026-10-01',
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const storedFor = (householdId: string) => householdRowCount(t, childDrawings, householdId);
const logged = (householdId: string, action: string) => auditCount(t, householdId, action);

describe('keeping a praatkleurplaat with a child', () => {
  it('refuses to keep a drawing without the household’s consent, and stores nothing', async () => {
    const { client, household, url } = await setup();
    const list = await client.get(url);
    expect(list.json()).toMatchObject({ canSave: false, children: ['oudste', 'jongste'] });
    const res = await client.post(url, drawing);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('consent_missing');
    expect(res.json().messages.nl).toContain('geen toestemming');
    expect(res.json().messages.en).toContain('no consent');
    expect(await storedFor(household.id)).toBe(0);
  });

  it('keeps it with consent, without the erased regions, and logs the save and the read', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    const saved = await client.post(url, drawing);
    expect(saved.statusCode).toBe(201);
    expect(saved.json().fills).toEqual({ dak: 'rood', muur: 'geel', 'smiley-neutraal': 'grijs' });
    const list = (await client.get(url)).json();
    expect(list.canSave).toBe(true);
    expect(list.drawings).toHaveLength(1);
    expect(list.drawings[0]).toMatchObject({ childRef: 'oudste', note: drawing.note });
    expect(await logged(household.id, 'drawing.save')).toBe(1);
    expect(await logged(household.id, 'drawing.list')).toBe(1);
    // The household's right of access includes its children's kept drawings.
    const exported = (await client.get(`/api/v1/households/${household.id}/export`)).json();
    expect(exported.drawings).toEqual([
      expect.objectContaining({ childRef: 'oudste', fills: saved.json().fills }),
    ]);
    const pdf = await client.get(`/api/v1/households/${household.id}/export/pdf?lang=nl`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Bewaarde kleurplaten');
    expect(text).toContain(drawing.note);
  });

  it('stops keeping drawings once the consent is withdrawn', async () => {
    const { client, household, url } = await setup();
    const consentId = await consent(client, household.id);
    const withdraw = await client.post(
      `/api/v1/households/${household.id}/consents/${consentId}/withdraw`,
      { withdrawnAt: '2026-11-01' },
    );
    expect(withdraw.statusCode).toBe(200);
    expect((await client.post(url, drawing)).statusCode).toBe(409);
    expect(await storedFor(household.id)).toBe(0);
  });

  it('names the field for an unknown child, region or colour, and stores nothing', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    const child = await client.post(url, { ...drawing, childRef: 'buurjongen' });
    expect(child.statusCode).toBe(422);
    expect(child.json().errors[0].field).toBe('childRef');
    const wrong = await client.post(url, {
      ...drawing,
      fills: { dak: 'rood', zwembad: 'blauw', deur: 'goud' },
    });
    expect(wrong.statusCode).toBe(422);
    const fields = wrong.json().errors.map((e: { field: string }) => e.field);
    expect(fields.sort()).toEqual(['fills.deur', 'fills.zwembad']);
    const colour = wrong.json().errors.find((e: { field: string }) => e.field === 'fills.deur');
    expect(colour.messages.nl).toContain('kleur');
    expect(colour.messages.en).toContain('colour');
    const empty = await client.post(url, { ...drawing, fills: { dak: 'wit' } });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0].field).toBe('fills');
    expect(await storedFor(household.id)).toBe(0);
  });

  it('refuses a drawing over 16 kB with a precise 413 in both languages, storing nothing', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    const fills = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`deel-${i}`, 'rood']));
    const res = await client.post(url, { ...drawing, fills });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('body_too_large');
    expect(res.json().messages.nl).toContain('hoogstens 16 kB');
    expect(res.json().messages.en).toContain('at most 16 kB');
    expect(await storedFor(household.id)).toBe(0);
    expect(await logged(household.id, 'drawing.save')).toBe(0);
  });

  it('answers 404 to a worker of another organisation and 403 to a beheerder', async () => {
    const { household, url } = await setup();
    const other = await buildOrganisation(t);
    const stranger = (await signedInCaseworker(t, other)).client;
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await stranger.post(url, drawing)).statusCode).toBe(404);
    const admin = (await signedInUser(t, { organisationId: other.id, role: 'beheerder' })).client;
    expect((await admin.get(url)).statusCode).toBe(403);
    expect(await storedFor(household.id)).toBe(0);
  });

  it('deletes a kept drawing, logged; a second delete is 404', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    const id = (await client.post(url, drawing)).json().id;
    expect((await client.delete(`${url}/${id}`)).statusCode).toBe(200);
    expect((await client.delete(`${url}/${id}`)).statusCode).toBe(404);
    expect(await storedFor(household.id)).toBe(0);
    expect(await logged(household.id, 'drawing.delete')).toBe(1);
  });
});

describe('erasing the household', () => {
  it('erases its children’s kept drawings with it', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    expect((await client.post(url, drawing)).statusCode).toBe(201);
    const erased = await client.post(`/api/v1/households/${household.id}/erase`, {
      confirmReference: household.reference,
    });
    expect(erased.statusCode).toBe(200);
    expect(await storedFor(household.id)).toBe(0);
  });
});

describe('the printed colouring page', () => {
  it('downloads as a PDF for a signed-in user', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInCaseworker(t, org);
    const res = await client.get('/api/v1/kleurplaat/pdf?lang=nl');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
