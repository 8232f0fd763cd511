import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { columnForField, runBatch, splitCsv } from './check-batch';

const header =
  'id;gemeente;aanvrager_geboortedatum;aanvrager_bruto_maand;aanvrager_netto_maand;partner_geboortedatum;kinderen_geboortedata;woning;kale_huur_maand;vermogen;ontvangt_al';
const rows = [
  'h1;GM9999;1990-01-01;1500,00;1400,00;;2018-05-01|2021-02-01;huur;650,00;1000;kinderbijslag',
  'h2;GM9999;1985-01-01;-100;0;;;geen;;;',
  'h3;GM9999;1985-01-01;0;0;;2027-01-01;geen;;;',
  'h4;GM9999;1985-01-01;0;0;;;koop;700;;',
  'h5;GM0001;1985-01-01;0;0;;;geen;;;',
  '',
  'h6;GM9999;1985-01-01;twaalf;0;;;geen;;;',
  '"h7 ""met aanhalingstekens""";GM9999;1970-01-01;2000;1700;1972-03-01;;huur;800;;',
  'h8;GM9999;1980-01-01;0;0;;;geen;;;;extra;kolommen',
];

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

async function setup(csv: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'check-batch-'));
  const input = path.join(dir, 'in.csv');
  await writeFile(input, csv);
  return { dir, input, output: path.join(dir, 'uit.csv') };
}

describe('check-batch', () => {
  it('writes every household either to the results or to the rejected report', async () => {
    const { input, output } = await setup([header, ...rows].join('\n') + '\n');
    const stderr = new Sink();
    const { code, summary } = await runBatch(
      { input, output, peildatum: '2026-03-01' },
      { stderr },
    );
    expect(code).toBe(0);
    expect(summary!.lines).toBe(8);
    expect(summary!.emptyLines).toBe(1);
    expect(summary!.accepted + summary!.rejected).toBe(summary!.lines);

    const results = (await readFile(output, 'utf8')).trim().split('\n');
    expect(results).toHaveLength(1 + summary!.accepted);
    expect(results[1]).toMatch(/^2;h1;GM9999;/);
    // h1 already receives kinderbijslag: marked, and not counted as non-take-up.
    expect(results[1]).toContain('recht (ontvangt al)');
    expect(results[1]!.split(';')[5]).not.toContain('kinderbijslag');
    expect(results[1]!.split(';')[5]).toContain('zorgtoeslag');
    expect(results.some((r) => r.includes('h7 ""met aanhalingstekens""'))).toBe(true);

    const rejected = (await readFile(output.replace('.csv', '.afgewezen.csv'), 'utf8'))
      .trim()
      .split('\n');
    const byId = (id: string) => rejected.filter((r) => r.split(';')[1] === id);
    expect(byId('h2')[0]).toMatch(/^3;h2;aanvrager_bruto_maand;.*negatief.*;.*negative/);
    expect(byId('h3')[0]).toMatch(/^4;h3;kinderen_geboortedata \(kind 1\);.*toekomst/);
    expect(byId('h4')[0]).toMatch(/^5;h4;kale_huur_maand;.*geen huurwoning/);
    expect(byId('h5')[0]).toMatch(/^6;h5;gemeente;.*onbekend.*;.*unknown/);
    expect(byId('h6')[0]).toMatch(/^8;h6;aanvrager_bruto_maand;"?""twaalf"" is geen bedrag/);
    expect(byId('h8')[0]).toMatch(/^10;h8;\(regel\);.*kolommen/);

    const summaryText = await readFile(output.replace('.csv', '.samenvatting.txt'), 'utf8');
    expect(summaryText).toContain('(klopt)');
    expect(stderr.text).toContain('100%');
  });

  it('exits with a non-zero code when the input cannot be read', async () => {
    const { dir } = await setup('');
    const stderr = new Sink();
    const { code } = await runBatch(
      {
        input: path.join(dir, 'bestaat-niet.csv'),
        output: path.join(dir, 'x.csv'),
        peildatum: '2026-01-01',
      },
      { stderr },
    );
    expect(code).toBe(1);
    expect(stderr.text).toContain('Cannot read the input file');
  });

  it('refuses a file without the required columns', async () => {
    const { input, output } = await setup('id,naam\n1,x\n');
    const stderr = new Sink();
    expect((await runBatch({ input, output, peildatum: '2026-01-01' }, { stderr })).code).toBe(1);
    expect(stderr.text).toContain('gemeente');
  });

  it('splits quoted CSV fields and maps engine fields to columns', () => {
    expect(splitCsv('a,"b,c","d ""e"""', ',')).toEqual(['a', 'b,c', 'd "e"']);
    expect(splitCsv('a,"open', ',')).toBeNull();
    expect(columnForField('partner.netMonthlyIncomeCents')).toBe('partner_netto_maand');
    expect(columnForField('home.rentMonthlyCents')).toBe('kale_huur_maand');
  });
});
