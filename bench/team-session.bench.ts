// Issue 13 benchmark: a team session with 12 devices (join, answer, reveal), served by two app
// instances on one database, as behind a load balancer. Each device keeps the session's event
// stream open and reads the session again on every `changed` event, as the web page does.
// Reported per step: the time from the action until each other member's device shows it.
// Run: npx tsx bench/team-session.bench.ts (PGlite) or with BENCH_DATABASE_URL=postgres://…
import { createOrganisation } from '../src/db/repositories/organisations.repository';
import { createTeams } from '../src/db/repositories/teams.repository';
import { createUser } from '../src/db/repositories/users.repository';
import { hashPassword } from '../src/server/auth/passwords';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/config';
import { loadInstrument } from '../src/server/households/instrument';
import { benchApp, benchDatabase, gitCommit, login, machine, ms, percentiles } from './lib';

const DEVICES = 12;
const SESSIONS = Number(process.env.SESSIONS ?? 10);
const CAPITALS = ['economisch', 'sociaal', 'cultureel', 'pedagogisch', 'mentaal'];

const { database, label } = await benchDatabase();
const first = await benchApp(database);
const second = await buildApp({
  config: { ...loadConfig({}), loginRateLimit: 100_000, logLevel: 'silent' as const },
  database,
  content: first.content,
  instrument: await loadInstrument(first.content.vocabularies),
  webDist: null,
});
const secondBase = await second.listen({ port: 0, host: '127.0.0.1' });
const bases = [first.base, secondBase];

const organisationId = await createOrganisation(database.db, {
  kind: 'werkorganisatie',
  name: 'Bench teamsessie',
  gemeenten: [{ code: 'GM0202', name: 'Arnhem' }],
});
const [teamId] = await createTeams(database.db, organisationId, ['Bench team']);
const password = 'bench-teamsessie-wachtwoord-1234';
const passwordHash = await hashPassword(password);

type State = { phase: string; members: { userId: string; answered: boolean }[] };
type Device = Awaited<ReturnType<typeof device>>;

/** A signed-in device on one of the instances, with its own cookie and CSRF token. */
async function device(i: number) {
  const base = bases[i % bases.length]!;
  const email = `bench-${i}@teamsessie.example`;
  const id = await createUser(database.db, {
    organisationId,
    email,
    name: `Deelnemer ${i + 1}`,
    role: i === 0 ? 'teamleider' : 'sociaal_werker',
    passwordHash,
    teamIds: [teamId!],
  });
  const { cookie, csrf } = await login(base, email, password);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  return { id, base, cookie, call };
}

/**
 * Watches a session like the page: on every event it reads the session (once more if events came
 * in meanwhile) and notes when it first saw each member joined, each answer and the reveal.
 */
async function watch(d: Device, sessionId: string) {
  const seen = {
    joined: new Map<string, number>(),
    answered: new Map<string, number>(),
    revealed: 0,
  };
  const controller = new AbortController();
  let reading = false;
  let again = false;
  const read = async () => {
    if (reading) return void (again = true);
    reading = true;
    do {
      again = false;
      const state = (await d.call('GET', `/team-sessions/${sessionId}`)) as State;
      const at = performance.now();
      for (const m of state.members) {
        if (!seen.joined.has(m.userId)) seen.joined.set(m.userId, at);
        if (m.answered && !seen.answered.has(m.userId)) seen.answered.set(m.userId, at);
      }
      if (state.phase === 'revealed' && !seen.revealed) seen.revealed = at;
    } while (again);
    reading = false;
  };
  const res = await fetch(`${d.base}/api/v1/team-sessions/${sessionId}/events`, {
    headers: { cookie: d.cookie },
    signal: controller.signal,
  });
  const ready = new Promise<void>((resolve) => {
    void (async () => {
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffered = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffered += decoder.decode(value);
          let end;
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            if (block.includes('event: ready')) resolve();
            if (block.includes('event: changed')) void read();
          }
        }
      } catch {
        // aborted at the end of the session
      }
    })();
  });
  await ready;
  await read();
  return { seen, stop: () => controller.abort() };
}

const until = async (check: () => boolean) => {
  const deadline = performance.now() + 10_000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('a device did not see the change in 10 s');
    await new Promise((r) => setTimeout(r, 2));
  }
};

const devices: Device[] = [];
for (let i = 0; i < DEVICES; i++) devices.push(await device(i));
const [starter, ...members] = devices as [Device, ...Device[]];

const samples = { join: [] as number[], answer: [] as number[], reveal: [] as number[] };
const requestTimes = { join: [] as number[], answer: [] as number[], reveal: [] as number[] };

for (let s = 0; s < SESSIONS; s++) {
  const { id, code } = (await starter.call('POST', '/team-sessions', {
    teamId,
    deckId: 'gezien-en-gehoord',
    cardId: 'casus-noah',
  })) as { id: string; code: string };
  const watchers = [await watch(starter, id)];

  // Join one after the other, as people type the code; the devices already in see each join.
  for (const m of members) {
    const sent = performance.now();
    await m.call('POST', '/team-sessions/join', { code });
    requestTimes.join.push(performance.now() - sent);
    await until(() => watchers.every((w) => w.seen.joined.has(m.id)));
    for (const w of watchers) samples.join.push(w.seen.joined.get(m.id)! - sent);
    watchers.push(await watch(m, id));
  }

  // Everyone answers at about the same time; each device sees the others' "has answered".
  const sentAt = new Map<string, number>();
  await Promise.all(
    devices.map(async (d, i) => {
      sentAt.set(d.id, performance.now());
      const t0 = performance.now();
      await d.call('PUT', `/team-sessions/${id}/answer`, {
        capitals: [CAPITALS[i % 5], CAPITALS[(i + 2) % 5]],
        reasoning: 'Wat ik zie in deze casus, in een paar zinnen.',
      });
      requestTimes.answer.push(performance.now() - t0);
    }),
  );
  await until(() => watchers.every((w) => devices.every((d) => w.seen.answered.has(d.id))));
  for (const [i, w] of watchers.entries())
    for (const d of devices)
      if (d !== devices[i]) samples.answer.push(w.seen.answered.get(d.id)! - sentAt.get(d.id)!);

  const revealSent = performance.now();
  await starter.call('POST', `/team-sessions/${id}/reveal`);
  requestTimes.reveal.push(performance.now() - revealSent);
  await until(() => watchers.every((w) => w.seen.revealed > 0));
  for (const w of watchers.slice(1)) samples.reveal.push(w.seen.revealed - revealSent);

  await starter.call('POST', `/team-sessions/${id}/close`, { teamNote: null });
  for (const w of watchers) w.stop();
}

const row = (name: string, xs: number[]) => {
  const p = percentiles(xs);
  return `| ${name} | ${p.n} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} |`;
};
console.log(`\nTeam session, ${DEVICES} devices on 2 instances, ${SESSIONS} sessions, ${label}`);
console.log(`commit ${gitCommit()}; ${machine()}\n`);
console.log(
  '| Seen by the other members (action → their screen shows it) | samples | median | p95 | max |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(row('a member joined', samples.join));
console.log(row('a member answered (12 answer at once)', samples.answer));
console.log(row('answers revealed', samples.reveal));
console.log('\n| Request answered (the acting device) | samples | median | p95 | max |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(row('join with code', requestTimes.join));
console.log(row('save answer (12 at once)', requestTimes.answer));
console.log(row('reveal', requestTimes.reveal));

await second.close();
await first.app.close();
await database.close();
