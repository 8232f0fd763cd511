// Benchmark of the Voorzieningencheck engine. Run: npx tsx bench/benefits.bench.ts
//  1. one household, all 18 schemes, with the full trace: p50 / p95 latency
//  2. batch throughput on one core, trace off (the batch fast path), with and without validation
//  3. the same national formulas in a bare hand-written loop, for the engine's overhead ratio
import os from 'node:os';
import {
  calculateAll,
  defaultRules,
  snapshotFor,
  validateHousehold,
} from '../src/domain/benefits/index';
import type { Household, HouseholdInput } from '../src/domain/benefits/index';

const PEILDATUM = '2026-03-01';
const rules = defaultRules();

// Deterministic pseudo-random households (LCG), a mix of singles, couples, children and tenants.
let seed = 42;
const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const year = (min: number, max: number) => String(min + Math.floor(rnd() * (max - min + 1)));

function makeInput(): HouseholdInput {
  const gross = Math.floor(rnd() * 4500) * 100;
  const partner = rnd() < 0.4;
  const kids = Math.floor(rnd() * 4);
  const rent = rnd() < 0.7;
  return {
    gemeente: 'GM9999',
    applicant: {
      birthDate: `${year(1950, 2005)}-0${1 + Math.floor(rnd() * 9)}-15`,
      grossMonthlyIncomeCents: gross,
      netMonthlyIncomeCents: Math.floor(gross * 0.85),
      incomeKind: pick(['loon', 'uitkering', 'geen'] as const),
      worksOrStudies: rnd() < 0.5,
    },
    partner: partner
      ? {
          birthDate: `${year(1950, 2005)}-06-01`,
          grossMonthlyIncomeCents: Math.floor(rnd() * 2000) * 100,
          worksOrStudies: rnd() < 0.5,
        }
      : null,
    children: Array.from({ length: kids }, () => ({
      birthDate: `${year(2009, 2025)}-03-10`,
      ...(rnd() < 0.2
        ? { childcare: { type: 'dagopvang' as const, hoursPerMonth: 80, hourlyRateCents: 1050 } }
        : {}),
    })),
    otherAdults: rnd() < 0.1 ? [{ birthDate: '1960-01-01', relation: 'ouder' as const }] : [],
    home: rent
      ? { type: 'huur', rentMonthlyCents: 40000 + Math.floor(rnd() * 600) * 100 }
      : { type: pick(['koop', 'geen'] as const) },
    assetsCents: Math.floor(rnd() * 2000000),
    alreadyReceives: rnd() < 0.3 ? ['zorgtoeslag'] : [],
  };
}

const inputs = Array.from({ length: 2000 }, makeInput);
const households: Household[] = inputs.map((i) => {
  const v = validateHousehold(i, PEILDATUM);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.household;
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// 1. Single household latency, full trace.
for (let i = 0; i < 3000; i++) calculateAll(households[i % households.length]!, PEILDATUM, rules);
const lat: number[] = [];
for (let i = 0; i < 20000; i++) {
  const h = households[i % households.length]!;
  const t0 = performance.now();
  calculateAll(h, PEILDATUM, rules);
  lat.push(performance.now() - t0);
}
lat.sort((a, b) => a - b);

// 2. Batch throughput (one core: this process is single-threaded).
function throughput(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < 5000; i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return n / ((performance.now() - t0) / 1000);
}
let sink = 0;
const N = 200_000;
const engineFast = throughput(N, (i) => {
  sink += calculateAll(households[i % households.length]!, PEILDATUM, rules, { trace: false })
    .totals.additionalPerMonthCents;
});
const engineTrace = throughput(50_000, (i) => {
  sink += calculateAll(households[i % households.length]!, PEILDATUM, rules).totals
    .additionalPerMonthCents;
});
const withValidation = throughput(50_000, (i) => {
  const v = validateHousehold(inputs[i % inputs.length], PEILDATUM);
  if (v.ok)
    sink += calculateAll(v.household, PEILDATUM, rules, { trace: false }).totals
      .additionalPerMonthCents;
});

// 3. Bare loop: zorgtoeslag, huurtoeslag, kindgebonden budget, kinderbijslag and the bijstand norm,
// written out by hand with the parameter values read once. No trace, no per-scheme objects.
const snap = snapshotFor(rules.parameters, PEILDATUM);
const n = (id: string) => snap.number(id);
const K = {
  drempel: n('algemeen.drempelinkomen'),
  min: n('algemeen.toeslag-minimum-jaarbedrag'),
  premie: n('zorgtoeslag.standaardpremie'),
  ztA: n('zorgtoeslag.normpremie-percentage-drempel-zonder-partner'),
  ztP: n('zorgtoeslag.normpremie-percentage-drempel-met-partner'),
  ztB: n('zorgtoeslag.normpremie-percentage-boven-drempel'),
  ztVA: n('zorgtoeslag.vermogensgrens-zonder-partner'),
  ztVP: n('zorgtoeslag.vermogensgrens-met-partner'),
  maxH: n('huurtoeslag.maximale-huurgrens'),
  kkg: n('huurtoeslag.kwaliteitskortingsgrens'),
  af12: n('huurtoeslag.aftoppingsgrens-1-2-personen'),
  af3: n('huurtoeslag.aftoppingsgrens-3-plus-personen'),
  b1: n('huurtoeslag.basishuur-eenpersoons'),
  bM: n('huurtoeslag.basishuur-meerpersoons'),
  pB: n('huurtoeslag.subsidiepercentage-tot-aftoppingsgrens'),
  pC: n('huurtoeslag.subsidiepercentage-boven-aftoppingsgrens'),
  ij1: n('huurtoeslag.minimum-inkomensijkpunt-eenpersoons'),
  ijM: n('huurtoeslag.minimum-inkomensijkpunt-meerpersoons'),
  ab1: n('huurtoeslag.afbouwpercentage-eenpersoons'),
  abM: n('huurtoeslag.afbouwpercentage-meerpersoons'),
  htVA: n('algemeen.awir-vermogensgrens-zonder-partner'),
  htVP: n('algemeen.awir-vermogensgrens-met-partner'),
  kgbK: n('kindgebonden-budget.bedrag-per-kind'),
  kgb12: n('kindgebonden-budget.verhoging-12-15-jaar'),
  kgb16: n('kindgebonden-budget.verhoging-16-17-jaar'),
  kop: n('kindgebonden-budget.alleenstaande-ouderkop'),
  kgbAf: n('kindgebonden-budget.afbouwpercentage'),
  kgbDP: n('kindgebonden-budget.drempelverhoging-partners'),
  kb0: n('kinderbijslag.kwartaalbedrag-0-5-jaar'),
  kb6: n('kinderbijslag.kwartaalbedrag-6-11-jaar'),
  kb12: n('kinderbijslag.kwartaalbedrag-12-17-jaar'),
  nA: n('bijstand.norm-alleenstaande'),
  nG: n('bijstand.norm-gehuwden'),
};
const age = (b: string, d: string) => {
  let a = +d.slice(0, 4) - +b.slice(0, 4);
  if (d.slice(5) < b.slice(5)) a--;
  return a;
};
const finish = (yearExact: number) => {
  const y = Math.round(Math.max(0, yearExact) / 100) * 100;
  return y >= K.min ? Math.floor(y / 1200) * 100 : 0;
};
function bare(h: Household): number {
  const p = h.partner !== null;
  const inc =
    (h.applicant.grossYearlyIncomeCents ?? h.applicant.grossMonthlyIncomeCents * 12) +
    (h.partner ? (h.partner.grossYearlyIncomeCents ?? h.partner.grossMonthlyIncomeCents * 12) : 0);
  let total = 0;
  // zorgtoeslag
  if (h.assetsCents <= (p ? K.ztVP : K.ztVA)) {
    const norm = Math.round(
      (K.drempel * (p ? K.ztP : K.ztA) + Math.max(0, inc - K.drempel) * K.ztB) / 100,
    );
    total += finish((p ? 2 : 1) * K.premie - norm);
  }
  // huurtoeslag
  const persons = 1 + (p ? 1 : 0) + h.children.length + h.otherAdults.length;
  if (
    h.home.type === 'huur' &&
    h.home.independent &&
    h.assetsCents <= (p ? K.htVP : K.htVA) + h.otherAdults.length * K.htVA
  ) {
    const rh = Math.min(h.home.rentMonthlyCents ?? 0, K.maxH);
    const one = persons === 1;
    const af = persons <= 2 ? K.af12 : K.af3;
    const m =
      Math.max(0, Math.min(rh, K.kkg) - (one ? K.b1 : K.bM)) +
      (Math.max(0, Math.min(rh, af) - K.kkg) * K.pB) / 100 +
      (Math.max(0, rh - af) * K.pC) / 100 -
      (Math.max(0, inc - (one ? K.ij1 : K.ijM)) * (one ? K.ab1 : K.abM)) / 1200;
    total += finish(Math.max(0, m) * 12);
  }
  // kindgebonden budget + kinderbijslag
  if (h.children.length > 0) {
    let sum = p ? 0 : K.kop;
    let kb = 0;
    for (const c of h.children) {
      const a = age(c.birthDate, PEILDATUM);
      sum += K.kgbK + (a >= 16 ? K.kgb16 : a >= 12 ? K.kgb12 : 0);
      kb += a < 6 ? K.kb0 : a < 12 ? K.kb6 : K.kb12;
    }
    total += finish(sum - (Math.max(0, inc - K.drempel - (p ? K.kgbDP : 0)) * K.kgbAf) / 100);
    total += Math.round(kb / 3);
  }
  // bijstand norm check (indicative)
  const norm = p ? K.nG : K.nA;
  const net = h.applicant.netMonthlyIncomeCents + (h.partner?.netMonthlyIncomeCents ?? 0);
  if (net < norm) total += norm - net;
  return total;
}
const bareRate = throughput(N, (i) => {
  sink += bare(households[i % households.length]!);
});
// The same five schemes through the engine, for a like-for-like ratio.
const five = [
  'zorgtoeslag',
  'huurtoeslag',
  'kindgebonden-budget',
  'kinderbijslag',
  'bijstand',
] as const;
const engineFive = throughput(N, (i) => {
  sink += calculateAll(households[i % households.length]!, PEILDATUM, rules, {
    trace: false,
    schemes: five,
  }).totals.entitledPerMonthCents;
});

const cpu = os.cpus()[0]?.model ?? 'unknown';
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`machine: ${os.cpus().length} cores (nproc), ${cpu}, node ${process.version}`);
console.log(
  `single household, all 18 schemes, full trace: p50 ${lat[Math.floor(lat.length / 2)]!.toFixed(4)} ms, p95 ${percentile(lat, 95).toFixed(4)} ms, p99 ${percentile(lat, 99).toFixed(4)} ms (n=${lat.length})`,
);
console.log(`batch, all schemes, trace off: ${fmt(engineFast)} households/s`);
console.log(`batch, all schemes, full trace: ${fmt(engineTrace)} households/s`);
console.log(
  `batch, validation (zod) + all schemes, trace off: ${fmt(withValidation)} households/s`,
);
console.log(`bare loop, 5 national schemes: ${fmt(bareRate)} households/s`);
console.log(
  `engine, same 5 schemes, trace off: ${fmt(engineFive)} households/s  -> overhead ratio ${(bareRate / engineFive).toFixed(1)}x`,
);
console.log(`(checksum ${sink % 1000})`);
