// Batch screening for municipalities: which (anonymous) households probably miss a scheme?
//
//   npx tsx scripts/check-batch.ts --input households.csv --output results.csv \
//     [--peildatum 2026-01-01] [--gemeente-config rules/gemeenten/mijn-gemeente.yaml] \
//     [--no-database] [--rejected afgewezen.csv] [--summary samenvatting.txt]
//
// The municipal schemes come from the same place as in the app: the ones a beheerder saved in
// Wegwijs' database (opened with the server's settings), else the bundled rules/gemeenten/ files;
// a --gemeente-config file wins for its gemeente. --no-database uses the files only.
// Streams the CSV, shows a progress bar on stderr, writes one result row per accepted household,
// one or more report rows per rejected household (line, column, reason in Dutch and English) and a
// summary. Every data line ends up in exactly one of the two files: nothing is dropped silently.
// Columns: see rules/README.md.
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import {
  calculateAll,
  defaultRules,
  hasKnownSchemes,
  parseEuroToCents,
  schemeIds,
  UnknownGemeenteError,
  validateHousehold,
  withGemeenten,
} from '../src/domain/benefits/index';
import type { FieldIssue, GemeenteConfig, Rules, SchemeId } from '../src/domain/benefits/index';
import {
  formatRulesIssue,
  parseGemeenteData,
  parseGemeenteFile,
} from '../src/domain/benefits/loader';
import { listGemeenteSchemes } from '../src/db/benefits/gemeente-schemes.repository';
import { openDatabase, type Database } from '../src/db/client';
import { migrationsAreCurrent } from '../src/db/migrate';
import { pgliteDataDirState } from '../src/db/open-from-config';
import { ConfigError, loadConfig, type Config } from '../src/config';

export const COLUMNS = {
  id: 'id',
  gemeente: 'gemeente',
  aanvragerGeboortedatum: 'aanvrager_geboortedatum',
  aanvragerBrutoMaand: 'aanvrager_bruto_maand',
  aanvragerNettoMaand: 'aanvrager_netto_maand',
  aanvragerBrutoJaar: 'aanvrager_bruto_jaar',
  aanvragerInkomensbron: 'aanvrager_inkomensbron',
  aanvragerWerkt: 'aanvrager_werkt',
  partnerGeboortedatum: 'partner_geboortedatum',
  partnerBrutoMaand: 'partner_bruto_maand',
  partnerNettoMaand: 'partner_netto_maand',
  partnerBrutoJaar: 'partner_bruto_jaar',
  partnerInkomensbron: 'partner_inkomensbron',
  partnerWerkt: 'partner_werkt',
  kinderen: 'kinderen_geboortedata',
  medebewoners: 'medebewoners_geboortedata',
  woning: 'woning',
  kaleHuur: 'kale_huur_maand',
  servicekosten: 'servicekosten_maand',
  zelfstandig: 'zelfstandige_woning',
  vermogen: 'vermogen',
  vasteLasten: 'vaste_lasten_maand',
  laagInkomenMaanden: 'laag_inkomen_maanden',
  ontvangtAl: 'ontvangt_al',
} as const;

const REQUIRED = [COLUMNS.gemeente, COLUMNS.aanvragerGeboortedatum, COLUMNS.woning];

/** Where an engine field comes from in the CSV, for the rejected-rows report. */
export function columnForField(field: string): string {
  const [head, idx, ...rest] = field.split('.');
  const tail = rest.join('.');
  const adult = (prefix: 'aanvrager' | 'partner', f: string | undefined) => {
    const map: Record<string, string> = {
      birthDate: `${prefix}_geboortedatum`,
      grossMonthlyIncomeCents: `${prefix}_bruto_maand`,
      netMonthlyIncomeCents: `${prefix}_netto_maand`,
      grossYearlyIncomeCents: `${prefix}_bruto_jaar`,
      incomeKind: `${prefix}_inkomensbron`,
      worksOrStudies: `${prefix}_werkt`,
    };
    return (f && map[f]) ?? `${prefix}_geboortedatum`;
  };
  switch (head) {
    case 'applicant':
      return adult('aanvrager', idx);
    case 'partner':
      return adult('partner', idx);
    case 'children':
      return idx !== undefined ? `${COLUMNS.kinderen} (kind ${Number(idx) + 1})` : COLUMNS.kinderen;
    case 'otherAdults':
      return idx !== undefined
        ? `${COLUMNS.medebewoners} (persoon ${Number(idx) + 1})`
        : COLUMNS.medebewoners;
    case 'home':
      return idx === 'rentMonthlyCents'
        ? COLUMNS.kaleHuur
        : idx === 'serviceCostsMonthlyCents'
          ? COLUMNS.servicekosten
          : idx === 'independent'
            ? COLUMNS.zelfstandig
            : COLUMNS.woning;
    case 'assetsCents':
      return COLUMNS.vermogen;
    case 'fixedCostsMonthlyCents':
      return COLUMNS.vasteLasten;
    case 'lowIncomeSinceMonths':
      return COLUMNS.laagInkomenMaanden;
    case 'alreadyReceives':
      return COLUMNS.ontvangtAl;
    case 'gemeente':
      return COLUMNS.gemeente;
    default:
      return tail ? `${head}.${idx}.${tail}` : field || '(regel)';
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Split one CSV record into fields (RFC 4180 quotes). Returns null when a quote is still open. */
export function splitCsv(record: string, delimiter: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

function csvCell(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

// ---------------------------------------------------------------------------------------------
// Row -> household input

type Row = Record<string, string>;

interface RowParse {
  input: Record<string, unknown>;
  issues: FieldIssue[];
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', '1']);
const no = new Set(['nee', 'n', 'no', 'false', '0', '']);

/** Reads typed values from one CSV row and collects problems (a class: no closures per row). */
class RowReader {
  readonly issues: FieldIssue[] = [];
  constructor(private readonly row: Row) {}

  get(col: string): string {
    return (this.row[col] ?? '').trim();
  }

  money(col: string, field: string): number | undefined {
    const t = this.get(col);
    if (t === '') return undefined;
    const cents = parseEuroToCents(t);
    if (cents === null) {
      this.issues.push({
        field,
        message: {
          nl: `"${t}" is geen bedrag. Schrijf euro's als 1234,56 of 1234.56.`,
          en: `"${t}" is not an amount. Write euros as 1234,56 or 1234.56.`,
        },
      });
      return undefined;
    }
    return cents;
  }

  bool(col: string, field: string): boolean | undefined {
    const t = this.get(col).toLowerCase();
    if (t === '') return undefined;
    if (yes.has(t)) return true;
    if (no.has(t)) return false;
    this.issues.push({
      field,
      message: {
        nl: `Vul ja of nee in, niet "${t}".`,
        en: `Fill in yes or no (ja/nee), not "${t}".`,
      },
    });
    return undefined;
  }

  int(col: string, field: string): number | undefined {
    const t = this.get(col);
    if (t === '') return undefined;
    if (!/^-?\d+$/.test(t)) {
      this.issues.push({
        field,
        message: { nl: `"${t}" is geen heel getal.`, en: `"${t}" is not a whole number.` },
      });
      return undefined;
    }
    return Number(t);
  }

  list(col: string): string[] {
    const t = this.get(col);
    if (t === '') return [];
    return t
      .split('|')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }

  adult(p: 'aanvrager' | 'partner', field: string): Record<string, unknown> {
    const a: Record<string, unknown> = { birthDate: this.get(`${p}_geboortedatum`) };
    const gm = this.money(`${p}_bruto_maand`, `${field}.grossMonthlyIncomeCents`);
    const nm = this.money(`${p}_netto_maand`, `${field}.netMonthlyIncomeCents`);
    const gy = this.money(`${p}_bruto_jaar`, `${field}.grossYearlyIncomeCents`);
    const kind = this.get(`${p}_inkomensbron`);
    const works = this.bool(`${p}_werkt`, `${field}.worksOrStudies`);
    if (gm !== undefined) a['grossMonthlyIncomeCents'] = gm;
    if (nm !== undefined) a['netMonthlyIncomeCents'] = nm;
    if (gy !== undefined) a['grossYearlyIncomeCents'] = gy;
    if (kind) a['incomeKind'] = kind;
    if (works !== undefined) a['worksOrStudies'] = works;
    return a;
  }
}

export function rowToInput(row: Row): RowParse {
  const r = new RowReader(row);
  const input: Record<string, unknown> = {
    gemeente: r.get(COLUMNS.gemeente),
    applicant: r.adult('aanvrager', 'applicant'),
    partner: r.get(COLUMNS.partnerGeboortedatum) ? r.adult('partner', 'partner') : null,
    children: r.list(COLUMNS.kinderen).map((birthDate) => ({ birthDate })),
    otherAdults: r.list(COLUMNS.medebewoners).map((birthDate) => ({ birthDate })),
    alreadyReceives: r.list(COLUMNS.ontvangtAl),
  };
  const home: Record<string, unknown> = { type: r.get(COLUMNS.woning) };
  const rent = r.money(COLUMNS.kaleHuur, 'home.rentMonthlyCents');
  const service = r.money(COLUMNS.servicekosten, 'home.serviceCostsMonthlyCents');
  const independent = r.bool(COLUMNS.zelfstandig, 'home.independent');
  if (rent !== undefined) home['rentMonthlyCents'] = rent;
  if (service !== undefined) home['serviceCostsMonthlyCents'] = service;
  if (independent !== undefined) home['independent'] = independent;
  input['home'] = home;
  const assets = r.money(COLUMNS.vermogen, 'assetsCents');
  if (assets !== undefined) input['assetsCents'] = assets;
  const fixed = r.money(COLUMNS.vasteLasten, 'fixedCostsMonthlyCents');
  if (fixed !== undefined) input['fixedCostsMonthlyCents'] = fixed;
  const months = r.int(COLUMNS.laagInkomenMaanden, 'lowIncomeSinceMonths');
  if (months !== undefined) input['lowIncomeSinceMonths'] = months;
  return { input, issues: r.issues };
}

// ---------------------------------------------------------------------------------------------
// Run

export interface BatchOptions {
  input: string;
  output: string;
  peildatum: string;
  gemeenteConfig?: string | undefined;
  /** The schemes saved in Wegwijs' database; undefined when it is not used (--no-database). */
  saved?: SavedGemeenten | undefined;
  rejected?: string | undefined;
  summary?: string | undefined;
}

export interface BatchSummary {
  lines: number;
  emptyLines: number;
  accepted: number;
  rejected: number;
  rejectionsByColumn: Record<string, number>;
  likelyNonTakeUp: Partial<Record<SchemeId, number>>;
  householdsWithSomethingToGain: number;
  /** Calculated households per gemeente code. */
  householdsPerGemeente: Record<string, number>;
  seconds: number;
}

export interface BatchIo {
  stderr: Writable & { isTTY?: boolean };
}

// ---------------------------------------------------------------------------------------------
// Gemeente schemes: the bundled files, overridden by the database, overridden by --gemeente-config

/** One gemeente's schemes as saved in Wegwijs: a database row, not yet checked. */
export interface SavedGemeente {
  code: string;
  config: unknown;
  version: number;
  updatedAt: Date;
}

/** The saved schemes and the database they were read from (shown in the summary). */
export interface SavedGemeenten {
  database: string;
  rows: SavedGemeente[];
}

export type GemeenteSource =
  | { kind: 'bundled' }
  | { kind: 'database'; database: string; version: number; updatedAt: Date }
  | { kind: 'file'; file: string };

const useFilesOnly = {
  nl: 'Of gebruik --no-database: dan gelden alleen de meegeleverde bestanden in rules/gemeenten/ en een bestand dat u opgeeft met --gemeente-config.',
  en: 'Or use --no-database: then only the bundled files in rules/gemeenten/ and a file you give with --gemeente-config are used.',
};

/**
 * Reads the saved schemes from Wegwijs' own database, opened with the server's settings
 * (DATABASE_URL, else the PGlite data directory WEGWIJS_DATA_DIR). The database is closed again
 * before the households are read. A PGlite directory the server has open is refused (see
 * pgliteDataDirState), as is a missing one.
 */
export async function readSavedGemeenten(
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; saved: SavedGemeenten } | { ok: false; message: string }> {
  const fail = (nl: string, en: string) => ({
    ok: false as const,
    message: `${nl}\n${useFilesOnly.nl}\n${en}\n${useFilesOnly.en}\n`,
  });
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return fail(
      `De instellingen van Wegwijs kloppen niet (${e.message}).`,
      `Wegwijs' settings are invalid (${e.message}).`,
    );
  }
  let database: string;
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    database = `PostgreSQL ${url.host}${url.pathname}`;
  } else {
    database = `PGlite in ${config.dataDir}`;
    const state = pgliteDataDirState(config.dataDir);
    if (state === 'missing')
      return fail(
        `Er staat geen Wegwijs-database in ${config.dataDir}. Zet WEGWIJS_DATA_DIR op de datamap van Wegwijs, of DATABASE_URL op de PostgreSQL-server van Wegwijs.`,
        `There is no Wegwijs database in ${config.dataDir}. Set WEGWIJS_DATA_DIR to Wegwijs' data directory, or DATABASE_URL to Wegwijs' PostgreSQL server.`,
      );
    if (state === 'in-use')
      return fail(
        `De database in ${config.dataDir} is in gebruik: draait Wegwijs nog? Stop de server en probeer het opnieuw. (Is Wegwijs niet netjes gestopt, start en stop het dan één keer.)`,
        `The database in ${config.dataDir} is in use: is Wegwijs still running? Stop the server and try again. (If Wegwijs did not stop cleanly, start and stop it once.)`,
      );
  }
  let opened: Database;
  try {
    // Only read: a batch run never migrates the server's database.
    opened = config.databaseUrl
      ? await openDatabase({ engine: 'postgres', url: config.databaseUrl, poolSize: 1 })
      : await openDatabase({ engine: 'pglite', dataDir: config.dataDir });
  } catch (e) {
    const reason = (e as Error).message;
    return fail(
      `Kan de Wegwijs-database niet openen (${database}): ${reason}`,
      `Cannot open the Wegwijs database (${database}): ${reason}`,
    );
  }
  try {
    if (!(await migrationsAreCurrent(opened)))
      return fail(
        `De Wegwijs-database (${database}) hoort bij een andere versie van Wegwijs dan deze. Start Wegwijs één keer met deze versie (npm start), zodat de database wordt bijgewerkt.`,
        `The Wegwijs database (${database}) belongs to another version of Wegwijs than this one. Start Wegwijs once with this version (npm start) so the database is brought up to date.`,
      );
    return { ok: true, saved: { database, rows: await listGemeenteSchemes(opened.db) } };
  } finally {
    await opened.close();
  }
}

async function loadGemeenteFiles(
  p: string,
): Promise<Array<{ config: GemeenteConfig; file: string }>> {
  const info = await stat(p);
  const files = info.isDirectory()
    ? (await readdir(p))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => path.join(p, f))
    : [p];
  const configs: Array<{ config: GemeenteConfig; file: string }> = [];
  const problems: string[] = [];
  for (const file of files) {
    const out = parseGemeenteFile(await readFile(file, 'utf8'), file);
    if (out.ok) configs.push({ config: out.data, file });
    else problems.push(...out.issues.map(formatRulesIssue));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return configs;
}

/** A saved row, checked with the schema of the files; problems name the gemeente and field. */
function checkSaved(row: SavedGemeente): { config: GemeenteConfig } | { problems: string[] } {
  const out = parseGemeenteData(row.config, `${row.code} (versie ${row.version})`);
  if (!out.ok) return { problems: out.issues.map((i) => `  ${formatRulesIssue(i)}`) };
  if (out.data.code !== row.code)
    return {
      problems: [
        `  ${row.code} (versie ${row.version}) code: de code in de regelingen is ${out.data.code} / the code in the schemes is ${out.data.code}`,
      ],
    };
  return { config: out.data };
}

/**
 * The rules with every gemeente's schemes, and where each came from. Throws with a message in
 * Dutch and English when a file or a saved row is invalid, before anything is written.
 */
async function resolveGemeenten(
  o: BatchOptions,
): Promise<{ rules: Rules; sources: Map<string, GemeenteSource> }> {
  const base = defaultRules();
  const chosen = new Map<string, { config: GemeenteConfig; source: GemeenteSource }>();
  // A bundled research file that knows none of the gemeente's schemes adds nothing: such a
  // gemeente counts as one without schemes, as on the public API.
  for (const config of Object.values(base.municipal.configs))
    if (config.example || hasKnownSchemes(config))
      chosen.set(config.code, { config, source: { kind: 'bundled' } });

  let files: Array<{ config: GemeenteConfig; file: string }> = [];
  if (o.gemeenteConfig) {
    try {
      files = await loadGemeenteFiles(o.gemeenteConfig);
    } catch (e) {
      throw new Error(
        `De gemeenteconfiguratie klopt niet / The municipal configuration is invalid:\n${(e as Error).message}`,
      );
    }
  }
  const given = new Set(files.map((f) => f.config.code));
  const problems: string[] = [];
  for (const row of o.saved?.rows ?? []) {
    if (given.has(row.code)) continue; // the given file wins; this row is not used
    const checked = checkSaved(row);
    if ('problems' in checked) problems.push(...checked.problems);
    else
      chosen.set(row.code, {
        config: checked.config,
        source: {
          kind: 'database',
          database: o.saved!.database,
          version: row.version,
          updatedAt: row.updatedAt,
        },
      });
  }
  if (problems.length > 0)
    throw new Error(
      [
        `De opgeslagen regelingen in de Wegwijs-database (${o.saved!.database}) kloppen niet:`,
        `The schemes saved in the Wegwijs database (${o.saved!.database}) are invalid:`,
        ...problems,
        'Laat een beheerder ze in Wegwijs verbeteren en opnieuw opslaan, of geef voor die gemeente een bestand met --gemeente-config.',
        'Ask an administrator to correct and save them again in Wegwijs, or give a file for that gemeente with --gemeente-config.',
      ].join('\n'),
    );
  for (const { config, file } of files)
    chosen.set(config.code, { config, source: { kind: 'file', file } });

  return {
    rules: withGemeenten(
      base,
      [...chosen.values()].map((c) => c.config),
    ),
    sources: new Map([...chosen].map(([code, c]) => [code, c.source])),
  };
}

/** Lines of a text stream, one array per chunk (faster than readline's per-line promises). */
async function* lineBatches(stream: AsyncIterable<string | Buffer>): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of stream) {
    const parts = (rest + String(chunk)).split('\n');
    rest = parts.pop() ?? '';
    yield parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

function euros(cents: number, decimalComma: boolean): string {
  const s = (cents / 100).toFixed(2);
  return decimalComma ? s.replace('.', ',') : s;
}

function bar(done: number, total: number, rows: number): string {
  const width = 30;
  const frac = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(frac * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(frac * 100)).padStart(3)}%  ${rows} huishoudens`;
}

/** Run the batch; returns the exit code (0 ok, 1 unreadable input or bad configuration). */
export async function runBatch(
  o: BatchOptions,
  io: BatchIo,
): Promise<{ code: number; summary?: BatchSummary }> {
  const started = performance.now();
  const err = (t: string) => io.stderr.write(t);
  let size: number;
  try {
    const s = await stat(o.input);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch {
    err(`Kan het invoerbestand niet lezen: ${o.input}\nCannot read the input file: ${o.input}\n`);
    return { code: 1 };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.peildatum)) {
    err(
      `De peildatum moet JJJJ-MM-DD zijn / The reference date must be YYYY-MM-DD: ${o.peildatum}\n`,
    );
    return { code: 1 };
  }
  let rules: Rules;
  let sources: Map<string, GemeenteSource>;
  try {
    ({ rules, sources } = await resolveGemeenten(o));
  } catch (e) {
    err(`${(e as Error).message}\n`);
    return { code: 1 };
  }
  const known = new Set(Object.keys(rules.municipal.configs));

  const rejectedPath = o.rejected ?? o.output.replace(/(\.csv)?$/, '.afgewezen.csv');
  const summaryPath = o.summary ?? o.output.replace(/(\.csv)?$/, '.samenvatting.txt');
  const out = createWriteStream(o.output);
  const rej = createWriteStream(rejectedPath);

  const input = createReadStream(o.input, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let bytes = 0;

  const summary: BatchSummary = {
    lines: 0,
    emptyLines: 0,
    accepted: 0,
    rejected: 0,
    rejectionsByColumn: {},
    likelyNonTakeUp: {},
    householdsWithSomethingToGain: 0,
    householdsPerGemeente: {},
    seconds: 0,
  };
  let header: string[] | null = null;
  let delimiter = ',';
  let decimalComma = false;
  let lineNo = 0;
  let pending = '';
  let pendingStart = 0;
  let lastDraw = started; // the first bar after the first interval, not at once
  const tty = Boolean(io.stderr.isTTY);
  const draw = (final = false) => {
    const now = performance.now();
    if (!final && now - lastDraw < (tty ? 100 : 2000)) return;
    lastDraw = now;
    err(
      `${tty ? '\r' : ''}${bar(final ? size : bytes, size, summary.accepted + summary.rejected)}${tty && !final ? '' : '\n'}`,
    );
  };

  let outBuf: string[] = [];
  let rejBuf: string[] = [];
  const flush = async () => {
    if (outBuf.length > 0 && !out.write(outBuf.join(''))) await once(out, 'drain');
    if (rejBuf.length > 0 && !rej.write(rejBuf.join(''))) await once(rej, 'drain');
    outBuf = [];
    rejBuf = [];
  };

  const writeRejected = (line: number, id: string, issues: FieldIssue[]) => {
    summary.rejected += 1;
    for (const i of issues) {
      const col = columnForField(i.field);
      const key = col.replace(/ \(.*\)$/, '');
      summary.rejectionsByColumn[key] = (summary.rejectionsByColumn[key] ?? 0) + 1;
      rejBuf.push(
        [String(line), id, col, i.message.nl, i.message.en]
          .map((v) => csvCell(v, delimiter))
          .join(delimiter) + '\n',
      );
    }
  };

  try {
    for await (const batch of lineBatches(input)) {
      await flush();
      for (const raw of batch) {
        lineNo += 1;
        bytes += raw.length + 1;
        const record = pending ? `${pending}\n${raw}` : raw;
        const start = pending ? pendingStart : lineNo;
        if (header === null) {
          const clean = record.replace(/^\uFEFF/, '');
          delimiter =
            (clean.match(/;/g)?.length ?? 0) > (clean.match(/,/g)?.length ?? 0) ? ';' : ',';
          decimalComma = delimiter === ';';
          header = (splitCsv(clean, delimiter) ?? []).map((h) => h.trim().toLowerCase());
          const missing = REQUIRED.filter((c) => !header!.includes(c));
          if (missing.length > 0) {
            err(
              `Verplichte kolommen ontbreken / Required columns are missing: ${missing.join(', ')}\n`,
            );
            out.end();
            rej.end();
            return { code: 1 };
          }
          const schemeCols = schemeIds.flatMap((s) => [s, `${s}_per_maand`]);
          out.write(
            [
              'regel',
              'id',
              'gemeente',
              'extra_per_maand',
              'mogelijk_per_maand',
              'niet_gebruikt',
              ...schemeCols,
            ].join(delimiter) + '\n',
          );
          rej.write(['regel', 'id', 'kolom', 'reden', 'reason'].join(delimiter) + '\n');
          continue;
        }
        const fields = splitCsv(record, delimiter);
        if (fields === null) {
          pending = record;
          pendingStart = start;
          continue;
        }
        pending = '';
        summary.lines += 1;
        if (record.trim() === '') {
          summary.emptyLines += 1;
          summary.lines -= 1;
          continue;
        }
        const row: Row = {};
        header.forEach((h, i) => (row[h] = fields[i] ?? ''));
        const id = (row[COLUMNS.id] ?? '').trim();
        if (
          fields.length > header.length &&
          fields.slice(header.length).some((f) => f.trim() !== '')
        ) {
          writeRejected(start, id, [
            {
              field: '(regel)',
              message: {
                nl: `Deze regel heeft ${fields.length} kolommen, de kopregel ${header.length}.`,
                en: `This line has ${fields.length} columns, the header ${header.length}.`,
              },
            },
          ]);
          continue;
        }
        const parsed = rowToInput(row);
        const v = validateHousehold(parsed.input, o.peildatum, { knownGemeenten: known });
        const issues = [...parsed.issues, ...(v.ok ? [] : v.issues)];
        if (!v.ok || issues.length > 0) {
          writeRejected(start, id, issues);
          draw();
          continue;
        }
        try {
          const r = calculateAll(v.household, o.peildatum, rules, { trace: false });
          summary.accepted += 1;
          const code = v.household.gemeente;
          summary.householdsPerGemeente[code] = (summary.householdsPerGemeente[code] ?? 0) + 1;
          if (r.totals.additionalPerMonthCents + r.totals.possiblePerMonthCents > 0)
            summary.householdsWithSomethingToGain += 1;
          for (const s of r.totals.likelyNonTakeUp)
            summary.likelyNonTakeUp[s] = (summary.likelyNonTakeUp[s] ?? 0) + 1;
          const by = new Map(r.schemes.map((s) => [s.scheme, s]));
          const cells = [
            String(start),
            id,
            v.household.gemeente,
            euros(r.totals.additionalPerMonthCents, decimalComma),
            euros(r.totals.possiblePerMonthCents, decimalComma),
            r.totals.likelyNonTakeUp.join('|'),
            ...schemeIds.flatMap((sid) => {
              const s = by.get(sid);
              const status = s ? (s.alreadyReceives ? `${s.status} (ontvangt al)` : s.status) : '';
              return [status, s?.amount ? euros(s.amount.perMonthCents, decimalComma) : ''];
            }),
          ];
          outBuf.push(cells.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\n');
        } catch (e) {
          if (e instanceof UnknownGemeenteError) writeRejected(start, id, e.issues);
          else
            writeRejected(start, id, [
              {
                field: '(regel)',
                message: {
                  nl: `Fout bij het rekenen: ${(e as Error).message}`,
                  en: `Error while calculating: ${(e as Error).message}`,
                },
              },
            ]);
        }
        draw();
      }
    }
  } catch (e) {
    err(
      `\nKan het invoerbestand niet lezen / Cannot read the input file: ${(e as Error).message}\n`,
    );
    out.end();
    rej.end();
    return { code: 1 };
  }
  if (pending) {
    summary.lines += 1;
    writeRejected(pendingStart, '', [
      {
        field: '(regel)',
        message: {
          nl: 'Er staat een aanhalingsteken open tot het einde van het bestand.',
          en: 'A quote is left open until the end of the file.',
        },
      },
    ]);
  }
  if (header === null) {
    err('Het invoerbestand is leeg / The input file is empty.\n');
    out.end();
    rej.end();
    return { code: 1 };
  }
  await flush();
  draw(true);
  await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => rej.end(r))]);
  summary.seconds = (performance.now() - started) / 1000;
  const text = summaryText(o, summary, rejectedPath, gemeenteLines(o, summary, rules, sources));
  await new Promise<void>((resolve, reject) => {
    const s = createWriteStream(summaryPath);
    s.on('error', reject);
    s.end(text, () => resolve());
  });
  err(text);
  return { code: 0, summary };
}

const amsterdamTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'short',
});

function sourceText(source: GemeenteSource): string {
  switch (source.kind) {
    case 'database':
      return `Wegwijs-database (${source.database}), versie ${source.version}, laatst gewijzigd ${amsterdamTime.format(source.updatedAt)}`;
    case 'file':
      return `opgegeven bestand ${source.file}`;
    case 'bundled':
      return 'meegeleverd bestand in rules/gemeenten/';
  }
}

/** Per gemeente used: where its schemes came from, so a reader knows what the result rests on. */
function gemeenteLines(
  o: BatchOptions,
  s: BatchSummary,
  rules: Rules,
  sources: Map<string, GemeenteSource>,
): string[] {
  const lines = [
    o.saved
      ? `Regelingen per gemeente (Wegwijs-database gelezen: ${o.saved.database}):`
      : 'Regelingen per gemeente (Wegwijs-database niet gebruikt: --no-database):',
  ];
  for (const [code, n] of Object.entries(s.householdsPerGemeente).sort()) {
    const config = rules.municipal.configs[code]!;
    const example = config.example ? ', voorbeeld, geen echt beleid' : '';
    lines.push(
      `  ${code} ${config.name} (geldig vanaf ${config.valid_from}${example}): ${sourceText(sources.get(code)!)} — ${n} ${n === 1 ? 'huishouden' : 'huishoudens'}`,
    );
  }
  return lines;
}

function summaryText(
  o: BatchOptions,
  s: BatchSummary,
  rejectedPath: string,
  gemeenten: string[],
): string {
  const lines = [
    `Voorzieningencheck in bulk — peildatum ${o.peildatum}`,
    `Invoer: ${o.input}`,
    `Regels met een huishouden: ${s.lines} (lege regels overgeslagen: ${s.emptyLines})`,
    `Berekend: ${s.accepted}  ->  ${o.output}`,
    `Afgewezen: ${s.rejected}  ->  ${rejectedPath}`,
    `Controle: berekend + afgewezen = ${s.accepted + s.rejected} van ${s.lines} ${s.accepted + s.rejected === s.lines ? '(klopt)' : '(KLOPT NIET)'}`,
    ...gemeenten,
    `Huishoudens die waarschijnlijk iets laten liggen: ${s.householdsWithSomethingToGain}`,
    'Waarschijnlijk niet gebruikt, per regeling:',
    ...Object.entries(s.likelyNonTakeUp)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `  ${k}: ${n}`),
  ];
  if (s.rejected > 0) {
    lines.push('Afgewezen, per kolom:');
    for (const [k, n] of Object.entries(s.rejectionsByColumn).sort((a, b) => b[1] - a[1]))
      lines.push(`  ${k}: ${n}`);
  }
  lines.push(`Tijd: ${s.seconds.toFixed(2)} s`);
  return lines.join('\n') + '\n';
}

/** Flags without a value. */
const SWITCHES = new Set(['no-database']);

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) args[k!] = v;
      else if (SWITCHES.has(k!)) args[k!] = 'true';
      else args[k!] = argv[++i] ?? '';
    }
  }
  return args;
}

/** The command: flags in, exit code out (0 ok, 1 a problem, explained on stderr). */
export async function cli(argv: string[], env: NodeJS.ProcessEnv, io: BatchIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args['input'] || !args['output']) {
    io.stderr.write(
      'Gebruik / Usage: check-batch --input huishoudens.csv --output resultaten.csv [--peildatum JJJJ-MM-DD] [--gemeente-config pad] [--no-database] [--rejected pad] [--summary pad]\n',
    );
    return 1;
  }
  let saved: SavedGemeenten | undefined;
  if (args['no-database'] === undefined) {
    const read = await readSavedGemeenten(env);
    if (!read.ok) {
      io.stderr.write(read.message);
      return 1;
    }
    saved = read.saved;
  }
  const today = new Date().toISOString().slice(0, 10);
  const { code } = await runBatch(
    {
      input: args['input'],
      output: args['output'],
      peildatum: args['peildatum'] || today,
      gemeenteConfig: args['gemeente-config'],
      saved,
      rejected: args['rejected'],
      summary: args['summary'],
    },
    io,
  );
  return code;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await cli(process.argv.slice(2), process.env, { stderr: process.stderr }));
}
