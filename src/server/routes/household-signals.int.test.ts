import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { consents, householdSignals, households } from '../../db/schema';
import { runRetention } from '../households/retention';
import { pdfText } from '../../../test/pdf';
import { auditCount, householdRowCount } from '../../../test/rows';
import { createTestApp, type Client, type TestApp } from '../../../test/harness';
import { buildHousehold } from '../../../test/factories/households';
import { buildOrganisation } from '../../../test/factories/organisations';
import { signedInCaseworker } from '../../../test/factories/users';

// A signal seen at school (or another setting) recorded on a pseudonymous household: household
// data under the household's rules — consent 'registratie', access log, export, erasure.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The test clock stands at 24 November 2026.
const seen = {
  setting: 'school',
  signalIds: ['lunch', 'gymspullen'],
  seenOn: '2026-11-20',
  note: 'Al drie weken geen gymspullen.',
};

async function setup() {
  const org = await buildOrganisation(t);
  const { user, client } = await signedInCaseworker(t, org);
  const household = await buildHousehold(t, {
    organisationId: org.id,
    teamId: org.teamIds[0],
    professionalIds: [user.id],
  });
  return { org, user, client, household, url: `/api/v1/households/${household.id}/signals` };
}

async function consent(client: Client, householdId: string, purpose = 'registratie') {
  const res = await client.post(`/api/v1/households/${householdId}/consents`, {
    purpose,
    how: 'mondeling',
    givenAt: '2026-10-01',
  });
  expect(res.statusCode).toBe(201);
}

const stored = (householdId: string) => householdRowCount(t, householdSignals, householdId);
const logged = (householdId: string, action: string) => auditCount(t, householdId, action);

describe('recording a signal on a household you work with', () => {
  it('needs the household’s consent to keep data, and stores nothing without it', async () => {
    const { client, household, url } = await setup();
    expect((await client.get(url)).json()).toMatchObject({ canRecord: false, signals: [] });
    await consent(client, household.id, 'kapitaalscan');
    const res = await client.post(url, seen);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('consent_missing');
    expect(res.json().messages.nl).toContain('toestemming');
    expect(res.json().messages.en).toContain('consent');
    expect(await stored(household.id)).toBe(0);
  });

  it('keeps the checklist items, the day and the note, and logs the write and the read', async () => {
    const { client, household, url, user } = await setup();
    await consent(client, household.id);
    const res = await client.post(url, seen);
    expect(res.statusCode).toBe(201);
    expect(res.json().householdId).toBe(household.id);
    const list = (await client.get(url)).json();
    expect(list.canRecord).toBe(true);
    expect(list.signals).toEqual([
      expect.objectContaining({
        setting: 'school',
        signalIds: ['lunch', 'gymspullen'],
        seenOn: '2026-11-20',
        note: 'Al drie weken geen gymspullen.',
        recordedByName: user.name,
      }),
    ]);
    expect(await logged(household.id, 'household_signal.record')).toBe(1);
    expect(await logged(household.id, 'household_signal.list')).toBe(1);
  });

  it('refuses items of another checklist, a day still to come and a BSN in the note', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    const wrongItem = await client.post(url, { ...seen, signalIds: ['lunch', 'wachtkamer'] });
    expect(wrongItem.statusCode).toBe(422);
    expect(wrongItem.json().errors[0]).toMatchObject({ field: 'signalIds' });
    expect(wrongItem.json().errors[0].messages.nl).toContain('wachtkamer');
    const future = await client.post(url, { ...seen, seenOn: '2026-11-25' });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0]).toMatchObject({ field: 'seenOn', code: 'future_date' });
    const bsn = await client.post(url, { ...seen, note: 'BSN 111 222 333' });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0].field).toBe('note');
    expect(await stored(household.id)).toBe(0);
  });

  it('is not reachable for a household of another organisation (404, logged as refused)', async () => {
    const mine = await setup();
    const other = await setup();
    await consent(other.client, other.household.id);
    const res = await mine.client.post(other.url, seen);
    expect(res.statusCode).toBe(404);
    expect(await stored(other.household.id)).toBe(0);
    expect((await mine.client.get(other.url)).statusCode).toBe(404);
  });

  it('is in the household’s export and goes with the household when it is erased', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    await client.post(url, seen);
    const exported = (await client.get(`/api/v1/households/${household.id}/export`)).json();
    expect(exported.signals).toEqual([
      expect.objectContaining({ setting: 'school', signalIds: ['lunch', 'gymspullen'] }),
    ]);
    const pdf = await client.get(`/api/v1/households/${household.id}/export/pdf?lang=nl`);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Signalen uit de wijk');
    expect(text).toContain('School, gezien op 20 november 2026');
    expect(text).toContain('geen gymkleding of gymschoenen');
    const erased = await client.post(`/api/v1/households/${household.id}/erase`, {
      confirmReference: household.reference,
    });
    expect(erased.statusCode).toBe(200);
    expect(await stored(household.id)).toBe(0);
  });

  it('is kept as long as the household: erased with it after its retention period', async () => {
    const { client, household, url } = await setup();
    await consent(client, household.id);
    await client.post(url, seen);
    await client.post(`/api/v1/households/${household.id}/close`, {
      date: '2026-11-24',
      reason: 'doelen-bereikt',
    });
    // The default retention period is 24 months after closing; a day past it the job erases.
    await runRetention(t.database.db, new Date('2028-11-24T12:00:00Z'));
    expect(await stored(household.id)).toBe(1);
    await runRetention(t.database.db, new Date('2028-11-26T12:00:00Z'));
    expect(await stored(household.id)).toBe(0);
  });
});

describe('recording a signal as a new pseudonymous household', () => {
  const body = (reference: string) => ({
    ...seen,
    household: { reference, label: 'Moeder van L.', gemeente: { code: 'GM0202', name: 'Arnhem' } },
    consent: { how: 'mondeling', givenAt: '2026-11-20' },
  });

  it('opens the household with only a reference and label, records its consent and the signal', async () => {
    const { client } = await setup();
    const res = await client.post('/api/v1/signal-records', body('S-001'));
    expect(res.statusCode).toBe(201);
    const { householdId } = res.json();
    const [row] = await t.database.db
      .select()
      .from(households)
      .where(eq(households.id, householdId));
    expect(row).toMatchObject({ reference: 'S-001', label: 'Moeder van L.' });
    expect(row!.data.children).toEqual([]);
    const given = await t.database.db
      .select()
      .from(consents)
      .where(eq(consents.householdId, householdId));
    expect(given).toEqual([
      expect.objectContaining({ purpose: 'registratie', how: 'mondeling', givenAt: '2026-11-20' }),
    ]);
    expect(await stored(householdId)).toBe(1);
    expect(await logged(householdId, 'household.create')).toBe(1);
    // The one who recorded it works with the household and finds it in their list.
    const mine = (await client.get('/api/v1/households')).json() as { id: string }[];
    expect(mine.map((h) => h.id)).toContain(householdId);
  });

  it('refuses a reference already in use and leaves nothing half-made', async () => {
    const { client, org } = await setup();
    expect((await client.post('/api/v1/signal-records', body('S-002'))).statusCode).toBe(201);
    const again = await client.post('/api/v1/signal-records', body('S-002'));
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].field).toBe('household.reference');
    const count2 = await t.database.db
      .select({ n: count() })
      .from(households)
      .where(and(eq(households.organisationId, org.id), eq(households.reference, 'S-002')));
    expect(count2[0]!.n).toBe(1);
  });
});
