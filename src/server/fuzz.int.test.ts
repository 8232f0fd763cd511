import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Role } from '../contract/common';
import { problemSchema } from '../contract/problem';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import { buildTwoOrganisations, type Side } from '../../test/factories/two-organisations';
import { looseObjects } from '../../test/fuzz/loose-objects';
import {
  completeValueFrom,
  encodeForUrl,
  hostileStrings,
  hugeStrings,
  mutated,
  valueFrom,
  type JsonSchema,
  type Pools,
} from '../../test/fuzz/arbitraries';
import { tableDigest } from '../../test/rows';

// Property-based fuzzing of every operation of the OpenAPI document, from the schemas the zod
// contract produces for it: path parameters, query and body, valid and slightly invalid, with NUL
// bytes, lone surrogates, huge strings and wrong types. Seeded and bounded, so it runs the same in
// every CI run. Whatever arrives: no 5xx, every error is problem+json of the documented shape, and
// a refused request writes nothing (row counts and contents of every writable table).

const SEED = 20261206;
const RUNS_PER_OPERATION = 20;
/** An operation without parameters or body varies only by a stray query parameter. */
const RUNS_WITHOUT_INPUT = 5;

type Parameter = { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { type: string; schema: JsonSchema };
  /** Its answer is an event stream that stays open: read up to the first event. */
  stream: boolean;
};
type Request = { url: string; payload?: string; contentType?: string; mutation: string };

let t: TestApp;
let a: Side;
let b: Side;
let operations: Operation[];
let pools: Pools;
const clients = new Map<string, Client>();

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await buildTwoOrganisations(t));
  const anonymous = new Client(t.app);
  await anonymous.refresh();
  clients.set('public', anonymous);
  const doc = (await anonymous.get('/api/v1/openapi.json')).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Parameter[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
          responses?: Record<string, { content?: Record<string, unknown> }>;
        }
      >
    >;
  }>();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const [type, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        stream: 'text/event-stream' in (op.responses?.['200']?.content ?? {}),
        ...(type && content ? { body: { type, schema: content.schema } } : {}),
      };
    }),
  );
  // Real ids of both organisations (not of the people signed in: a fuzzed change could lock them out).
  pools = {
    ids: [a, b].flatMap((s) => [
      s.organisation.id,
      s.team,
      s.otherWorker.id,
      s.offer,
      s.archivedOffer,
      s.specialist,
      s.suggestion,
      s.importJob,
      s.household,
      s.unassignedHousehold,
      s.consent,
      s.scan,
      s.signalCase,
      s.referral,
      s.reflections.sociaal_werker,
      s.completions.sociaal_werker,
      s.quickscans.sociaal_werker,
      ...Object.values(s.drawings),
      s.caseDialogue,
      s.adviceQuestion,
      s.teamSession,
      s.kompas,
      s.experienceExpert,
    ]),
  };
}, 120_000);
afterAll(() => t.close());

const runsFor = (op: Operation) =>
  op.parameters.length || op.body ? RUNS_PER_OPERATION : RUNS_WITHOUT_INPUT;

/** A signed-in client of organisation A in a role the operation allows (its own for sign-out). */
async function clientFor(op: Operation): Promise<Client> {
  const route = t.app.apiRoutes.find(
    (r) => r.method === op.method && r.url === `/api/v1${op.path.replace(/\{(\w+)\}/g, ':$1')}`,
  )!;
  if (route.access === 'public') return clients.get('public')!;
  if (op.key === 'POST /logout') {
    // Signing out ends the session: use a session of its own (later samples meet a 401).
    const own = new Client(t.app);
    await own.login(a.otherWorker.email, a.otherWorker.password);
    return own;
  }
  const role: Role = route.access === 'authenticated' ? 'sociaal_werker' : route.access[0]!;
  return a.clients[role];
}

const pathValue = (schema: JsonSchema) =>
  fc.oneof(
    { weight: 6, arbitrary: valueFrom(schema, pools).map(String) },
    { weight: 1, arbitrary: hostileStrings },
    { weight: 1, arbitrary: hugeStrings.map((s) => s.slice(0, 5_000)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );

const queryValue = (schema: JsonSchema) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: valueFrom(schema, pools).map((v) =>
        typeof v === 'string' ? v : JSON.stringify(v),
      ),
    },
    { weight: 1, arbitrary: hostileStrings },
    { weight: 1, arbitrary: hugeStrings.map((s) => s.slice(0, 3_000)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );

/** A partner's arrears file: the expected columns with drawn values, or anything at all. */
const csvBody = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('energie', 'huur', 'zorgverzekering', 'water', 'onbekend'),
      fc.oneof(
        fc.integer({ min: -10, max: 100_000 }).map(String),
        fc.double({ min: 0, max: 1e15, noNaN: true }).map(String),
        hostileStrings,
      ),
      fc.oneof(fc.nat(40).map(String), hostileStrings),
      fc.oneof(fc.string({ maxLength: 30 }), hostileStrings, hugeStrings),
      fc.constantFrom('6811AA', '1011AB', '0000XX', ''),
    )
    .map(
      ([creditor, amount, months, name, postcode]) =>
        'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\n' +
        `${creditor};${amount};${months};${name};${postcode};3;1980-01-01\n`,
    ),
  fc.string({ maxLength: 200 }),
  hugeStrings,
);

function requestsFor(op: Operation): fc.Arbitrary<Request> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc
    .tuple(...pathParams.map((p) => pathValue(p.schema)))
    .map((values) =>
      pathParams.reduce(
        (url, p, i) => url.replace(`{${p.name}}`, encodeForUrl(values[i]!)),
        `/api/v1${op.path}`,
      ),
    );
  const query = fc
    .tuple(
      ...queryParams.map((p) => fc.option(queryValue(p.schema), { nil: undefined, freq: 2 })),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.constantFrom('onbekend', 'page', '__proto__'), hostileStrings),
        },
      ),
    )
    .map((values) => {
      const extra = values.pop() as [string, string] | null;
      const pairs = queryParams
        .map((p, i) => [p.name, values[i]] as const)
        .filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
      if (extra) pairs.push(extra);
      return pairs.map(([k, v]) => `${encodeForUrl(k)}=${encodeForUrl(v)}`).join('&');
    });
  const body: fc.Arbitrary<{ payload?: string; contentType?: string; mutation: string }> = !op.body
    ? fc.constant({ mutation: 'none' })
    : op.body.type === 'text/csv'
      ? csvBody.map((payload) => ({ payload, contentType: 'text/csv', mutation: 'csv' }))
      : fc.oneof(
          {
            weight: 9,
            arbitrary: mutated(valueFrom(op.body.schema, pools)).map(({ value, mutation }) => ({
              payload: JSON.stringify(value) ?? 'null',
              contentType: 'application/json',
              mutation,
            })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom('{"a":', '[', '"\\ud800"', '{"a":"\\u0000"}', '')
              .map((payload) => ({
                payload,
                contentType: 'application/json',
                mutation: 'malformed',
              })),
          },
        );
  return fc.tuple(path, query, body).map(([p, q, b]) => ({ url: q ? `${p}?${q}` : p, ...b }));
}

/** Import jobs run after their answer: wait until the job has finished before comparing rows. */
async function settled(op: Operation, client: Client, status: number, body: string) {
  if (op.key !== 'POST /catalogue/import' || status >= 300) return;
  const id = (JSON.parse(body) as { id: string }).id;
  for (let i = 0; i < 100; i++) {
    const job = (await client.get(`/api/v1/catalogue/import/${id}`)).json<{ status: string }>();
    if (job.status !== 'queued' && job.status !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The field a test adds to a request: no body or query object of the API has it. */
const UNKNOWN = 'onbekendVeld';
const UNKNOWN_FIELD_TEXT = { nl: 'Dit veld is onbekend.', en: 'This field is unknown.' };

/**
 * Values that a refinement checks and JSON Schema cannot describe (a real date, a CBS code): taken
 * as they are, so the added field is the one thing wrong with the request.
 */
const KNOWN_GOOD: Record<string, string> = { peildatum: '2026-07-01', code: 'GM0202' };

function withKnownGood(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKnownGood);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      typeof v === 'string' && key in KNOWN_GOOD ? KNOWN_GOOD[key] : withKnownGood(v),
    ]),
  );
}

/** Paths of the non-empty objects in a value ('' for the value itself, 'rows.0' inside a list). */
function objectsIn(value: unknown, path: string[] = []): string[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsIn(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object' || Object.keys(value).length === 0) return [];
  return [path, ...Object.entries(value).flatMap(([key, v]) => objectsIn(v, [...path, key]))];
}

function withUnknownField(value: unknown, path: string[]): unknown {
  if (path.length === 0) return { ...(value as object), [UNKNOWN]: 'x' };
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string,
    unknown
  >;
  copy[head!] = withUnknownField(copy[head!], rest);
  return copy;
}

/** A body schema that says what the body holds (not `{}`, an HSDS file or scan read in the handler). */
const declares = (schema: JsonSchema) =>
  Boolean(schema.type ?? schema.anyOf ?? schema.oneOf ?? schema.allOf ?? schema.properties);

/** Requests that each add the unknown field once: to the query, or to one object of the body. */
function unknownFieldRequests(op: Operation, seed: number) {
  const draw = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
  const path = op.parameters
    .filter((p) => p.in === 'path')
    .reduce(
      (url, p) =>
        url.replace(
          `{${p.name}}`,
          encodeForUrl(KNOWN_GOOD[p.name] ?? String(draw(valueFrom(p.schema, pools)))),
        ),
      `/api/v1${op.path}`,
    );
  const query = op.parameters.filter((p) => p.in === 'query');
  const requiredQuery = query
    .filter((p) => p.required)
    .map((p) => {
      const v = KNOWN_GOOD[p.name] ?? draw(valueFrom(p.schema, pools));
      return `${p.name}=${encodeForUrl(typeof v === 'string' ? v : JSON.stringify(v))}`;
    });
  const requests: { url: string; payload?: string; field: string }[] = [];
  if (query.length > 0)
    requests.push({
      url: `${path}?${[...requiredQuery, `${UNKNOWN}=x`].join('&')}`,
      field: `querystring.${UNKNOWN}`,
    });
  if (op.body?.type === 'application/json' && declares(op.body.schema)) {
    const valid = withKnownGood(draw(completeValueFrom(op.body.schema, pools)));
    const url = requiredQuery.length ? `${path}?${requiredQuery.join('&')}` : path;
    for (const at of objectsIn(valid))
      requests.push({
        url,
        payload: JSON.stringify(withUnknownField(valid, at)),
        field: [...at, UNKNOWN].join('.'),
      });
  }
  return requests;
}

describe('unknown fields in a request', () => {
  it('no body or query object of a route accepts an unknown field, at any depth', () => {
    const loose = t.app.apiRoutes.flatMap((route) =>
      (['body', 'querystring'] as const).flatMap((part) =>
        looseObjects(route.request[part]).map((at) => `${route.method} ${route.url} ${part} ${at}`),
      ),
    );
    expect(loose).toEqual([]);
  });

  it('refuses a body or query with an added field with a 4xx naming it, and writes nothing', async () => {
    const failures: string[] = [];
    const tried = new Set<string>();
    let sent = 0;
    for (const [index, op] of operations.entries()) {
      if (op.stream || op.key === 'POST /logout') continue;
      const client = await clientFor(op);
      for (const request of unknownFieldRequests(op, SEED + index)) {
        const before = await tableDigest(t);
        const res = await client.request(
          op.method,
          request.url,
          request.payload,
          request.payload ? { 'content-type': 'application/json' } : {},
        );
        sent += 1;
        tried.add(op.key);
        const label = `${res.statusCode} ${op.key} ${request.field}`;
        if (res.statusCode < 400 || res.statusCode >= 500) failures.push(`not refused: ${label}`);
        else {
          const problem = problemSchema.safeParse(JSON.parse(res.body));
          const named = problem.success
            ? problem.data.errors?.find((e) => e.field === request.field)
            : undefined;
          if (!named)
            failures.push(
              `field not named: ${label} → ${JSON.stringify(problem.data?.errors ?? res.body).slice(0, 400)}`,
            );
          else if (JSON.stringify(named.messages) !== JSON.stringify(UNKNOWN_FIELD_TEXT))
            failures.push(`not translated: ${label} → ${JSON.stringify(named.messages)}`);
        }
        if ((await tableDigest(t)) !== before) failures.push(`written: ${label}`);
      }
    }
    expect(failures).toEqual([]);
    // Every operation with a JSON body or a query, except the HSDS import: an Open Referral file
    // may carry fields HSDS allows beyond its schema (docs/security.md), and its body is read as
    // a document, not assigned to a row.
    const withInput = operations.filter(
      (op) =>
        !op.stream &&
        op.key !== 'POST /logout' &&
        (op.parameters.some((p) => p.in === 'query') ||
          (op.body?.type === 'application/json' && declares(op.body.schema))),
    );
    expect([...tried].sort()).toEqual(withInput.map((op) => op.key).sort());
    expect(sent).toBeGreaterThan(withInput.length);
  }, 300_000);
});

describe('fuzzing every operation from its schema', () => {
  it('covers every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(90);
    const fuzzed = operations.map((op) => op.key);
    expect(new Set(fuzzed).size).toBe(t.app.apiRoutes.length - 1); // all but the document itself
  });

  it('never answers 5xx, always answers errors as problem+json, and writes nothing on refusal', async () => {
    const failures: string[] = [];
    let sent = 0;
    // The fingerprint before a request is the one after the last, unless a change succeeded.
    let rows: string | null = null;
    for (const [index, op] of operations.entries()) {
      const client = await clientFor(op);
      const samples = fc.sample(requestsFor(op), { seed: SEED + index, numRuns: runsFor(op) });
      for (const request of samples) {
        rows ??= await tableDigest(t);
        const res = op.stream
          ? await client.openStream(request.url)
          : await client.request(
              op.method,
              request.url,
              request.payload,
              request.contentType ? { 'content-type': request.contentType } : {},
            );
        sent += 1;
        const label = `${res.statusCode} ${op.key} [${request.mutation}] ${request.url.slice(0, 120)} ${(request.payload ?? '').slice(0, 160)}`;
        if (res.statusCode >= 500) failures.push(`5xx: ${label} → ${res.body.slice(0, 200)}`);
        if (res.statusCode < 400) {
          await settled(op, client, res.statusCode, res.body);
          if (op.method !== 'GET') rows = null;
          continue;
        }
        const type = String(res.headers['content-type']);
        const problem = type.startsWith('application/problem+json')
          ? problemSchema.safeParse(JSON.parse(res.body))
          : null;
        if (!problem?.success || problem.data.status !== res.statusCode)
          failures.push(`not a problem: ${label} → ${type} ${res.body.slice(0, 200)}`);
        const after = await tableDigest(t);
        if (after !== rows) failures.push(`written on refusal: ${label}`);
        rows = after;
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBe(operations.reduce((n, op) => n + runsFor(op), 0));
    expect(sent).toBeGreaterThan(1500);
  }, 300_000);
});
