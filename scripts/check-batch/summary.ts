// The summary a municipality reads after a run, in Dutch or (--lang en) English: counts, the check
// that every household line ended up in one of the two files, where each gemeente's schemes came
// from, and non-take-up. The sentences come from the catalogue (batchSummary.<lang>.json).
import { messages } from '../../src/content/message-files';
import { LOCALES, type Language } from '../../src/contract/messages/catalogue';
import type { GemeenteConfig } from '../../src/domain/benefits/index';
import { message, type MessageValues } from '../../src/domain/message';
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
  /** The reader's language; Dutch unless asked otherwise. */
  language?: Language | undefined;
}

const amsterdamTime = (language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** One sentence of the summary in the reader's language. */
const sayIn =
  (language: Language) =>
  (key: string, values?: MessageValues): string =>
    messages.text(language, message(`batchSummary.${key}`, values));

function sourceText(source: GemeenteSource, language: Language): string {
  const say = sayIn(language);
  switch (source.kind) {
    case 'database':
      return say('source.database', {
        database: source.database,
        version: source.version,
        updatedAt: amsterdamTime(language).format(source.updatedAt),
      });
    case 'file':
      return say('source.file', { file: source.file });
    case 'bundled':
      return say('source.bundled');
  }
}

/** Per gemeente used: where its schemes came from, so a reader knows what the result rests on. */
function gemeenteLines(c: SummaryContext, s: BatchSummary, language: Language): string[] {
  const say = sayIn(language);
  const lines = [
    c.database
      ? say('gemeentenFromDatabase', { database: c.database })
      : say('gemeentenWithoutDatabase'),
  ];
  for (const [code, n] of Object.entries(s.householdsPerGemeente).sort()) {
    const config = c.configs.get(code)!;
    const gemeente = say('gemeente', {
      code,
      name: config.name,
      validFrom: config.valid_from,
      example: String(config.example),
      source: sourceText(c.sources.get(code)!, language),
      count: n,
    });
    lines.push(`  ${gemeente}`);
  }
  return lines;
}

const byCountDescending = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, n]) => `  ${k}: ${n}`);

export function summaryText(c: SummaryContext, s: BatchSummary): string {
  const language = c.language ?? 'nl';
  const say = sayIn(language);
  const total = s.accepted + s.rejected;
  const lines = [
    say('title', { peildatum: c.peildatum }),
    say('input', { input: c.input }),
    say('lines', { lines: s.lines, empty: s.emptyLines }),
    say('accepted', { count: s.accepted, path: c.output }),
    say('rejected', { count: s.rejected, path: c.rejectedPath }),
    say('control', { total, lines: s.lines, ok: String(total === s.lines) }),
    ...gemeenteLines(c, s, language),
    say('somethingToGain', { count: s.householdsWithSomethingToGain }),
    say('nonTakeUp'),
    ...byCountDescending(s.likelyNonTakeUp),
  ];
  if (s.rejected > 0)
    lines.push(say('rejectedByColumn'), ...byCountDescending(s.rejectionsByColumn));
  lines.push(say('time', { seconds: s.seconds }));
  return lines.join('\n') + '\n';
}
