import { describe, expect, it } from 'vitest';
import { parseSignalFile } from './parse';

const IMPORT_DATE = '2026-11-02';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 as Excel writes it: 'é' is 0xE9, '€' is 0x80, '‘' is 0x91. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‘': 0x91 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

const HEADER =
  'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum';

describe('reading a partner file', () => {
  it('reads a Windows-1252 file with semicolons, Dutch amounts and accented names', () => {
    const file = windows1252(
      [
        HEADER,
        'Woningcorporatie;€ 1.234,50;2;J.;van der;Bérg;Hof ‘t Zand;12;a;1234 ab;Arnhem;03-04-1985',
        '',
      ].join('\r\n'),
    );
    const parsed = parseSignalFile(file, IMPORT_DATE);
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.issues).toEqual([]);
    expect(parsed.importable).toBe(true);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        creditorType: 'woningcorporatie',
        amountCents: 123450,
        monthsInArrears: 2,
        arrearsSince: null,
        signalDate: IMPORT_DATE,
        initials: 'J.',
        prefix: 'van der',
        surname: 'Bérg',
        street: 'Hof ‘t Zand',
        houseNumber: 12,
        houseNumberAddition: 'A',
        postcode: '1234AB',
        city: 'Arnhem',
        dateOfBirth: '1985-04-03',
      },
    ]);
  });

  it('reads UTF-8 with a byte-order mark and commas, one name column and a start date of the arrears', () => {
    const text =
      '\uFEFFschuldeiser,bedrag,ontstaansdatum,naam,postcode,huisnummer,geboortedatum\n' +
      'Energie,"450,00",2026-08-15,"Berg, J.P. van der",6811AA,7-2,1990-12-31\n';
    const parsed = parseSignalFile(utf8(text), IMPORT_DATE);
    expect(parsed.encoding).toBe('utf-8-bom');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows[0]).toMatchObject({
      creditorType: 'energie',
      amountCents: 45000,
      arrearsSince: '2026-08-15',
      // 15 August to 2 November: two whole months.
      monthsInArrears: 2,
      initials: 'J.P.',
      prefix: 'van der',
      surname: 'Berg',
      houseNumber: 7,
      houseNumberAddition: '2',
    });
  });

  it('reads tab-separated files', () => {
    const text =
      'schuldeiser\tbedrag\tmaanden\tachternaam\tpostcode\thuisnummer\tgeboortedatum\n' +
      'Zorgverzekeraar\t310\t6\tJansen\t9711 AB\t3\t1/2/1970\n';
    const parsed = parseSignalFile(utf8(text), IMPORT_DATE);
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows[0]).toMatchObject({
      creditorType: 'zorgverzekeraar',
      amountCents: 31000,
      dateOfBirth: '1970-02-01',
    });
  });

  it('names every missing column and imports nothing', () => {
    const parsed = parseSignalFile(
      utf8('achternaam;postcode;huisnummer\nJansen;1234AB;1\n'),
      IMPORT_DATE,
    );
    expect(parsed.importable).toBe(false);
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => `${i.line}:${i.field}:${i.code}`)).toEqual([
      '1:creditorType:missing_column',
      '1:amount:missing_column',
      '1:dateOfBirth:missing_column',
      '1:monthsInArrears:missing_column',
    ]);
  });

  it('refuses a file with one column (no recognisable delimiter)', () => {
    const parsed = parseSignalFile(utf8('schuldeiser|bedrag|naam\nwater|10|X\n'), IMPORT_DATE);
    expect(parsed.issues).toEqual([
      { line: 1, field: 'file', code: 'no_delimiter', severity: 'error' },
    ]);
  });

  it('reports impossible dates, bad postcodes, unknown creditors and bad amounts per row and field', () => {
    const lines = [
      'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum',
      'water;12,50;1;Jansen;1234AB;1;31-02-1980',
      'water;12,50;1;Jansen;0123AB;1;01-01-1980',
      'telefoon;12,50;1;Jansen;1234AB;1;01-01-1980',
      'water;-5;1;Jansen;1234AB;1;01-01-1980',
      'water;12,50;1;Jansen;1234AB;1;01-01-2030',
      'water;12,50;1;Jansen;1234AB;0;1980-13-01',
    ];
    const parsed = parseSignalFile(utf8(lines.join('\n')), IMPORT_DATE);
    expect(parsed.importable).toBe(false);
    expect(
      parsed.issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.line}:${i.field}:${i.code}`),
    ).toEqual([
      '2:dateOfBirth:impossible_date',
      '3:postcode:invalid_postcode',
      '4:creditorType:unknown_creditor',
      '5:amount:invalid_amount',
      '6:dateOfBirth:future_date',
      '7:dateOfBirth:impossible_date',
      '7:houseNumber:invalid_house_number',
    ]);
  });

  it('reports a repeated row as a duplicate of the first and keeps it once', () => {
    const row = 'energie;80;3;De Vries;1234AB;5;1975-05-05';
    const parsed = parseSignalFile(
      utf8(
        ['schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum', row, row].join(
          '\n',
        ),
      ),
      IMPORT_DATE,
    );
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.issues).toEqual([
      { line: 3, field: 'row', code: 'duplicate_row', severity: 'warning', duplicateOf: 2 },
    ]);
    expect(parsed.importable).toBe(true);
  });

  it('keeps formula-like cells as plain text and warns about them', () => {
    const text =
      'schuldeiser;bedrag;maanden;achternaam;straat;postcode;huisnummer;geboortedatum\n' +
      'energie;80;3;=HYPERLINK("http://x");@SUM(A1);1234AB;5;1975-05-05\n';
    const parsed = parseSignalFile(utf8(text), IMPORT_DATE);
    expect(parsed.rows[0]!.surname).toBe('=HYPERLINK("http://x")');
    expect(parsed.rows[0]!.street).toBe('@SUM(A1)');
    expect(parsed.issues.map((i) => `${i.field}:${i.code}:${i.severity}`)).toEqual([
      'surname:formula_like:warning',
      'street:formula_like:warning',
    ]);
  });

  it('reports a row with too few cells and an unclosed quote', () => {
    const text =
      'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\n' +
      'energie;80;3;Jansen;1234AB\n' +
      'energie;80;3;"Jansen;1234AB;5;1975-05-05\n';
    const parsed = parseSignalFile(utf8(text), IMPORT_DATE);
    expect(parsed.issues.map((i) => `${i.line}:${i.code}`)).toEqual([
      '2:column_count',
      '3:unclosed_quote',
    ]);
  });
});
