// The summary a municipality reads after a run (in Dutch): counts, the check that every household
// line ended up in one of the two files, where each gemeente's schemes came from, and non-take-up.
import type { GemeenteConfig } from '../../src/domain/benefits/index';
import type { BatchCounts } from './counts';
import type { GemeenteSource } from './gemeenten';

export interface BatchSummary extends BatchCounts {
  seconds: number;
}

export interface SummaryContext {
  peildatum: string;
  input: string;
  output: string;
  rejectedPath: string;
  /** The database the saved schemes were read from; undefined with --no-database. */
  database: string | undefined;
  configs: ReadonlyMap<string, GemeenteConfig>;
  sources: ReadonlyMap<string, GemeenteSource>;
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
function gemeenteLines(c: SummaryContext, s: BatchSummary): string[] {
  const lines = [
    c.database
      ? `Regelingen per gemeente (Wegwijs-database gelezen: ${c.database}):`
      : 'Regelingen per gemeente (Wegwijs-database niet gebruikt: --no-database):',
  ];
  for (const [code, n] of Object.entries(s.householdsPerGemeente).sort()) {
    const config = c.configs.get(code)!;
    const example = config.example ? ', voorbeeld, geen echt beleid' : '';
    lines.push(
      `  ${code} ${config.name} (geldig vanaf ${config.valid_from}${example}): ${sourceText(c.sources.get(code)!)} — ${n} ${n === 1 ? 'huishouden' : 'huishoudens'}`,
    );
  }
  return lines;
}

const byCountDescending = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, n]) => `  ${k}: ${n}`);

export function summaryText(c: SummaryContext, s: BatchSummary): string {
  const total = s.accepted + s.rejected;
  const lines = [
    `Voorzieningencheck in bulk — peildatum ${c.peildatum}`,
    `Invoer: ${c.input}`,
    `Regels met een huishouden: ${s.lines} (lege regels overgeslagen: ${s.emptyLines})`,
    `Berekend: ${s.accepted}  ->  ${c.output}`,
    `Afgewezen: ${s.rejected}  ->  ${c.rejectedPath}`,
    `Controle: berekend + afgewezen = ${total} van ${s.lines} ${total === s.lines ? '(klopt)' : '(KLOPT NIET)'}`,
    ...gemeenteLines(c, s),
    `Huishoudens die waarschijnlijk iets laten liggen: ${s.householdsWithSomethingToGain}`,
    'Waarschijnlijk niet gebruikt, per regeling:',
    ...byCountDescending(s.likelyNonTakeUp),
  ];
  if (s.rejected > 0)
    lines.push('Afgewezen, per kolom:', ...byCountDescending(s.rejectionsByColumn));
  lines.push(`Tijd: ${s.seconds.toFixed(2)} s`);
  return lines.join('\n') + '\n';
}
