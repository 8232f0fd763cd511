import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesStatusSchema } from '../../contract/benefits';
import {
  ADMIN,
  Client,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../../../test/harness';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await setupInstallation(t.app);
});
afterAll(() => t.close());

describe('GET /api/v1/benefits/rules/status (beheer)', () => {
  it('lists what is out of date on the server date and what is not verified', async () => {
    const res = await admin.get('/api/v1/benefits/rules/status');
    expect(res.statusCode).toBe(200);
    const body = rulesStatusSchema.parse(res.json());
    expect(body.today).toBe('2026-11-24');
    // The July 2026 bijstand norms and kinderbijslag are in rules/: not out of date in November.
    expect(body.stale.map((p) => p.id)).not.toContain('bijstand.norm-alleenstaande');
    expect(body.stale.map((p) => p.id)).not.toContain('kinderbijslag.kwartaalbedrag-0-5-jaar');
    // The minimum income anchors of the huurtoeslag could not be checked against a source.
    expect(body.unverified).toContainEqual(
      expect.objectContaining({
        id: 'huurtoeslag.minimum-inkomensijkpunt-eenpersoons',
        source: 'rules/parameters/huurtoeslag/minimum-inkomensijkpunt-eenpersoons.yaml',
        validFrom: '2026-01-01',
        reason: expect.stringContaining('niet in de opgeslagen'),
        reasonEn: expect.stringContaining('was not found in the stored sources'),
      }),
    );
  });

  it('after New Year a yearly amount of 1 January 2026 is listed as out of date, with its file', async () => {
    t.clock.current = new Date('2027-01-05T09:00:00Z');
    const later = new Client(t.app);
    expect((await later.login(ADMIN.email, ADMIN.password)).statusCode).toBe(200);
    const res = await later.get('/api/v1/benefits/rules/status');
    const body = rulesStatusSchema.parse(res.json());
    expect(body.today).toBe('2027-01-05');
    expect(body.stale).toContainEqual(
      expect.objectContaining({
        id: 'zorgtoeslag.standaardpremie',
        description: 'Standaardpremie: wat een zorgverzekering gemiddeld kost in een jaar.',
        descriptionEn:
          'Standard premium (standaardpremie): what health insurance costs on average in a year.',
        source: 'rules/parameters/zorgtoeslag/standaardpremie.yaml',
        indexation: 'yearly',
        lastValidFrom: '2026-01-01',
        dueFrom: '2027-01-01',
        message: {
          nl: 'Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 januari 2027) is nog niet ingevoerd.',
          en: 'Amount of 1 January 2026; the new amount (from 1 January 2027) has not been entered yet.',
        },
      }),
    );
  });
});
