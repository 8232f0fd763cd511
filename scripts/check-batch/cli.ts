// The command: flags in, exit code out (0 ok, 1 a problem, explained on stderr).
import { parseBatchArgs } from './args';
import type { SavedGemeenten } from './gemeenten';
import { runBatch, type BatchIo } from './run';
import { readSavedGemeenten } from './saved-schemes';

export async function cli(argv: string[], env: NodeJS.ProcessEnv, io: BatchIo): Promise<number> {
  const parsed = parseBatchArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(parsed.message);
    return 1;
  }
  const { args } = parsed;
  let saved: SavedGemeenten | undefined;
  if (!args.noDatabase) {
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
      input: args.input,
      output: args.output,
      peildatum: args.peildatum ?? today,
      gemeenteConfig: args.gemeenteConfig,
      saved,
      rejected: args.rejected,
      summary: args.summary,
      workers: args.workers,
      language: args.language,
    },
    io,
  );
  return code;
}
