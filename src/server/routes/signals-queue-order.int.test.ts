import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { Client } from '../../../test/harness';
import { createTestApp, type TestApp } from '../../../test/harness';
import { organisationsWithPeople } from '../../../test/factories/people';

// ADR 1405: a case with a threatening situation (Wgs art. 4 lid 2) has three working days, so the
// work queue shows it first, earliest deadline first, then in the usual order (priority, oldest
// signal). The test clock stands on Tuesday 24 November 2026.
let t: TestApp;
let signaller: Client;
const ids = new Map<string, string>();

const FILE = [
  'Soort schuldeiser;Achterstand;Maanden achterstand;Signaaldatum;Voorletters;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Geboortedatum',
  // Three creditors: priority 3 × 3 = 9, the highest, but no threat.
  'Woningcorporatie;900,00;3;02-11-2026;J.;Jansen;Rijnkade;1;6811 AA;Arnhem;01-01-1970',
  'Energie;200,00;2;02-11-2026;J.;Jansen;Rijnkade;1;6811 AA;Arnhem;01-01-1970',
  'Zorgverzekeraar;150,00;2;02-11-2026;J.;Jansen;Rijnkade;1;6811 AA;Arnhem;01-01-1970',
  // Two creditors: priority 6.
  'Energie;640,00;4;10-11-2026;R.;Bakker;Sonsbeeksingel;3;6814 AA;Arnhem;17-06-1979',
  'Water;45,00;2;10-11-2026;R.;Bakker;Sonsbeeksingel;3;6814 AA;Arnhem;17-06-1979',
  // One creditor each: priority 3, oldest signal first.
  'Water;45,00;2;05-11-2026;T.;Visser;Steenstraat;9;6828 CA;Arnhem;02-02-1991',
  'Zorgverzekeraar;310,00;5;12-11-2026;K.;Smit;Velperweg;20;6824 BH;Arnhem;09-09-1960',
  'Water;60,00;2;20-11-2026;E.;de Vries;Looierstraat;4;6811 DH;Arnhem;30-03-1988',
].join('\r\n');

const queue = async (query = '') =>
  (await signaller.get(`/api/v1/signals/cases${query}`)).json<{
    total: number;
    items: { id: string; surname: string; urgentConversationBy: string | null }[];
  }>();
const surnames = async (query = '') => (await queue(query)).items.map((i) => i.surname);
const threaten = async (surname: string, kind: string, knownOn: string) =>
  expect(
    (
      await signaller.put(`/api/v1/signals/cases/${ids.get(surname)}/threat`, {
        threat: { kind, knownOn },
      })
    ).statusCode,
  ).toBe(200);

beforeAll(async () => {
  t = await createTestApp();
  const people = await organisationsWithPeople(t, {
    A: { name: 'Gemeente-team Arnhem (test)', gemeenten: [{ code: 'GM0202', name: 'Arnhem' }] },
  });
  signaller = await people.as('A', 'vroegsignalering');
  const res = await signaller.post('/api/v1/signals/imports', FILE, { 'content-type': 'text/csv' });
  expect(res.statusCode).toBe(201);
  for (const item of (await queue()).items) ids.set(item.surname, item.id);
});
afterAll(() => t.close());

describe('the work queue puts threatened cases first (Wgs art. 4 lid 2, ADR 1405)', () => {
  it('without threats: highest priority first, then the oldest signal', async () => {
    expect(await surnames()).toEqual(['Jansen', 'Bakker', 'Visser', 'Smit', 'de Vries']);
  });

  it('with threats: earliest deadline first, then priority, then everyone else as before', async () => {
    // Thursday 26 November: known Monday 23, three working days.
    await threaten('de Vries', 'afsluiting', '2026-11-23');
    // Both due Wednesday 25 November: Smit known Friday 20, Bakker Saturday 21 (the weekend
    // does not count). Same deadline, so Bakker's higher priority decides, not who was first.
    await threaten('Smit', 'ontruiming', '2026-11-20');
    await threaten('Bakker', 'zorgverzekering', '2026-11-21');
    const { items, total } = await queue();
    expect(items.map((i) => [i.surname, i.urgentConversationBy])).toEqual([
      ['Bakker', '2026-11-25'],
      ['Smit', '2026-11-25'],
      ['de Vries', '2026-11-26'],
      ['Jansen', null],
      ['Visser', null],
    ]);
    expect(total).toBe(5);
  });

  it('keeps that order across pages', async () => {
    expect(await surnames('?page=2&perPage=2')).toEqual(['de Vries', 'Jansen']);
    expect(await surnames('?page=3&perPage=2')).toEqual(['Visser']);
  });

  it('puts a case back in its place when its threat is cleared', async () => {
    const cleared = await signaller.put(`/api/v1/signals/cases/${ids.get('de Vries')}/threat`, {
      threat: null,
    });
    expect(cleared.statusCode).toBe(200);
    expect(await surnames()).toEqual(['Bakker', 'Smit', 'Jansen', 'Visser', 'de Vries']);
  });
});

describe('every read of the queue is in the access log', () => {
  it('logs the page and how many cases it showed, never a name', async () => {
    await signaller.get('/api/v1/signals/cases?page=2&perPage=3');
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'signal.list'), sql`${auditLog.details}->>'page' = '2'`));
    expect(rows.at(-1)?.details).toEqual({ page: 2, shown: 2 });
    expect(JSON.stringify(rows)).not.toMatch(/Bakker|Jansen/);
  });

  it('shows nothing when the access log cannot be written', async () => {
    const { db } = t.database;
    await db.execute(sql`
      create function refuse_signal_list() returns trigger language plpgsql as $$
      begin
        if new.action = 'signal.list' then raise exception 'access log unavailable'; end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger refuse_signal_list before insert on audit_log
      for each row execute function refuse_signal_list()`);
    try {
      const res = await signaller.get('/api/v1/signals/cases');
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toMatch(/Bakker|Jansen|Smit/);
    } finally {
      await db.execute(sql`drop trigger refuse_signal_list on audit_log`);
      await db.execute(sql`drop function refuse_signal_list()`);
    }
    expect((await signaller.get('/api/v1/signals/cases')).statusCode).toBe(200);
  });
});
