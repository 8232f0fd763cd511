import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configuredScheme, defaultRules, type GemeenteConfig } from '../src/domain/benefits/index';
import { cli, columnForField, readSavedGemeenten, runBatch } from './check-batch';

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

  it('writes the summary in English when asked (--lang en)', async () => {
    const { input, output } = await setup([header, ...rows].join('\n') + '\n');
    const { code } = await runBatch(
      { input, output, peildatum: '2026-03-01', language: 'en' },
      { stderr: new Sink() },
    );
    expect(code).toBe(0);
    const text = await readFile(output.replace('.csv', '.summary.txt'), 'utf8');
    expect(text).toMatch(/^Benefits check in bulk — reference date 2026-03-01\n/);
    expect(text).toContain('Check: calculated + rejected = 8 of 8 (correct)');
    expect(text).toMatch(
      /\(valid from \d{4}-\d{2}-\d{2}, example, not real policy\): bundled file/,
    );
    expect(text).toMatch(/^Time: \d+\.\d{2} s$/m);
    expect(text).not.toMatch(/Berekend|Afgewezen|klopt|huishoudens?\b|Regelingen|Tijd|voorbeeld/);
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

  it('maps engine fields to columns', () => {
    expect(columnForField('partner.netMonthlyIncomeCents')).toBe('partner_netto_maand');
    expect(columnForField('home.rentMonthlyCents')).toBe('kale_huur_maand');
  });
});

describe('check-batch: where the gemeente schemes come from', () => {
  const household = 'h1;GM9999;1990-01-01;1500;1400;;2018-05-01|2021-02-01;huur;650;;';
  const example = defaultRules().municipal.configs.GM9999!;
  /** The example gemeente with another amount per child for the meedoenregeling. */
  const withChildAmount = (
    cents: number,
    change: (c: GemeenteConfig) => void = () => undefined,
  ) => {
    const c = structuredClone(example);
    configuredScheme(c, 'meedoenregeling')!.amount_per_child_per_year = cents;
    change(c);
    return c;
  };
  const saved = (config: unknown) => ({
    database: 'PGlite in /srv/wegwijs/data',
    rows: [{ code: 'GM9999', config, version: 4, updatedAt: new Date('2026-06-01T08:05:00Z') }],
  });
  const meedoen = async (output: string) => {
    const [head, row] = (await readFile(output, 'utf8')).trim().split('\n');
    return row!.split(';')[head!.split(';').indexOf('meedoenregeling_per_maand')];
  };

  it('uses saved schemes before the bundled file, and a given file before both', async () => {
    const { dir, input, output } = await setup(`${header}\n${household}\n`);
    const stderr = new Sink();
    const fromDb = await runBatch(
      { input, output, peildatum: '2026-03-01', saved: saved(withChildAmount(60000)) },
      { stderr },
    );
    expect(fromDb.code).toBe(0);
    expect(await meedoen(output)).toBe('120,83');
    expect(stderr.text).toContain(
      'GM9999 Voorbeeldgemeente (geldig vanaf 2026-01-01, voorbeeld, geen echt beleid): Wegwijs-database (PGlite in /srv/wegwijs/data), versie 4, laatst gewijzigd 01-06-2026, 10:05 — 1 huishouden',
    );

    const file = path.join(dir, 'gemeente.yaml');
    await writeFile(file, JSON.stringify(withChildAmount(10000)));
    const fromFile = await runBatch(
      {
        input,
        output,
        peildatum: '2026-03-01',
        gemeenteConfig: file,
        saved: saved(withChildAmount(60000)),
      },
      { stderr },
    );
    expect(fromFile.code).toBe(0);
    expect(await meedoen(output)).toBe('37,50');
    expect(stderr.text).toContain(`: opgegeven bestand ${file} — 1 huishouden`);

    await runBatch({ input, output, peildatum: '2026-03-01' }, { stderr });
    expect(await meedoen(output)).toBe('79,17');
    expect(stderr.text).toContain('(Wegwijs-database niet gebruikt: --no-database)');
  });

  it('stops before writing output when a saved row is invalid, naming gemeente and field', async () => {
    const { input, output } = await setup(`${header}\n${household}\n`);
    const stderr = new Sink();
    const broken = withChildAmount(60000, (c) => {
      configuredScheme(c, 'kwijtschelding')!.cost_norm_pct = 50;
      (c as Record<string, unknown>)['extra'] = true;
    });
    const { code } = await runBatch(
      { input, output, peildatum: '2026-03-01', saved: saved(broken) },
      { stderr },
    );
    expect(code).toBe(1);
    expect(stderr.text).toContain('De opgeslagen regelingen in de Wegwijs-database');
    expect(stderr.text).toMatch(/GM9999 \(versie 4\) schemes\.kwijtschelding\.cost_norm_pct: /);
    expect(stderr.text).toContain('GM9999 (versie 4) ');
    expect(existsSync(output)).toBe(false);

    const wrongCode = { ...withChildAmount(60000), code: 'GM0202' };
    const other = new Sink();
    expect(
      (
        await runBatch(
          { input, output, peildatum: '2026-03-01', saved: saved(wrongCode) },
          { stderr: other },
        )
      ).code,
    ).toBe(1);
    expect(other.text).toContain('GM9999 (versie 4) code: de code in de regelingen is GM0202');
  });

  it('explains, in Dutch and English, when the database is missing, in use or unreachable', async () => {
    const { dir } = await setup('');
    const missing = await readSavedGemeenten({ WEGWIJS_DATA_DIR: path.join(dir, 'data') });
    expect(missing).toMatchObject({ ok: false });
    const m = (missing as { message: string }).message;
    expect(m).toContain('Er staat geen Wegwijs-database in');
    expect(m).toContain('There is no Wegwijs database in');
    expect(m).toContain('--no-database');
    expect(existsSync(path.join(dir, 'data'))).toBe(false); // nothing created

    // PGlite writes postmaster.pid while a process has the directory open.
    const busy = path.join(dir, 'busy');
    await mkdir(busy);
    await writeFile(path.join(busy, 'PG_VERSION'), '17\n');
    await writeFile(path.join(busy, 'postmaster.pid'), '-42\n');
    const inUse = await readSavedGemeenten({ WEGWIJS_DATA_DIR: busy });
    expect((inUse as { message: string }).message).toMatch(
      /in gebruik.*\n.*\n.*is in use: is Wegwijs still running\? Stop the server/,
    );

    const settings = await readSavedGemeenten({ DATABASE_URL: 'mysql://x' });
    expect((settings as { message: string }).message).toContain("Wegwijs' settings are invalid");

    const unreachable = await readSavedGemeenten({
      DATABASE_URL: 'postgres://wegwijs@127.0.0.1:1/wegwijs',
    });
    expect((unreachable as { message: string }).message).toContain(
      'Cannot open the Wegwijs database (PostgreSQL 127.0.0.1:1/wegwijs)',
    );
  });

  it('--no-database needs no value and reads no database', async () => {
    const { dir, input, output } = await setup(`${header}\n${household}\n`);
    const stderr = new Sink();
    const env = { WEGWIJS_DATA_DIR: path.join(dir, 'geen-data') };
    expect(
      await cli(['--no-database', '--input', input, '--output', output], env, { stderr }),
    ).toBe(0);
    expect(stderr.text).toContain('Wegwijs-database niet gebruikt');
    const without = new Sink();
    expect(await cli(['--input', input, '--output', output], env, { stderr: without })).toBe(1);
    expect(without.text).toContain('There is no Wegwijs database in');
  });
});

describe('check-batch: reading and writing CSV', () => {
  const cols = 'id;gemeente;aanvrager_geboortedatum;aanvrager_bruto_maand;woning;kale_huur_maand';

  it('puts an apostrophe before cells a spreadsheet would run as a formula', async () => {
    const { input, output } = await setup(
      [
        cols,
        '=HYPERLINK("http://x");GM9999;1990-01-01;1500;geen;',
        '+31;GM9999;1990-01-01;1500;geen;',
        '-2;GM9999;1990-01-01;1500;geen;',
        '@SUM(A1);GM9999;1990-01-01;=1+1;geen;',
        'gewoon;GM9999;1990-01-01;1500;geen;',
      ].join('\n') + '\n',
    );
    const { code } = await runBatch(
      { input, output, peildatum: '2026-03-01' },
      { stderr: new Sink() },
    );
    expect(code).toBe(0);
    const ids = (await readFile(output, 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => r.split(';')[1]);
    expect(ids).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+31", "'-2", 'gewoon']);
    const rejected = (await readFile(output.replace('.csv', '.afgewezen.csv'), 'utf8')).split('\n');
    expect(rejected[1]).toMatch(/^5;'@SUM\(A1\);aanvrager_bruto_maand;"""=1\+1"" is geen bedrag/);
  });

  it('counts lines inside quoted cells, with CR LF line ends, and reports a quote left open', async () => {
    const { input, output } = await setup(
      [
        cols,
        '"twee\r\nregels";GM9999;1990-01-01;1500;geen;',
        'na;GM9999;1990-01-01;1500;geen;',
        '',
        'fout;GM9999;1990-01-01;1500;huur;',
        '"open;GM9999;1990-01-01;1500;geen;',
        'nooit;GM9999;1990-01-01;1500;geen;',
      ].join('\r\n') + '\r\n',
    );
    const { code, summary } = await runBatch(
      { input, output, peildatum: '2026-03-01' },
      { stderr: new Sink() },
    );
    expect(code).toBe(0);
    // The quote left open takes the last line with it: four household lines, two rejected.
    expect(summary).toMatchObject({ lines: 4, emptyLines: 1, accepted: 2, rejected: 2 });
    // The cell keeps its line break; the next household starts on line 4.
    expect(await readFile(output, 'utf8')).toMatch(/\n2;"twee\r\nregels";[^\n]*\n4;na;/);
    const rejected = (await readFile(output.replace('.csv', '.afgewezen.csv'), 'utf8'))
      .trim()
      .split('\n');
    expect(rejected[1]).toMatch(/^6;fout;kale_huur_maand;/);
    expect(rejected[2]).toMatch(
      /^7;;\(regel\);Er staat een aanhalingsteken open.*;A quote is left open/,
    );
  });

  it('writes the same files with worker threads as without, in input order', async () => {
    const lines = [cols];
    for (let i = 0; i < 6000; i++)
      lines.push(
        i % 97 === 0
          ? `w${i};GM9999;1990-01-01;veel;geen;`
          : `w${i};GM9999;19${50 + (i % 50)}-0${1 + (i % 9)}-15;${(i * 37) % 4000},50;huur;${400 + (i % 600)}`,
      );
    const { dir, input } = await setup(lines.join('\n') + '\n');
    const run = async (workers: number) => {
      const output = path.join(dir, `uit-${workers}.csv`);
      const stderr = new Sink();
      const { code, summary } = await runBatch(
        { input, output, peildatum: '2026-03-01', workers },
        { stderr },
      );
      expect(code, stderr.text).toBe(0);
      const read = (p: string) => readFile(p, 'utf8');
      return {
        summary: { ...summary!, seconds: 0 },
        results: await read(output),
        rejected: await read(output.replace('.csv', '.afgewezen.csv')),
      };
    };
    const one = await run(1);
    const two = await run(2);
    expect(one.summary).toMatchObject({ lines: 6000, accepted: 6000 - 62, rejected: 62 });
    expect(two).toEqual(one);
    const order = one.results
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => Number(r.split(';')[0]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }, 60_000); // starting worker threads on a busy two-core machine takes seconds

  it('refuses a bad --workers value before reading anything', async () => {
    const { input, output } = await setup(`${cols}\n`);
    const stderr = new Sink();
    const argv = ['--no-database', '--input', input, '--output', output, '--workers', '0'];
    expect(await cli(argv, {}, { stderr })).toBe(1);
    expect(stderr.text).toContain('--workers moet een heel getal');
    expect(existsSync(output)).toBe(false);
  });
});
