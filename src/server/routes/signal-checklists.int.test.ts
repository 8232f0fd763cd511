import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories/organisations';
import { signedInUser } from '../../../test/factories/users';
import { Client, createTestApp, type TestApp } from '../../../test/harness';

// /api/v1/signal-checklists: signalen uit de wijk for every signed-in user, school first.

let t: TestApp;
let reader: Client;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t);
  // A beleidsmedewerker sees no household data, but may read and print the signal lists.
  reader = (await signedInUser(t, { organisationId: org.id, role: 'beleidsmedewerker' })).client;
});
afterAll(() => t.close());

describe('signal checklists', () => {
  it('refuses a visitor who is not signed in', async () => {
    expect((await new Client(t.app).get('/api/v1/signal-checklists')).statusCode).toBe(401);
  });

  it('lists the five settings of the brief, school first', async () => {
    const res = await reader.get('/api/v1/signal-checklists');
    expect(res.statusCode).toBe(200);
    expect(res.json().checklists.map((c: { id: string }) => c.id)).toEqual([
      'school',
      'kinderopvang',
      'huisarts',
      'wijkteam',
      'jongerenwerk',
    ]);
  });

  it('gives the school signal kit: lunch, clothes, gym kit, school trips and laptop, a conversation and referrals', async () => {
    const res = await reader.get('/api/v1/signal-checklists/school');
    expect(res.statusCode).toBe(200);
    const kit = res.json();
    expect(kit.lookFor.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['lunch', 'kleding', 'gymspullen', 'schoolreisje', 'laptop']),
    );
    expect(kit.conversation.length).toBeGreaterThanOrEqual(3);
    expect(kit.refer[0]).toMatchObject({ id: 'schoolmaatschappelijk-werk' });
    expect(kit.refer[0].name).not.toBe('');
    expect(kit.sources[0].document).toMatch(/\.txt$/);
  });

  it('refuses a setting that does not exist, naming the field', async () => {
    const res = await reader.get('/api/v1/signal-checklists/bibliotheek');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('params.setting');
  });
});
