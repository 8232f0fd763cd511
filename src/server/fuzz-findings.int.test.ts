import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { everyValue, gemeenteSchemesFor } from '../../test/factories/gemeente-schemes';
import { buildHousehold } from '../../test/factories/households';
import { buildOrganisation } from '../../test/factories/organisations';
import { signedInUser } from '../../test/factories/users';
import { tableDigest } from '../../test/rows';

// Cases the fuzzer (fuzz.int.test.ts) found, kept as they were found: each gave a 500 before its fix.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Sends a request and checks it is refused as invalid, naming the field, with nothing written. */
async function refusedWithoutWriting(send: () => Promise<{ statusCode: number; body: string }>) {
  const before = await tableDigest(t);
  const res = await send();
  expect(res.statusCode, res.body).toBe(422);
  expect(await tableDigest(t)).toBe(before);
  return JSON.parse(res.body) as { errors: { field: string }[] };
}

describe('numbers larger than the database stores', () => {
  it('refuses a plan version beyond the largest version', async () => {
    const org = await buildOrganisation(t);
    const { user, client } = await signedInUser(t, {
      organisationId: org.id,
      role: 'sociaal_werker',
      teamIds: org.teamIds,
    });
    const household = await buildHousehold(t, {
      organisationId: org.id,
      teamId: org.teamIds[0]!,
      professionalIds: [user.id],
    });
    const problem = await refusedWithoutWriting(() =>
      client.put(`/api/v1/households/${household.id}/plan`, {
        goals: [],
        referrals: [],
        actions: [],
        reviewDate: null,
        version: 9007199254740964,
      }),
    );
    expect(problem.errors[0]!.field).toBe('version');
  });

  it('refuses an expected scheme version beyond the largest version', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInUser(t, { organisationId: org.id, role: 'beheerder' });
    const problem = await refusedWithoutWriting(() =>
      client.put('/api/v1/gemeenten/GM0202/schemes', {
        expectedVersion: 2 ** 31,
        config: gemeenteSchemesFor(),
        confirmed: everyValue,
      }),
    );
    expect(problem.errors[0]!.field).toBe('expectedVersion');
  });

  it('refuses an arrears amount in a partner file beyond what is stored', async () => {
    const org = await buildOrganisation(t);
    const { client } = await signedInUser(t, { organisationId: org.id, role: 'vroegsignalering' });
    const csv =
      'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\n' +
      'energie;99999999999;2;Jansen;6811AA;3;1980-01-01\n';
    const problem = await refusedWithoutWriting(() =>
      client.post('/api/v1/signals/imports', csv, { 'content-type': 'text/csv' }),
    );
    expect(problem.errors[0]!.field).toBe('line.2.amount');
  });
});
