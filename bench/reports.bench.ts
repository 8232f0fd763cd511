// Issue 15 benchmark: the team dashboard and the outcomes report over generated data.
// Run: npm run bench:reports (PGlite), or with BENCH_DATABASE_URL=postgres://… for PostgreSQL.
// BENCH_REPORTS_RUNS timed runs per request (default 30). BENCH_REPORTS_N households (default 10 000) in one organisation of 20 teams, each with a plan,
// two consents and two completed scans (every household aspect answered). The demo teamleider's
// team holds 1/20 of them. Server time per request, in-process (network left out).
import { and, eq, sql } from 'drizzle-orm';
import type { Plan } from '../src/contract/households';
import {
  consents,
  households,
  organisations,
  plans,
  scans,
  teams,
  userTeams,
  users,
} from '../src/db/schema';
import { hashPassword } from '../src/server/auth/passwords';
import type { ScanAnswers } from '../src/domain/assessment';
import { loadInstrument } from '../src/server/households/instrument';
import { backfillScanScores } from '../src/server/households/scan-scores';
import { analyzeReportTables, outcomeSources } from '../src/db/reports/outcomes.repository';
import { summariseOutcomes } from '../src/domain/reports';
import { householdOutcome } from '../src/server/reports/outcomes';
import {
  backfillHouseholdOutcomes,
  countedOutcomes,
} from '../src/server/reports/household-outcomes';
import { countedMunicipalReport } from '../src/server/reports/municipal';
import { backfillScanOutcomes } from '../src/server/reports/scan-outcomes';
import { latestProfile } from '../src/server/reports/profile';
import { municipalReport } from '../src/domain/reports';
import { referenceOutcomes } from './reports-reference';
import { benchApp, benchDatabase, gitCommit, login, machine, ms, percentiles } from './lib';
import { seededRandom } from './random';

const N = Number(process.env.BENCH_REPORTS_N ?? 10_000);
const RUNS = Number(process.env.BENCH_REPORTS_RUNS ?? 30);
const { database, label } = await benchDatabase();
const { app, content, demo } = await benchApp(database);
const db = database.db;
const instrument = await loadInstrument(content.vocabularies);
const rnd = seededRandom(15);
const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;

// On a copy of an earlier run's database (BENCH_DATABASE_TEMPLATE) the demo is there already:
// its two accounts get a password of this run, and the households are not generated again.
const reused = demo.accounts.length === 0;
const account = async (role: 'teamleider' | 'beleidsmedewerker') => {
  const found = demo.accounts.find((a) => a.role === role && a.organisation.includes('Rivier'));
  if (found) return found;
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.role, role), sql`${organisations.name} LIKE '%Rivier%'`));
  const password = `bench-${Date.now()}`;
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, row!.id));
  return { email: row!.email, password };
};
const leader = await account('teamleider');
const [leaderRow] = await db.select().from(users).where(eq(users.email, leader.email));
const organisationId = leaderRow!.organisationId;
const [leaderTeam] = await db.select().from(userTeams).where(eq(userTeams.userId, leaderRow!.id));
const extra = reused
  ? []
  : await db
      .insert(teams)
      .values(Array.from({ length: 19 }, (_, i) => ({ organisationId, name: `Bench team ${i}` })))
      .returning({ id: teams.id });
const teamIds = [leaderTeam!.teamId, ...extra.map((t) => t.id)];
const WIJKEN = ['Presikhaaf', 'Malburgen', 'Geitenkamp', 'Klarendal', 'Kronenburg', 'Schuytgraaf'];
const INTERVENTIONS = content.interventions.slice(0, 12).map((i) => i.id);

function answers(shift: number): ScanAnswers {
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    aspects: Object.fromEntries(
      instrument.capitals.flatMap((c) =>
        c.aspects.map((a) => [
          a.id,
          {
            householdScore: Math.min(5, Math.max(1, 1 + Math.floor(rnd() * 4) + shift)) as 1,
            wantsToWorkOn: rnd() < 0.2,
          },
        ]),
      ),
    ),
    children: [],
    riskFactors: rnd() < 0.3 ? [pick(instrument.riskFactors).id] : [],
    protectiveFactors: [],
  };
}

function plan(): Plan {
  const month = 1 + Math.floor(rnd() * 12);
  return {
    goals: [
      {
        id: 'g1',
        capital: 'economisch',
        text: 'Rondkomen',
        steps: [{ id: 's1', text: 'Stap', who: 'Wij', when: null, done: rnd() < 0.5 }],
      },
    ],
    referrals: [
      {
        id: 'r1',
        interventionId: pick(INTERVENTIONS),
        offerId: null,
        status: pick(['voorgesteld', 'aangemeld', 'gestart', 'afgerond'] as const),
        stopReason: null,
        note: null,
      },
    ],
    actions: [],
    reviewDate: `2026-${String(month).padStart(2, '0')}-15`,
  };
}

const started = performance.now();
const BATCH = 250;
for (let from = 0; !reused && from < N; from += BATCH) {
  const size = Math.min(BATCH, N - from);
  const rows = await db
    .insert(households)
    .values(
      Array.from({ length: size }, (_, k) => ({
        organisationId,
        teamId: teamIds[(from + k) % teamIds.length]!,
        reference: `B-${from + k}`,
        label: 'Bench',
        startDate: '2025-06-01',
        data: {
          adults: [{ birthYear: 1980 }],
          children: [],
          gemeente: { code: 'GM0202', name: 'Arnhem' },
          wijk: pick(WIJKEN),
          languages: [],
          interpreterNeeded: false,
          lifeEvents: [],
        },
      })),
    )
    .returning({ id: households.id });
  await db.insert(plans).values(rows.map((r) => ({ householdId: r.id, data: plan() })));
  await db.insert(consents).values(
    rows.flatMap((r) =>
      (['kapitaalscan', 'rapportage-anoniem'] as const).map((purpose) => ({
        householdId: r.id,
        purpose,
        how: 'mondeling' as const,
        givenAt: `2025-${String(6 + Math.floor(rnd() * 6)).padStart(2, '0')}-01`,
      })),
    ),
  );
  await db.insert(scans).values(
    rows.flatMap((r) =>
      [
        { at: '2025-07-01', shift: 0 },
        { at: '2026-03-01', shift: Math.floor(rnd() * 3) - 1 },
      ].map(({ at, shift }) => ({
        householdId: r.id,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        answers: answers(shift),
        status: 'completed' as const,
        startedAt: new Date(`${at}T09:00:00Z`),
        completedAt: new Date(`${at}T10:00:00Z`),
      })),
    ),
  );
}
const generated = (performance.now() - started) / 1000;
// The scans went in as a database from before scan_scores would hold them: the start's backfill
// scores them with the domain scorer.
const backfillStarted = performance.now();
const backfilled = await backfillScanScores(db, instrument);
const backfill = (performance.now() - backfillStarted) / 1000;
// What every later start pays: the search for scans without numbers, which finds none.
const restartStarted = performance.now();
const rescored = await backfillScanScores(db, instrument);
const restart = (performance.now() - restartStarted) / 1000;
// Then each household's change from its first to its latest scan, as the start keeps it.
const keptStarted = performance.now();
const keptOutcomes = await backfillHouseholdOutcomes(db, instrument);
const keptBackfill = (performance.now() - keptStarted) / 1000;
const keptRestartStarted = performance.now();
await backfillHouseholdOutcomes(db, instrument);
const keptRestart = (performance.now() - keptRestartStarted) / 1000;
// As the server does at start on PGlite (PostgreSQL's autovacuum does it by itself).
if (database.engine === 'pglite') await analyzeReportTables(db);
// BENCH_REPORTS_SCANS scans per household (default 2): the ones between the first and the latest
// are copies of the first (answers and stored scores), dated in between, made in SQL. They do not
// change any outcome but are rows every query over the scans passes.
const SCANS = Number(process.env.BENCH_REPORTS_SCANS ?? 2);
for (let k = 1; !reused && k <= SCANS - 2; k++) {
  await db.execute(sql`WITH copies AS (
    INSERT INTO scans (id, household_id, instrument_id, instrument_version, answers, status,
      started_at, completed_at)
    SELECT gen_random_uuid(), s.household_id, s.instrument_id, s.instrument_version, s.answers,
      'completed', s.started_at + ${`${k} days`}::interval, s.completed_at + ${`${k} days`}::interval
    FROM scans s WHERE s.completed_at = '2025-07-01T10:00:00Z'
    RETURNING id, household_id, completed_at)
  INSERT INTO scan_scores (scan_id, household_id, instrument_id, instrument_version, completed_at,
    aspect_scores, aspect_order, risk_factors)
  SELECT c.id, c.household_id, f.instrument_id, f.instrument_version, c.completed_at,
    f.aspect_scores, f.aspect_order, f.risk_factors
  FROM copies c JOIN scan_scores f ON f.household_id = c.household_id
    AND f.completed_at = '2025-07-01T10:00:00Z'`);
}
// Per scan, the change since the first and the capital levels (the municipal report's rows), as
// the start keeps them; after the copies, which are scans like any other.
const scanRowsStarted = performance.now();
const scanRowsKept = await backfillScanOutcomes(db, instrument);
const scanRowsBackfill = (performance.now() - scanRowsStarted) / 1000;
const scanRowsRestartStarted = performance.now();
await backfillScanOutcomes(db, instrument);
const scanRowsRestart = (performance.now() - scanRowsRestartStarted) / 1000;
if (database.engine === 'pglite') await analyzeReportTables(db);
// PostgreSQL's autovacuum would have analysed the new rows by now; do not wait for it.
if (process.env.BENCH_DATABASE_URL) await db.execute(sql`ANALYZE`);

const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const asLeader = await login(base, leader.email, leader.password);
const policy = await account('beleidsmedewerker');
const asPolicy = await login(base, policy.email, policy.password);
type Session = typeof asLeader;
async function get(url: string, session: Session = asLeader) {
  const t = performance.now();
  const res = await app.inject({
    method: 'GET',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return { ms: performance.now() - t, body: res.body };
}
async function measure(url: string, session: Session = asLeader) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const { ms: took } = await get(url, session);
    if (i >= 3) times.push(took);
  }
  return percentiles(times);
}

// Reports are kept until a row they read changes (ADR 1501). In turn on the same data: a request
// right after a change (one household's row written, as editing its facts writes it: the triggers
// move its organisation's version and its bucket's) and a request with nothing changed.
const MUNICIPAL = '/api/v1/reports/municipal?gemeente=GM0202&from=2025-01-01&to=2026-12-31';
const benchIds = (
  await db.select({ id: households.id }).from(households).where(eq(households.label, 'Bench'))
).map((r) => r.id);
const bumpVersion = () =>
  db
    .update(households)
    .set({ updatedAt: new Date() })
    .where(eq(households.id, pick(benchIds)));
async function keptAndFresh(url: string, session: Session) {
  const fresh: number[] = [];
  const kept: number[] = [];
  await get(url, session);
  for (let i = 0; i < RUNS; i++) {
    await bumpVersion();
    fresh.push((await get(url, session)).ms);
    kept.push((await get(url, session)).ms);
  }
  return {
    fresh: percentiles(fresh),
    kept: percentiles(kept),
    ratio: percentiles(kept.map((k, i) => k / fresh[i]!)).p50,
  };
}
await bumpVersion();
const pairs: [string, Awaited<ReturnType<typeof keptAndFresh>>][] = [
  ['team dashboard', await keptAndFresh('/api/v1/reports/team', asLeader)],
  ['outcomes by wijk', await keptAndFresh('/api/v1/reports/outcomes?groupBy=wijk', asLeader)],
  [
    'outcomes by suggested form of poverty',
    await keptAndFresh('/api/v1/reports/outcomes?groupBy=povertyType', asLeader),
  ],
  ['offer per capital (aanbod)', await keptAndFresh('/api/v1/aanbod?scope=organisatie', asPolicy)],
  ['municipal report (Arnhem, 2025–2026)', await keptAndFresh(MUNICIPAL, asPolicy)],
];

function printPairs() {
  console.log(
    `\nIn turn, ${RUNS} pairs: right after a change (one household written) and unchanged.\n\n| request | after a change p50 / p95 | unchanged p50 / p95 | unchanged / after, median pairwise |\n| --- | ---: | ---: | ---: |`,
  );
  for (const [name, p] of pairs)
    console.log(
      `| ${name} | ${ms(p.fresh.p50)} / ${ms(p.fresh.p95)} | ${ms(p.kept.p50)} / ${ms(p.kept.p95)} | ${p.ratio.toFixed(4)} |`,
    );
  console.log(`\nLoad at the end: ${machine()}`);
}
// BENCH_REPORTS_PAIRS_ONLY=1: only the pairs (the computations below take minutes at 100 000).
if (process.env.BENCH_REPORTS_PAIRS_ONLY === '1') {
  console.log(`\n## Reports on ${label}, ${N} households (commit ${gitCommit()})`);
  printPairs();
  await app.close();
  await database.close();
  process.exit(0);
}

const results: [string, ReturnType<typeof percentiles>][] = [
  ['team dashboard (teamleider, 1/20 of the households)', await measure('/api/v1/reports/team')],
  [
    'household list behind a figure (review overdue)',
    await measure('/api/v1/households?review=overdue'),
  ],
  ['outcomes by wijk (whole organisation)', await measure('/api/v1/reports/outcomes?groupBy=wijk')],
  ['outcomes by intervention used', await measure('/api/v1/reports/outcomes?groupBy=intervention')],
  ['municipal report (Arnhem, 2025–2026)', await measure(MUNICIPAL, asPolicy)],
];
// Side by side on the same data, in turn: the outcomes as computed now (stored scores) and as
// before (answers read and scored per request), both in-process without HTTP, audit or labels.
const peildatum = '2026-12-01';
const current = async () =>
  summariseOutcomes(
    (await outcomeSources(db, { organisationId })).flatMap(
      (s) => householdOutcome(s, instrument, peildatum) ?? [],
    ),
    'wijk',
  );
const reference = async () =>
  summariseOutcomes(await referenceOutcomes(db, organisationId, instrument, peildatum), 'wijk');
// BENCH_REPORTS_OLDEST=0 leaves the oldest way out (minutes per run at 100 000 households).
const OLDEST = process.env.BENCH_REPORTS_OLDEST !== '0';
if (OLDEST && JSON.stringify(await current()) !== JSON.stringify(await reference()))
  throw new Error('the stored scores give another report than the answers');
// The report by wijk as the server makes it: counted in SQL from each household's kept change.
const counted = async () => (await countedOutcomes(db, instrument, organisationId, 'wijk')).report;
if (JSON.stringify(await counted()) !== JSON.stringify(await current()))
  throw new Error('the counted report differs from the one over every household');
// The kept report over HTTP is the one computed now (the wijk grouping does not use the peildatum).
const keptReport = JSON.parse((await get('/api/v1/reports/outcomes?groupBy=wijk')).body) as {
  capitals: unknown;
  aspects: unknown;
};
const computed = await current();
if (
  JSON.stringify([keptReport.capitals, keptReport.aspects]) !==
  JSON.stringify([computed.capitals, computed.aspects])
)
  throw new Error('the kept report differs from the one computed now');
const now: number[] = [];
const before: number[] = [];
const countedTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  await counted();
  countedTimes.push(performance.now() - t);
  t = performance.now();
  await current();
  now.push(performance.now() - t);
  if (!OLDEST) continue;
  t = performance.now();
  await reference();
  before.push(performance.now() - t);
}
// The municipal report's tables both ways on the same data, in turn: counted in the database
// (now) and from one record per household (before); first checked to be the same.
const municipalScope = {
  organisationId,
  gemeente: 'GM0202',
  period: { from: '2025-01-01', to: '2026-12-31' },
};
const municipalCounted = async () =>
  (await countedMunicipalReport(db, instrument, municipalScope)).report;
const municipalPerHousehold = async () =>
  municipalReport(
    (await outcomeSources(db, municipalScope)).map((s) => ({
      children: s.data.children.length,
      referrals: s.referrals,
      outcome: householdOutcome(s, instrument, municipalScope.period.to),
      profile: latestProfile(s, instrument),
    })),
  );
if (JSON.stringify(await municipalCounted()) !== JSON.stringify(await municipalPerHousehold()))
  throw new Error('the counted municipal report differs from the one over every household');
const municipalTimes = { counted: [] as number[], perHousehold: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  await municipalCounted();
  municipalTimes.counted.push(performance.now() - t);
  t = performance.now();
  await municipalPerHousehold();
  municipalTimes.perHousehold.push(performance.now() - t);
}
const municipalRatio = percentiles(
  municipalTimes.counted.map((c, i) => c / municipalTimes.perHousehold[i]!),
).p50;
results.push(
  ['municipal, computation only: counted in SQL', percentiles(municipalTimes.counted)],
  [
    'municipal, computation only: every household in JS (before)',
    percentiles(municipalTimes.perHousehold),
  ],
);

// Where the time of one outcomes request goes, part by part (in turn, same data).
const parts = {
  sql: [] as number[],
  outcomes: [] as number[],
  summary: [] as number[],
  json: [] as number[],
};
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  const sources = await outcomeSources(db, { organisationId });
  parts.sql.push(performance.now() - t);
  t = performance.now();
  const records = sources.flatMap((s) => householdOutcome(s, instrument, peildatum) ?? []);
  parts.outcomes.push(performance.now() - t);
  t = performance.now();
  const report = summariseOutcomes(records, 'wijk');
  parts.summary.push(performance.now() - t);
  t = performance.now();
  JSON.stringify(report);
  parts.json.push(performance.now() - t);
}
results.push(
  ['part: SQL (outcomeSources)', percentiles(parts.sql)],
  ['part: per-household deltas and poverty type', percentiles(parts.outcomes)],
  ['part: summary with suppression (wijk)', percentiles(parts.summary)],
  ['part: JSON.stringify of the report', percentiles(parts.json)],
  [
    'outcomes by wijk, computation only: counted in SQL from kept changes',
    percentiles(countedTimes),
  ],
  ['outcomes by wijk, computation only: stored scores, every household in JS', percentiles(now)],
  ...(OLDEST
    ? [
        [
          'outcomes by wijk, computation only: answers scored per request (before)',
          percentiles(before),
        ] as [string, ReturnType<typeof percentiles>],
      ]
    : []),
);
const ratio = OLDEST ? percentiles(now.map((n, i) => n / before[i]!)).p50 : NaN;
console.log(
  `\n## Reports on ${label}, ${N} households, ${SCANS * N} scans (commit ${gitCommit()})\n\nMachine: ${machine()}\nData generated in ${generated.toFixed(0)} s; backfill of ${backfilled} scan scores ${backfill.toFixed(1)} s; at a later start ${rescored} in ${restart.toFixed(2)} s.\n`,
);
console.log('| request | runs | p50 | p95 | max |\n| --- | ---: | ---: | ---: | ---: |');
for (const [name, p] of results)
  console.log(`| ${name} | ${p.n} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} |`);
console.log(`\nNow/before, median of the pairwise ratios: ${ratio.toFixed(3)}.`);
const countedRatio = percentiles(countedTimes.map((c, i) => c / now[i]!)).p50;
console.log(
  `Counted in SQL / every household in JS, median pairwise: ${countedRatio.toFixed(3)}. Kept changes of ${keptOutcomes} households back-filled in ${keptBackfill.toFixed(1)} s; at a later start ${keptRestart.toFixed(2)} s.`,
);
console.log(
  `Municipal counted / every household, median pairwise: ${municipalRatio.toFixed(3)}. Per-scan rows of ${scanRowsKept} households back-filled in ${scanRowsBackfill.toFixed(1)} s; at a later start ${scanRowsRestart.toFixed(2)} s.`,
);
printPairs();
await app.close();
await database.close();
process.exit(0);
