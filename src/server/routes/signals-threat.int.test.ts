import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { organisationsWithPeople } from '../../../test/factories/people';

// Wgs art. 4 lid 2: a threatening situation (eviction, cut-off, health insurance ended) brings the
// first conversation forward to three working days. The test clock stands on Tuesday 24 November 2026.
let t: TestApp;
let signaller: Client;
let otherOrganisation: Client;
let energyCase: string;
let waterCase: string;

const FILE = [
  'Soort schuldeiser;Achterstand;Maanden achterstand;Signaaldatum;Voorletters;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Geboortedatum',
  // Saturday 21 November 2026: the energy company announces the cut-off in its signal.
  'Energie;640,00;4;21-11-2026;R.;Bakker;Sonsbeeksingel;3;6814 AA;Arnhem;17-06-1979',
  'Water;45,00;2;23-11-2026;T.;Visser;Steenstraat;9;6828 CA;Arnhem;02-02-1991',
].join('\r\n');

const threatPath = (id: string) => `/api/v1/signals/cases/${id}/threat`;

beforeAll(async () => {
  t = await createTestApp();
  const people = await organisationsWithPeople(t, {
    A: { name: 'Gemeente-team Arnhem (test)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
    B: { name: 'Gemeente-team Zwolle (test)', gemeenten: [{ code: 'GM0193', name: 'Zwolle' }] },
  });
  signaller = await people.as('A', 'vroegsignalering');
  otherOrganisation = await people.as('B', 'vroegsignalering');
  const res = await signaller.post('/api/v1/signals/imports', FILE, { 'content-type': 'text/csv' });
  expect(res.statusCode).toBe(201);
  const queue = (await signaller.get('/api/v1/signals/cases')).json();
  const idOf = (surname: string) =>
    queue.items.find((i: { surname: string }) => i.surname === surname).id as string;
  energyCase = idOf('Bakker');
  waterCase = idOf('Visser');
});
afterAll(() => t.close());

describe('a threatening situation on a signal case (Wgs art. 4 lid 2)', () => {
  it('shows no urgent date while no threat is recorded', async () => {
    const detail = (await signaller.get(`/api/v1/signals/cases/${energyCase}`)).json();
    expect(detail.threat).toBeNull();
    expect(detail.deadlines.urgentConversationBy).toBeNull();
  });

  it('gives three working days from a Saturday signal, on the case and in the queue', async () => {
    const res = await signaller.put(threatPath(energyCase), {
      threat: { kind: 'afsluiting', knownOn: '2026-11-21' },
    });
    expect(res.statusCode).toBe(200);
    const detail = (await signaller.get(`/api/v1/signals/cases/${energyCase}`)).json();
    expect(detail.threat).toEqual({ kind: 'afsluiting', knownOn: '2026-11-21' });
    // Mon 23, Tue 24, Wed 25 November; the four weeks of lid 1 still run from the signal.
    expect(detail.deadlines).toMatchObject({
      urgentConversationBy: '2026-11-25',
      firstConversationBy: '2026-12-19',
    });
    const items = (await signaller.get('/api/v1/signals/cases')).json().items;
    expect(
      items.map(
        (i: {
          surname: string;
          threatKind: string | null;
          urgentConversationBy: string | null;
        }) => [i.surname, i.threatKind, i.urgentConversationBy],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Bakker', 'afsluiting', '2026-11-25'],
        ['Visser', null, null],
      ]),
    );
  });

  it('logs the change with the kind only, never a name', async () => {
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'signal.threat'), eq(auditLog.targetId, energyCase)));
    expect(row?.details).toEqual({ kind: 'afsluiting' });
    expect(JSON.stringify(row)).not.toContain('Bakker');
  });

  it('refuses a date in the future, naming the field, and keeps what was recorded', async () => {
    const res = await signaller.put(threatPath(energyCase), {
      threat: { kind: 'ontruiming', knownOn: '2026-11-25' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: 'threat.knownOn',
        messages: { nl: expect.stringMatching(/toekomst/), en: expect.stringMatching(/future/) },
      }),
    ]);
    const detail = (await signaller.get(`/api/v1/signals/cases/${energyCase}`)).json();
    expect(detail.threat.kind).toBe('afsluiting');
  });

  it('refuses a kind the law does not name', async () => {
    const res = await signaller.put(threatPath(waterCase), {
      threat: { kind: 'aanmaning', knownOn: '2026-11-23' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('threat.kind');
  });

  it('drops the urgent date when the case closes without help', async () => {
    await signaller.put(threatPath(waterCase), {
      threat: { kind: 'afsluiting', knownOn: '2026-11-23' },
    });
    await signaller.put(`/api/v1/signals/cases/${waterCase}/outcome`, {
      outcome: 'wil_geen_hulp',
      on: '2026-11-24',
    });
    const detail = (await signaller.get(`/api/v1/signals/cases/${waterCase}`)).json();
    expect(detail.threat.kind).toBe('afsluiting');
    expect(detail.deadlines.urgentConversationBy).toBeNull();
  });

  it('clears a threat recorded by mistake', async () => {
    expect((await signaller.put(threatPath(energyCase), { threat: null })).statusCode).toBe(200);
    const detail = (await signaller.get(`/api/v1/signals/cases/${energyCase}`)).json();
    expect(detail.threat).toBeNull();
    expect(detail.deadlines.urgentConversationBy).toBeNull();
  });

  it('does not let another organisation touch the case', async () => {
    const res = await otherOrganisation.put(threatPath(energyCase), {
      threat: { kind: 'ontruiming', knownOn: '2026-11-23' },
    });
    expect(res.statusCode).toBe(404);
    const detail = (await signaller.get(`/api/v1/signals/cases/${energyCase}`)).json();
    expect(detail.threat).toBeNull();
  });
});
