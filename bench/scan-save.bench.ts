// Issue 4 benchmark: saving a full kapitaalscan (every aspect answered, two children).
// Run with BENCH_DATABASE_URL=postgres://… for the PostgreSQL figure (the target), or without for PGlite.
// Server time per save (validation against the instrument, the update, the access-log row), measured
// in-process so the network is left out.
import { loadInstrument } from '../src/server/households/instrument';
import { benchApp, benchDatabase, gitCommit, login, machine, ms, percentiles } from './lib';

const { database, label } = await benchDatabase();
const { app, content, demo, base } = await benchApp(database);
const instrument = await loadInstrument(content.vocabularies);
const account = demo.accounts.find((a) => a.role === 'sociaal_werker')!;
const { cookie, csrf } = await login(base, account.email, account.password);
const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
const call = (method: 'POST' | 'PUT', url: string, body: unknown = {}) =>
  app.inject({ method, url, headers, payload: JSON.stringify(body) });

const household = await call('POST', '/api/v1/households', {
  reference: 'BENCH-1',
  label: 'Bench',
  startDate: '2026-11-01',
  data: {
    adults: [{ birthYear: 1988 }],
    children: [
      { ref: 'a', birthYear: 2015 },
      { ref: 'b', birthYear: 2020 },
    ],
    gemeente: { code: 'GM0202', name: 'Arnhem' },
  },
});
const id = household.json().id;
await call('POST', `/api/v1/households/${id}/consents`, {
  purpose: 'kapitaalscan',
  how: 'mondeling',
  givenAt: '2026-11-01',
});
const scanId = (await call('POST', `/api/v1/households/${id}/scans`)).json().id;

function answers(round: number) {
  const aspects: Record<string, unknown> = {};
  for (const c of instrument.capitals) {
    for (const a of c.aspects) {
      aspects[a.id] = {
        householdScore: ((round + a.id.length) % 5) + 1,
        professionalScore: ((round + 2) % 5) + 1,
        strength: 'Wat gaat goed: samen koken op zondag.',
        wantsToWorkOn: round % 2 === 0,
      };
    }
  }
  const child = Object.fromEntries(
    instrument.childPart.aspects.map((a) => [a.id, { householdScore: 3, wantsToWorkOn: false }]),
  );
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    aspects,
    children: [
      { childRef: 'a', aspects: child },
      { childRef: 'b', aspects: child },
    ],
    riskFactors: instrument.riskFactors.slice(0, 3).map((f) => f.id),
    protectiveFactors: instrument.protectiveFactors.slice(0, 2).map((f) => f.id),
  };
}

for (let i = 0; i < 50; i++)
  await call('PUT', `/api/v1/households/${id}/scans/${scanId}`, answers(i));
const times: number[] = [];
for (let i = 0; i < 500; i++) {
  const body = answers(i);
  const t = performance.now();
  const res = await call('PUT', `/api/v1/households/${id}/scans/${scanId}`, body);
  times.push(performance.now() - t);
  if (res.statusCode !== 200) throw new Error(`save failed: ${res.statusCode} ${res.body}`);
}
const save = percentiles(times);
console.log(
  `\n## Saving a full kapitaalscan on ${label} (commit ${gitCommit()})\n\nMachine: ${machine()}\n`,
);
console.log(
  `| measure | result |\n| --- | ---: |\n| save a full scan (${Object.keys(answers(0).aspects).length} aspects + 2 children), ${save.n} saves | p50 ${ms(save.p50)}, p95 ${ms(save.p95)}, p99 ${ms(save.p99)} |`,
);
await app.close();
await database.close();
process.exit(0);
