import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { signalCases } from '../../db/schema';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { organisationsWithPeople } from '../../../test/factories/people';
import { runSignalRetention } from '../signals/retention';

// The queue's total is kept by triggers instead of counted (migration 0025). These tests write
// from several requests at once and check the total the page shows against the cases themselves.

let t: TestApp;
let people: Awaited<ReturnType<typeof organisationsWithPeople<'A' | 'B'>>>;
let arnhem: Client;
let zwolle: Client;

const HEADER =
  'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum';

/** One rent signal per house number: each number is a different person. */
function partnerFile(houseNumbers: number[], extraLine?: string): string {
  const lines = houseNumbers.map(
    (n) => `Woningcorporatie;450,00;2;K.;Jansen;Rijnkade;${n};;6811 AA;Arnhem;03-04-1985`,
  );
  return [HEADER, ...lines, ...(extraLine ? [extraLine] : [])].join('\r\n');
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const upload = (c: Client, body: string) =>
  c.post('/api/v1/signals/imports', body, { 'content-type': 'text/csv' });

async function shownTotal(c: Client): Promise<number> {
  const res = await c.get('/api/v1/signals/cases?perPage=10');
  expect(res.statusCode).toBe(200);
  return res.json().total;
}

async function openCasesIn(organisationId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(signalCases)
    .where(and(eq(signalCases.organisationId, organisationId), eq(signalCases.status, 'open')));
  return row!.n;
}

async function caseIdsByHouseNumber(c: Client): Promise<Map<number, string>> {
  const items = (await c.get('/api/v1/signals/cases?perPage=100')).json().items as {
    id: string;
    houseNumber: number;
  }[];
  return new Map(items.map((i) => [i.houseNumber, i.id]));
}

beforeAll(async () => {
  t = await createTestApp();
  people = await organisationsWithPeople(t, {
    A: { name: 'Gemeente-team Arnhem (telling)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
    B: { name: 'Gemeente-team Zwolle (telling)', gemeenten: [{ code: 'GM0193', name: 'Zwolle' }] },
  });
  arnhem = await people.as('A', 'vroegsignalering');
  zwolle = await people.as('B', 'vroegsignalering');
});
afterAll(() => t.close());

describe('the work queue total under concurrent writes', () => {
  it('counts imports, a refused import and outcomes written at the same time', async () => {
    expect((await upload(arnhem, partnerFile(range(1, 40)))).statusCode).toBe(201);
    expect(await shownTotal(arnhem)).toBe(40);
    const ids = await caseIdsByHouseNumber(arnhem);

    const results = await Promise.all([
      // 30 new people and 10 known ones (31–40) signalled again: +30.
      upload(arnhem, partnerFile(range(31, 70))),
      // 20 new people, but one impossible date: refused, rolled back, +0.
      upload(
        arnhem,
        partnerFile(
          range(201, 220),
          'Energie;10,00;1;A.;Bakker;Markt;1;;6811 AA;Arnhem;31-02-1990',
        ),
      ),
      // Another organisation's file: its own total, not Arnhem's.
      upload(zwolle, partnerFile(range(1, 5))),
      // 15 outcomes on cases the other files do not touch: −15.
      ...range(1, 15).map((n) =>
        arnhem.put(`/api/v1/signals/cases/${ids.get(n)}/outcome`, {
          outcome: 'betalingsregeling',
          on: '2026-11-24',
        }),
      ),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([
      201,
      422,
      201,
      ...range(1, 15).map(() => 200),
    ]);

    const organisationA = people.organisations.A.id;
    expect(await shownTotal(arnhem)).toBe(40 + 30 - 15);
    expect(await openCasesIn(organisationA)).toBe(55);
    expect(await shownTotal(zwolle)).toBe(5);
  });

  it('counts a closed case that a new signal reopens, and cases the retention job erases', async () => {
    // House number 1 was closed with help; a new signal opens it again: +1.
    expect((await upload(arnhem, partnerFile([1]))).statusCode).toBe(201);
    expect(await shownTotal(arnhem)).toBe(56);

    // Twelve months after the last signal every case without help is erased; the 14 closed with
    // help stay, closed. Nothing open is left.
    const erased = await runSignalRetention(t.database.db, new Date('2027-11-24T12:00:00Z'));
    expect(erased.erased).toBe(56 + 5);
    expect(await shownTotal(arnhem)).toBe(0);
    expect(await shownTotal(zwolle)).toBe(0);
  });

  it('keeps the total when many small writes are folded into one row', async () => {
    for (const n of range(301, 370)) await upload(arnhem, partnerFile([n]));
    expect(await shownTotal(arnhem)).toBe(70);
    // The read above folded the kept rows; the next reads still agree with the cases.
    expect(await shownTotal(arnhem)).toBe(70);
    expect(await openCasesIn(people.organisations.A.id)).toBe(70);
  });
});
