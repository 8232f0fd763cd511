// Benchmark of `npm run check:batch` end to end, CSV in -> CSV out. Run: npm run bench:batch
// Issue 12: 500 000 households, all schemes, < 15 s on this 2-core machine. Generates a seeded
// households file (a mix of singles, couples, children, tenants and owners, and 1 % rows with a
// mistake so the rejected report is written too), then runs the real command in a child process
// with --workers 1 and --workers <cores>, interleaved, and reports the median wall time. The
// reference in the same run is the engine alone (validated households, all schemes, trace off,
// one core). Also checks that both runs wrote identical files. BENCH_BATCH_N overrides 500 000.
import { execFile } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import {
  calculateAll,
  defaultRules,
  validateHousehold,
  type Household,
} from '../src/domain/benefits/index';
import { seededRandom } from './random';

const N = Number(process.env.BENCH_BATCH_N ?? 500_000);
const RUNS = 3;
const PEILDATUM = '2026-03-01';
const HEADER =
  'id;gemeente;aanvrager_geboortedatum;aanvrager_bruto_maand;aanvrager_netto_maand;aanvrager_inkomensbron;aanvrager_werkt;partner_geboortedatum;partner_bruto_maand;partner_netto_maand;kinderen_geboortedata;woning;kale_huur_maand;servicekosten_maand;vermogen;vaste_lasten_maand;ontvangt_al';

function row(i: number, rnd: () => number): string {
  const gross = Math.floor(rnd() * 4500);
  const partner = rnd() < 0.4;
  const kids = Math.floor(rnd() * 4);
  const rent = rnd() < 0.7;
  const date = (from: number, span: number) =>
    `${from + Math.floor(rnd() * span)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
  const cells = [
    `h${i}`,
    'GM9999',
    date(1945, 60),
    `${gross},00`,
    `${Math.floor(gross * 0.85)},00`,
    gross === 0 ? 'geen' : 'loon',
    rnd() < 0.5 ? 'ja' : 'nee',
    partner ? date(1950, 55) : '',
    partner ? String(Math.floor(rnd() * 2000)) : '',
    partner ? '0' : '',
    Array.from({ length: kids }, () => date(2009, 16)).join('|'),
    rent ? 'huur' : 'koop',
    rent ? `${400 + Math.floor(rnd() * 600)},00` : '',
    rent ? '45,00' : '',
    String(Math.floor(rnd() * 40000)),
    String(600 + Math.floor(rnd() * 900)),
    rnd() < 0.3 ? 'zorgtoeslag' : '',
  ];
  if (rnd() < 0.01) cells[3] = 'onbekend'; // a mistake: rejected, reported
  return cells.join(';');
}

async function writeHouseholds(file: string): Promise<void> {
  const rnd = seededRandom(500);
  const out = createWriteStream(file);
  out.write(HEADER + '\n');
  for (let i = 0; i < N; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(N, i + 1000); j++) lines.push(row(j, rnd));
    if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
  }
  await new Promise((resolve) => out.end(resolve));
}

const TIME = '/usr/bin/time'; // GNU time, for the CPU seconds of the child (when installed)
const withCpu = existsSync(TIME);

/**
 * Wall time of one run of the command, in a child process as a user starts it, and its CPU time
 * (user + system, all threads): on a shared machine the CPU time says what the run costs, and
 * CPU time / cores is the least wall time the same run could take on idle cores.
 */
async function runCommand(
  input: string,
  output: string,
  workers: number,
): Promise<{ wall: number; cpu: number }> {
  // As `npm run check:batch` starts it (see package.json).
  const args = ['--max-semi-space-size=32', '--import', 'tsx', 'scripts/check-batch.ts'];
  args.push('--no-database');
  args.push('--input', input, '--output', output, '--peildatum', PEILDATUM);
  args.push('--workers', String(workers));
  const [file, argv] = withCpu
    ? [TIME, ['-f', 'cpu %U %S', process.execPath, ...args]]
    : [process.execPath, args];
  const t0 = performance.now();
  const stderr = await new Promise<string>((resolve, reject) =>
    execFile(file, argv, { maxBuffer: 1 << 24 }, (error, _out, err) =>
      error ? reject(error) : resolve(err),
    ),
  );
  const wall = (performance.now() - t0) / 1000;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : Number.NaN };
}

/** The engine alone on one core: validated households, all schemes, trace off. */
function engineAlone(): number {
  const rules = defaultRules();
  const rnd = seededRandom(7);
  const households: Household[] = [];
  for (let i = 0; households.length < 50_000; i++) {
    const cells = row(i, rnd).split(';');
    const v = validateHousehold(
      {
        gemeente: 'GM9999',
        applicant: {
          birthDate: cells[2],
          grossMonthlyIncomeCents: Number(cells[3]!.split(',')[0]) * 100 || 0,
        },
        partner: cells[7] ? { birthDate: cells[7] } : null,
        children: cells[10] ? cells[10].split('|').map((birthDate) => ({ birthDate })) : [],
        home: cells[11] === 'huur' ? { type: 'huur', rentMonthlyCents: 60000 } : { type: 'koop' },
      },
      PEILDATUM,
    );
    if (v.ok) households.push(v.household);
  }
  for (const h of households.slice(0, 5000)) calculateAll(h, PEILDATUM, rules, { trace: false });
  const t0 = performance.now();
  for (const h of households) calculateAll(h, PEILDATUM, rules, { trace: false });
  return households.length / ((performance.now() - t0) / 1000);
}

/**
 * How much more work the machine does right now with a thread per core than with one: a pure
 * arithmetic loop in 1 and in `cores` threads. On an idle machine this is the core count; when
 * others keep the cores busy it drops towards 1, and no worker count can beat it.
 */
async function parallelHeadroom(cores: number): Promise<number> {
  const loop = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7;
    require('node:worker_threads').parentPort.postMessage(x);`;
  const run = async (threads: number) => {
    const t0 = performance.now();
    await Promise.all(
      Array.from(
        { length: threads },
        () => new Promise((resolve) => new Worker(loop, { eval: true }).once('message', resolve)),
      ),
    );
    return performance.now() - t0;
  };
  const one = await run(1);
  return (cores * one) / (await run(cores));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cores = os.availableParallelism();
const dir = await mkdtemp(path.join(os.tmpdir(), 'wegwijs-batch-bench-'));
try {
  const input = path.join(dir, 'huishoudens.csv');
  await writeHouseholds(input);
  const counts = [1, cores];
  const times = new Map<number, number[]>(counts.map((w) => [w, []]));
  const cpu = new Map<number, number[]>(counts.map((w) => [w, []]));
  for (let run = 0; run < RUNS; run++)
    for (const w of counts) {
      const r = await runCommand(input, path.join(dir, `uit-${w}.csv`), w);
      times.get(w)!.push(r.wall);
      cpu.get(w)!.push(r.cpu);
    }
  const engine = engineAlone();
  const headroom = median([
    await parallelHeadroom(cores),
    await parallelHeadroom(cores),
    await parallelHeadroom(cores),
  ]);
  const same =
    (await readFile(path.join(dir, 'uit-1.csv'))).equals(
      await readFile(path.join(dir, `uit-${cores}.csv`)),
    ) &&
    (await readFile(path.join(dir, 'uit-1.afgewezen.csv'))).equals(
      await readFile(path.join(dir, `uit-${cores}.afgewezen.csv`)),
    );
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`machine: ${cores} × ${os.cpus()[0]?.model}, Node ${process.version}, load ${load}`);
  console.log(`check:batch end to end, ${fmt(N)} households, all schemes, median of ${RUNS}:`);
  for (const w of counts) {
    const t = median(times.get(w)!);
    const all = times
      .get(w)!
      .map((x) => x.toFixed(1))
      .join(', ');
    const c = median(cpu.get(w)!);
    console.log(
      `  --workers ${w}: ${t.toFixed(2)} s (${all}) = ${fmt(N / t)} households/s; CPU ${c.toFixed(1)} s, so at least ${(c / Math.min(w, cores)).toFixed(1)} s on idle cores`,
    );
  }
  const best = median(times.get(cores)!);
  if (N === 500_000) console.log(`  target < 15 s: ${best < 15 ? 'met' : 'NOT met'}`);
  console.log(
    `  reference, engine alone (validated, all schemes, trace off, one core): ${fmt(engine)} households/s; end to end with ${cores} workers = ${((N / best / engine) * 100).toFixed(0)} % of that`,
  );
  console.log(
    `  parallel headroom now: ${cores} threads of a pure loop do ${headroom.toFixed(2)}× the work of one (${cores}× on idle cores)`,
  );
  console.log(`  outputs with 1 and ${cores} workers identical: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
