// Which schemes count for each gemeente: the bundled rules/gemeenten/ files, overridden by the
// schemes a beheerder saved in Wegwijs, overridden by a --gemeente-config file or folder.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { bothLanguages } from '../../src/content/message-files';
import { message } from '../../src/domain/message';
import {
  defaultRules,
  hasKnownSchemes,
  type GemeenteConfig,
} from '../../src/domain/benefits/index';
import {
  formatRulesIssue,
  parseGemeenteData,
  parseGemeenteFile,
} from '../../src/domain/benefits/loader';

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

export interface ResolvedGemeenten {
  /** Every gemeente's schemes, one per code. */
  configs: GemeenteConfig[];
  sources: Map<string, GemeenteSource>;
}

type GivenFile = { config: GemeenteConfig; file: string };

async function loadGemeenteFiles(p: string): Promise<GivenFile[]> {
  const info = await stat(p);
  const files = info.isDirectory()
    ? (await readdir(p))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => path.join(p, f))
    : [p];
  const configs: GivenFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const out = parseGemeenteFile(await readFile(file, 'utf8'), file);
    if (out.ok) configs.push({ config: out.data, file });
    else problems.push(...out.issues.map((i) => formatRulesIssue(i, bothLanguages)));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return configs;
}

async function givenFiles(p: string | undefined): Promise<GivenFile[]> {
  if (!p) return [];
  try {
    return await loadGemeenteFiles(p);
  } catch (e) {
    throw new Error(
      `${bothLanguages(message('batch.gemeenteConfigInvalid'))}:\n${(e as Error).message}`,
    );
  }
}

/** A saved row, checked with the schema of the files; problems name the gemeente and field. */
function checkSaved(row: SavedGemeente): { config: GemeenteConfig } | { problems: string[] } {
  const out = parseGemeenteData(row.config, `${row.code} (versie ${row.version})`);
  if (!out.ok)
    return { problems: out.issues.map((i) => `  ${formatRulesIssue(i, bothLanguages)}`) };
  if (out.data.code !== row.code)
    return {
      problems: [
        `  ${row.code} (versie ${row.version}) code: de code in de regelingen is ${out.data.code} / the code in the schemes is ${out.data.code}`,
      ],
    };
  return { config: out.data };
}

function invalidSaved(database: string, problems: string[]): Error {
  return new Error(
    [
      `De opgeslagen regelingen in de Wegwijs-database (${database}) kloppen niet:`,
      `The schemes saved in the Wegwijs database (${database}) are invalid:`,
      ...problems,
      'Laat een beheerder ze in Wegwijs verbeteren en opnieuw opslaan, of geef voor die gemeente een bestand met --gemeente-config.',
      'Ask an administrator to correct and save them again in Wegwijs, or give a file for that gemeente with --gemeente-config.',
    ].join('\n'),
  );
}

type Chosen = Map<string, { config: GemeenteConfig; source: GemeenteSource }>;

/** Puts the saved rows over the bundled files, except for gemeenten a given file replaces. */
function chooseSaved(chosen: Chosen, saved: SavedGemeenten, replaced: Set<string>): void {
  const problems: string[] = [];
  for (const row of saved.rows) {
    if (replaced.has(row.code)) continue; // the given file wins; this row is not used or checked
    const checked = checkSaved(row);
    if ('problems' in checked) problems.push(...checked.problems);
    else {
      const { version, updatedAt } = row;
      const source = { kind: 'database' as const, database: saved.database, version, updatedAt };
      chosen.set(row.code, { config: checked.config, source });
    }
  }
  if (problems.length > 0) throw invalidSaved(saved.database, problems);
}

/**
 * Every gemeente's schemes, and where each came from. Throws with a message in Dutch and English
 * when a file or a saved row is invalid, before anything is written.
 */
export async function resolveGemeenten(
  gemeenteConfig: string | undefined,
  saved: SavedGemeenten | undefined,
): Promise<ResolvedGemeenten> {
  const chosen: Chosen = new Map();
  // A bundled research file that knows none of the gemeente's schemes adds nothing: such a
  // gemeente counts as one without schemes, as on the public API.
  for (const config of Object.values(defaultRules().municipal.configs))
    if (config.example || hasKnownSchemes(config))
      chosen.set(config.code, { config, source: { kind: 'bundled' } });
  const files = await givenFiles(gemeenteConfig);
  if (saved) chooseSaved(chosen, saved, new Set(files.map((f) => f.config.code)));
  for (const { config, file } of files)
    chosen.set(config.code, { config, source: { kind: 'file', file } });
  return {
    configs: [...chosen.values()].map((c) => c.config),
    sources: new Map([...chosen].map(([code, c]) => [code, c.source])),
  };
}
