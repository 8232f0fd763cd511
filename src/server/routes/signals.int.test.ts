import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Role } from '../../contract/common';
import { auditLog, signalCases, signalImports, signals } from '../../db/schema';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { organisationsWithPeople } from '../../../test/factories/people';
import { runSignalRetention } from '../signals/retention';

let t: TestApp;
let people: Awaited<ReturnType<typeof organisationsWithPeople<'A' | 'B'>>>;
const ORG_A = 'A';
const ORG_B = 'B';
const clientFor = (organisation: 'A' | 'B', role: Role) => people.as(organisation, role);
const csv = (c: Client, body: Buffer | string) =>
  c.post('/api/v1/signals/imports?fileName=vesteda-november.csv', body, {
    'content-type': 'text/csv',
  });

// As a housing corporation exports it from Excel: Windows-1252, semicolons, CRLF.
const HEADER =
  'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum';
const NOVEMBER = Buffer.from(
  [
    HEADER,
    'Woningcorporatie;1.250,00;2;J.;van der;Bérg;Rijnkade;12;a;6811 AA;Arnhem;03-04-1985',
    'Energie;310,40;3;J.P.;;Van der Berg;Rijnkade;12;A;6811AA;Arnhem;03-04-1985',
    'Water;45,00;2;M.;;Özdemir;Steenstraat;7;;6828 CA;Arnhem;12-11-1990',
  ].join('\r\n'),
  'latin1',
);

async function countOf(table: typeof signals | typeof signalImports | typeof signalCases) {
  return (await t.database.db.select({ n: count() }).from(table))[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  people = await organisationsWithPeople(t, {
    A: { name: 'Gemeente-team Arnhem (test)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
    B: { name: 'Gemeente-team Zwolle (test)', gemeenten: [{ code: 'GM0193', name: 'Zwolle' }] },
  });
});
afterAll(() => t.close());

describe('importing a partner file', () => {
  let signaller: Client;
  beforeAll(async () => {
    signaller = await clientFor(ORG_A, 'vroegsignalering');
  });

  it('imports a Windows-1252 file, merges one person’s rent and energy signals and orders the queue by priority', async () => {
    const res = await csv(signaller, NOVEMBER);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      imported: true,
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 3,
      signals: 3,
      newCases: 2,
      issues: [],
    });
    const queue = (await signaller.get('/api/v1/signals/cases')).json();
    expect(queue.total).toBe(2);
    // Two creditors (3 + 3) before one creditor (3).
    expect(
      queue.items.map((i: { surname: string; priority: number }) => [i.surname, i.priority]),
    ).toEqual([
      ['Bérg', 6],
      ['Özdemir', 3],
    ]);
    expect(queue.items[0]).toMatchObject({
      creditorTypes: ['energie', 'woningcorporatie'],
      totalCents: 156040,
      firstSignalOn: '2026-11-24',
      firstContactBy: '2026-12-08',
      overdue: false,
    });
  });

  it('raises the priority when a creditor signals the same person again', async () => {
    const again = Buffer.from(
      [HEADER, 'Woningcorporatie;1.900,00;3;J.;;Berg;Rijnkade;12;A;6811AA;Arnhem;1985-04-03'].join(
        '\r\n',
      ),
      'latin1',
    );
    const res = await csv(signaller, again);
    expect(res.json()).toMatchObject({ imported: true, newCases: 0, mergedCases: 1 });
    const queue = (await signaller.get('/api/v1/signals/cases')).json();
    expect(queue.items[0]).toMatchObject({ surname: 'Bérg', priority: 7, signalCount: 3 });
  });

  it('refuses a file with one bad row, reports line and field, and writes nothing', async () => {
    const before = [
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ];
    const bad = [
      'schuldeiser,bedrag,maanden,achternaam,postcode,huisnummer,geboortedatum',
      'energie,80,2,Jansen,6811AB,1,1970-01-01',
      'energie,80,2,Pietersen,68111AB,2,1970-01-01',
      'water,12,1,Klaassen,6811AB,3,30-02-1970',
    ].join('\n');
    const res = await csv(signaller, bad);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'line.3.postcode',
      'line.4.dateOfBirth',
    ]);
    const body = res.json().report;
    expect(body.imported).toBe(false);
    expect(
      body.issues.map(
        (i: { line: number; field: string; code: string }) => `${i.line} ${i.field} ${i.code}`,
      ),
    ).toEqual(['3 postcode invalid_postcode', '4 dateOfBirth impossible_date']);
    expect(body.issues[0].messages.nl).toContain('postcode');
    expect([
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ]).toEqual(before);
  });

  it('refuses a body that is not CSV', async () => {
    const res = await signaller.post('/api/v1/signals/imports', { rows: [] });
    expect(res.statusCode).toBe(415);
  });
});

describe('who sees signal data', () => {
  it('refuses every other role of the same organisation', async () => {
    for (const role of [
      'sociaal_werker',
      'teamleider',
      'beleidsmedewerker',
      'beheerder',
    ] as const) {
      const c = await clientFor(ORG_A, role);
      expect((await c.get('/api/v1/signals/cases')).statusCode, role).toBe(403);
      expect((await csv(c, NOVEMBER)).statusCode, role).toBe(403);
    }
  });

  it('shows another municipality’s team nothing of this organisation', async () => {
    const own = await clientFor(ORG_A, 'vroegsignalering');
    const caseId = (await own.get('/api/v1/signals/cases')).json().items[0].id;
    const other = await clientFor(ORG_B, 'vroegsignalering');
    expect((await other.get('/api/v1/signals/cases')).json().total).toBe(0);
    expect((await other.get(`/api/v1/signals/cases/${caseId}`)).statusCode).toBe(404);
    const contact = await other.post(`/api/v1/signals/cases/${caseId}/contacts`, {
      kind: 'brief',
      on: '2026-11-24',
      reached: false,
    });
    expect(contact.statusCode).toBe(404);
    expect((await other.get('/api/v1/signals/monitor')).json().rows).toEqual([]);
  });

  it('logs every read and write, without names in the log', async () => {
    const rows = await t.database.db.select().from(auditLog);
    const actions = rows.map((r) => r.action);
    for (const action of ['signal.import', 'signal.import_refused', 'signal.list'])
      expect(actions, action).toContain(action);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('Berg');
    expect(text).not.toContain('zdemir');
  });

  it('keeps signal data out of the access-log export and the catalogue search', async () => {
    const admin = await clientFor(ORG_A, 'beheerder');
    const exported = await admin.get('/api/v1/audit/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toMatch(/Berg|zdemir|6811/);
    const search = await admin.get('/api/v1/catalogue/search?q=Berg');
    expect(search.body).not.toContain('Rijnkade');
  });
});

describe('outreach, monitor and retention', () => {
  it('records contact attempts and an outcome; the case leaves the queue and counts in the monitor', async () => {
    const c = await clientFor(ORG_A, 'vroegsignalering');
    const [berg, ozdemir] = (await c.get('/api/v1/signals/cases')).json().items;
    expect(
      (
        await c.post(`/api/v1/signals/cases/${berg.id}/contacts`, {
          kind: 'brief',
          on: '2026-11-24',
          reached: false,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await c.post(`/api/v1/signals/cases/${berg.id}/contacts`, {
          kind: 'huisbezoek',
          on: '2026-11-24',
          reached: true,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await c.put(`/api/v1/signals/cases/${berg.id}/outcome`, {
          outcome: 'betalingsregeling',
          on: '2026-11-24',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await c.put(`/api/v1/signals/cases/${ozdemir.id}/outcome`, {
          outcome: 'niet_bereikt',
          on: '2026-11-24',
        })
      ).statusCode,
    ).toBe(200);

    const detail = (await c.get(`/api/v1/signals/cases/${berg.id}`)).json();
    expect(detail).toMatchObject({
      status: 'closed',
      outcome: 'betalingsregeling',
      // Wgs art. 4 lid 1 b: first conversation within four weeks of receiving the signal (24 Nov).
      deadlines: { firstConversationBy: '2026-12-22', deleteSignalDataFrom: null },
    });
    expect(detail.signals).toHaveLength(3);
    expect(
      detail.contacts.map((x: { kind: string; reached: boolean }) => [x.kind, x.reached]),
    ).toEqual([
      ['brief', false],
      ['huisbezoek', true],
    ]);
    expect((await c.get('/api/v1/signals/cases')).json().total).toBe(0);

    const monitor = (await c.get('/api/v1/signals/monitor')).json().rows;
    expect(monitor).toEqual([
      {
        month: '2026-11',
        creditorType: 'energie',
        received: 1,
        people: 1,
        reached: 1,
        acceptedHelp: 1,
      },
      {
        month: '2026-11',
        creditorType: 'water',
        received: 1,
        people: 1,
        reached: 0,
        acceptedHelp: 0,
      },
      {
        month: '2026-11',
        creditorType: 'woningcorporatie',
        received: 2,
        people: 1,
        reached: 1,
        acceptedHelp: 1,
      },
    ]);
  });

  it('refuses a contact date in the future', async () => {
    const c = await clientFor(ORG_A, 'vroegsignalering');
    const [any] = await t.database.db.select({ id: signalCases.id }).from(signalCases);
    const res = await c.post(`/api/v1/signals/cases/${any!.id}/contacts`, {
      kind: 'telefoon',
      on: '2026-12-01',
      reached: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('on');
  });

  it('deletes signal data without help twelve months after the last signal, and keeps cases with help', async () => {
    const dayBefore = await runSignalRetention(t.database.db, new Date('2027-11-23T12:00:00Z'));
    expect(dayBefore.erased).toBe(0);
    const onTheDay = await runSignalRetention(t.database.db, new Date('2027-11-24T12:00:00Z'));
    expect(onTheDay.erased).toBe(1);
    const left = await t.database.db
      .select({ surname: signalCases.surname, outcome: signalCases.outcome })
      .from(signalCases);
    expect(left).toEqual([{ surname: 'Bérg', outcome: 'betalingsregeling' }]);
    const water = await t.database.db
      .select()
      .from(signals)
      .where(eq(signals.creditorType, 'water'));
    expect(water).toEqual([]);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'signal.erase_after_retention'));
    expect(logged).toHaveLength(1);
  });
});

describe('a file larger than one write batch', () => {
  // More rows than the import writes at a time (2 000), so the file spans several batches.
  const ROWS = 4_500;
  const person = (i: number) => `Jansen;Dorpsstraat;1;;${1000 + i} AB;Zwolle;01-02-1970`;
  const largeFile = (lastRow: string) =>
    [
      'Soort schuldeiser;Achterstand;Maanden achterstand;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum',
      ...Array.from({ length: ROWS - 1 }, (_, i) => `Water;45,00;2;${person(i)}`),
      lastRow,
    ].join('\r\n');

  it('refuses the whole file for an error in its last row and writes nothing of the earlier batches', async () => {
    const signaller = await clientFor(ORG_B, 'vroegsignalering');
    const before = [
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ];
    const res = await csv(
      signaller,
      largeFile(`Water;45,00;2;${person(0).replace('1000 AB', '0000 AB')}`),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      `line.${ROWS + 1}.postcode`,
    ]);
    expect(res.json().report.rows).toBe(ROWS);
    expect([
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ]).toEqual(before);
  });

  it('refuses a file over 40 MB with 413, naming the limit, and writes nothing', async () => {
    const signaller = await clientFor(ORG_B, 'vroegsignalering');
    const before = [
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ];
    const line = `Water;45,00;2;${person(0)}\r\n`;
    const body = HEADER + '\r\n' + line.repeat(Math.ceil((40 * 1024 * 1024) / line.length) + 1);
    const res = await csv(signaller, body);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'file_too_large',
      messages: { nl: expect.stringContaining('40 MB'), en: expect.stringContaining('40 MB') },
    });
    expect([
      await countOf(signals),
      await countOf(signalImports),
      await countOf(signalCases),
    ]).toEqual(before);
  });

  it('merges a person whose rows are in different batches into one case', async () => {
    const signaller = await clientFor(ORG_B, 'vroegsignalering');
    const res = await csv(signaller, largeFile(`Energie;80,00;3;${person(0)}`));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rows: ROWS, signals: ROWS, newCases: ROWS - 1 });
    const queue = (await signaller.get('/api/v1/signals/cases?perPage=1')).json();
    expect(queue.total).toBe(ROWS - 1);
    // Water and energy for the same person: 3 + 3, ahead of everyone with one creditor.
    expect(queue.items[0]).toMatchObject({
      postcode: '1000AB',
      priority: 6,
      signalCount: 2,
      creditorTypes: ['energie', 'water'],
    });
  });
});
