// Benchmark of the zorgtoeslag screening fast path. Run: npm run bench:zorgtoeslag
// Issue 12 asks for zorgtoeslag for 1 000 000 households at least as fast as OpenFisca's
// vectorised calculation of the same formula, including building the simulation. OpenFisca
// cannot be installed here (PyPI is not reachable: `pip download openfisca-core` fails at once),
// so the reference in the same run is what the issue names for that case: a bare typed-array
// loop of the same formula, with the parameters as constants. Measured, median of 5 rounds:
//  1. the fast path on 1 M households: parameters + filling the columns + the loop
//  1b. its loop alone, on columns filled before
//  2. the bare typed-array loop on the same inputs (allocating its outputs)
//  3. the engine (calculateAll, trace off, zorgtoeslag only) on 100 000 validated households
//  4. the fast path on those households, including deriving the columns from the objects
// and checks that (1) equals (2) on all 1 M households and (4) equals (3).
import os from 'node:os';
import {
  calculateAll,
  defaultRules,
  snapshotFor,
  validateHousehold,
  type Household,
} from '../src/domain/benefits/index';
import {
  screenZorgtoeslag,
  zorgtoeslagAmounts,
  zorgtoeslagColumns,
  zorgtoeslagColumnsOf,
  zorgtoeslagParameters,
} from '../src/domain/benefits/fast/index';
import { seededRandom } from './random';

const PEILDATUM = '2026-03-01';
const N = 1_000_000;
const SAMPLE = 100_000;
const ROUNDS = 5;
const rules = defaultRules();

/** Raw facts of N households, as a screening file would deliver them (not yet columns). */
function rawHouseholds(n: number) {
  const rnd = seededRandom(12);
  const raw = {
    age: new Int32Array(n),
    partner: new Uint8Array(n),
    insured: new Uint8Array(n),
    partnerInsured: new Uint8Array(n),
    assets: new Float64Array(n),
    income: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    raw.age[i] = 16 + Math.floor(rnd() * 75);
    raw.partner[i] = rnd() < 0.45 ? 1 : 0;
    raw.insured[i] = rnd() < 0.97 ? 1 : 0;
    raw.partnerInsured[i] = rnd() < 0.95 ? 1 : 0;
    raw.assets[i] = Math.floor(rnd() * 20_000_000);
    raw.income[i] = Math.floor(rnd() * 7_000_000);
  }
  return raw;
}
type Raw = ReturnType<typeof rawHouseholds>;

/** The fast path, from raw facts to amounts: parameters, columns, loop. */
function fastPath(raw: Raw) {
  const params = zorgtoeslagParameters(rules.parameters, PEILDATUM);
  const c = zorgtoeslagColumns(raw.age.length);
  c.applicantAge.set(raw.age);
  c.hasPartner.set(raw.partner);
  c.applicantInsured.set(raw.insured);
  c.partnerInsured.set(raw.partnerInsured);
  c.assetsCents.set(raw.assets);
  c.incomeCents.set(raw.income);
  return screenZorgtoeslag(c, params);
}

// The reference: the formula by hand over typed arrays, parameters read once as constants.
const snap = snapshotFor(rules.parameters, PEILDATUM);
const K = {
  min: snap.number('algemeen.minimumleeftijd-toeslag'),
  drempel: snap.number('algemeen.drempelinkomen'),
  premie: snap.number('zorgtoeslag.standaardpremie'),
  mA: Math.round(snap.number('zorgtoeslag.normpremie-percentage-drempel-zonder-partner') * 1e4),
  mP: Math.round(snap.number('zorgtoeslag.normpremie-percentage-drempel-met-partner') * 1e4),
  mB: Math.round(snap.number('zorgtoeslag.normpremie-percentage-boven-drempel') * 1e4),
  vA: snap.number('zorgtoeslag.vermogensgrens-zonder-partner'),
  vP: snap.number('zorgtoeslag.vermogensgrens-met-partner'),
  share: snap.number('zorgtoeslag.aandeel-partner-niet-verzekerd'),
  minYear: snap.number('algemeen.toeslag-minimum-jaarbedrag'),
};
function bareLoop(raw: Raw) {
  const n = raw.age.length;
  const perMonth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = raw.partner[i] === 1;
    if (raw.age[i]! < K.min || raw.insured[i] === 0 || raw.assets[i]! > (p ? K.vP : K.vA)) continue;
    const above = Math.max(0, raw.income[i]! - K.drempel);
    const norm = Math.round((K.drempel * (p ? K.mP : K.mA)) / 1e6 + (above * K.mB) / 1e6);
    let year = Math.max(0, (p ? 2 : 1) * K.premie - norm);
    if (p && raw.partnerInsured[i] === 0) year = (year * K.share) / 100;
    const q = Math.floor(Math.round(year) / 100);
    const rounded = (Math.round(year) - q * 100) * 2 >= 100 ? (q + 1) * 100 : q * 100;
    if (rounded >= K.minYear) perMonth[i] = Math.floor(rounded / 12 / 100) * 100;
  }
  return perMonth;
}

function sampleHouseholds(n: number): Household[] {
  const rnd = seededRandom(34);
  return Array.from({ length: n }, () => {
    const v = validateHousehold(
      {
        gemeente: 'GM9999',
        home: { type: 'geen' },
        applicant: {
          birthDate: `${1940 + Math.floor(rnd() * 68)}-0${1 + Math.floor(rnd() * 9)}-15`,
          grossYearlyIncomeCents: Math.floor(rnd() * 6_000_000),
          healthInsuredInNL: rnd() < 0.97,
        },
        partner: rnd() < 0.45 ? { birthDate: '1980-06-01', healthInsuredInNL: rnd() < 0.95 } : null,
        assetsCents: Math.floor(rnd() * 20_000_000),
      },
      PEILDATUM,
    );
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    return v.household;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const raw = rawHouseholds(N);
const households = sampleHouseholds(SAMPLE);
const engineOnce = () =>
  households.map(
    (h) =>
      calculateAll(h, PEILDATUM, rules, { trace: false, schemes: ['zorgtoeslag'] }).schemes[0]!
        .amount?.perMonthCents ?? 0,
  );
const fastOnSample = () =>
  screenZorgtoeslag(
    zorgtoeslagColumnsOf(households, PEILDATUM),
    zorgtoeslagParameters(rules.parameters, PEILDATUM),
  );

const built = zorgtoeslagColumns(N);
built.applicantAge.set(raw.age);
built.hasPartner.set(raw.partner);
built.applicantInsured.set(raw.insured);
built.partnerInsured.set(raw.partnerInsured);
built.assetsCents.set(raw.assets);
built.incomeCents.set(raw.income);
const builtParams = zorgtoeslagParameters(rules.parameters, PEILDATUM);
const loopOut = zorgtoeslagAmounts(N);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const times = {
  fast: [] as number[],
  loop: [] as number[],
  bare: [] as number[],
  engine: [] as number[],
  objects: [] as number[],
};
let mismatches = 0;
let engineMismatches = 0;
for (let round = -1; round < ROUNDS; round++) {
  // Interleaved, so a busy moment on the shared machine hits every measure alike; a collection
  // before each, so none pays for the garbage of another. Round -1 warms up.
  gc();
  const f = timed(() => fastPath(raw));
  gc();
  const l = timed(() => screenZorgtoeslag(built, builtParams, loopOut));
  gc();
  const b = timed(() => bareLoop(raw));
  gc();
  const e = timed(engineOnce);
  gc();
  const o = timed(fastOnSample);
  if (round < 0) continue;
  times.fast.push(f.ms);
  times.loop.push(l.ms);
  times.bare.push(b.ms);
  times.engine.push(e.ms);
  times.objects.push(o.ms);
  for (let i = 0; i < N; i++) if (f.value.perMonthCents[i] !== b.value[i]) mismatches++;
  e.value.forEach((cents, i) => {
    if (o.value.perMonthCents[i] !== cents) engineMismatches++;
  });
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const fast = median(times.fast);
const loop = median(times.loop);
const bare = median(times.bare);
const engine = median(times.engine);
const objects = median(times.objects);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `zorgtoeslag, ${N.toLocaleString('en-US')} households, median of ${ROUNDS} (one core):`,
);
console.log(
  `  fast path (parameters + columns + loop): ${fast.toFixed(0)} ms = ${rate(N, fast)} households/s`,
);
console.log(
  `  fast path, the loop alone:               ${loop.toFixed(0)} ms = ${rate(N, loop)} households/s`,
);
console.log(
  `  bare typed-array loop (reference):       ${bare.toFixed(0)} ms = ${rate(N, bare)} households/s  -> speed of the fast path ${(bare / fast).toFixed(2)}× the reference, its loop alone ${(bare / loop).toFixed(2)}×`,
);
console.log(
  `  engine, trace off, ${SAMPLE.toLocaleString('en-US')} households:    ${engine.toFixed(0)} ms = ${rate(SAMPLE, engine)} households/s  -> fast path ${(engine / SAMPLE / (fast / N)).toFixed(1)}× the engine`,
);
console.log(
  `  fast path from household objects:        ${objects.toFixed(0)} ms = ${rate(SAMPLE, objects)} households/s`,
);
console.log(
  `  differences: fast path vs reference ${mismatches}, fast path vs engine ${engineMismatches}`,
);
if (mismatches + engineMismatches > 0) process.exitCode = 1;
