// The command line of check:batch, read with node:util parseArgs. Unknown options and bad values
// are refused with the usage line, in Dutch and English.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { bothLanguages } from '../../src/content/message-files';
import { message } from '../../src/domain/message';
import { LANGUAGES, type Language } from '../../src/contract/messages/catalogue';

const isLanguage = (text: string): text is Language => (LANGUAGES as string[]).includes(text);

export const USAGE =
  'Gebruik / Usage: check-batch --input huishoudens.csv --output resultaten.csv [--peildatum JJJJ-MM-DD] [--gemeente-config pad] [--no-database] [--rejected pad] [--summary pad] [--workers N] [--lang nl|en]\n';

export interface BatchArgs {
  input: string;
  output: string;
  /** Undefined: today. */
  peildatum: string | undefined;
  gemeenteConfig: string | undefined;
  noDatabase: boolean;
  rejected: string | undefined;
  summary: string | undefined;
  /** 'auto' when not given: every core for a large file. */
  workers: number | 'auto';
  /** The language of the summary file; Dutch unless --lang en. */
  language: Language;
}

export type ParsedArgs = { ok: true; args: BatchArgs } | { ok: false; message: string };

const OPTIONS = {
  input: { type: 'string' },
  output: { type: 'string' },
  peildatum: { type: 'string' },
  'gemeente-config': { type: 'string' },
  'no-database': { type: 'boolean' },
  rejected: { type: 'string' },
  summary: { type: 'string' },
  workers: { type: 'string' },
  lang: { type: 'string' },
} as const;

function workers(text: string | undefined): number | 'auto' | null {
  if (text === undefined) return 'auto';
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 4 * availableParallelism() ? n : null;
}

export function parseBatchArgs(argv: string[]): ParsedArgs {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${USAGE}` };
  }
  if (!values.input || !values.output) return { ok: false, message: USAGE };
  const language = values.lang ?? 'nl';
  if (!isLanguage(language)) return { ok: false, message: `--lang: ${language}\n${USAGE}` };
  const n = workers(values.workers);
  if (n === null)
    return {
      ok: false,
      message: `${bothLanguages(message('batch.run.workers', { max: 4 * availableParallelism() }))}: ${values.workers}\n${USAGE}`,
    };
  return {
    ok: true,
    args: {
      input: values.input,
      output: values.output,
      peildatum: values.peildatum || undefined,
      gemeenteConfig: values['gemeente-config'],
      noDatabase: values['no-database'] ?? false,
      rejected: values.rejected,
      summary: values.summary,
      workers: n,
      language,
    },
  };
}
