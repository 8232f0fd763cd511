// Batch screening for municipalities: which (anonymous) households probably miss a scheme?
//
//   npx tsx scripts/check-batch.ts --input households.csv --output results.csv \
//     [--peildatum 2026-01-01] [--gemeente-config rules/gemeenten/mijn-gemeente.yaml] \
//     [--no-database] [--rejected afgewezen.csv] [--summary samenvatting.txt] [--workers N] [--lang en]
//
// The municipal schemes come from the same place as in the app: the ones a beheerder saved in
// Wegwijs' database (opened with the server's settings), else the bundled rules/gemeenten/ files;
// a --gemeente-config file wins for its gemeente. --no-database uses the files only. The parts
// live in scripts/check-batch/: args, reader (streaming csv-parse), screen (validate + compute,
// also in worker threads), gemeenten and saved-schemes (where the schemes come from), summary.
// Columns: see rules/README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './check-batch/cli';

export { cli } from './check-batch/cli';
export { columnForField } from './check-batch/columns';
export { runBatch, type BatchIo, type BatchOptions } from './check-batch/run';
export { readSavedGemeenten } from './check-batch/saved-schemes';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await cli(process.argv.slice(2), process.env, { stderr: process.stderr }));
}
