import fc from 'fast-check';

// Values for a request, drawn from the JSON Schema the zod contract produces for the OpenAPI
// document (the same schemas the routes validate with): valid ones, and the near misses and
// hostile inputs an attacker sends. Ids come from a pool of real objects where the schema asks
// for a uuid, so requests get past "not found" to the checks behind it.

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export type Pools = { ids: string[] };

/** Strings nobody should be able to store: NUL, lone surrogates, control and bidi characters. */
export const hostileStrings = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDBFF',
  '\u202Eevil',
  '\r\n\t',
  '=HYPERLINK("x")',
  '<script>alert(1)</script>',
  "'; DROP TABLE households; --",
  '../../etc/passwd',
  '%00',
  '💶€ï',
  ' ',
  '',
);

/** Long strings, up to well past every maxLength in the contract (the body limit is 1 MB). */
export const hugeStrings = fc
  .tuple(fc.constantFrom('a', 'é', '€', '0', '💶'), fc.constantFrom(241, 5_001, 70_000, 400_000))
  .map(([c, n]) => c.repeat(n));

const dateOnly = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

function stringFrom(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  const { minLength = 0, maxLength = 60 } = schema;
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
  if (schema.format === 'date') return dateOnly;
  if (schema.format === 'date-time')
    return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'email')
    return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
  if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? 1000));
    } catch {
      // A pattern fast-check cannot read: fall back to plain text.
    }
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40), unit: 'grapheme' });
}

function numberFrom(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000_000);
  const lo = Math.max(min, Number.MIN_SAFE_INTEGER);
  const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
  return integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true });
}

function objectFrom(
  schema: JsonSchema,
  pools: Pools,
  depth: number,
  complete: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties);
  if (entries.length === 0) {
    if (typeof schema.additionalProperties === 'object') {
      const keys = schema.propertyNames
        ? stringFrom(schema.propertyNames, pools)
        : fc.string({ maxLength: 20 });
      // A map (card id → answer): its keys are data the route checks, so a complete value leaves
      // it empty and an added field goes only into real objects.
      return fc.dictionary(keys, drawn(schema.additionalProperties, pools, depth + 1, complete), {
        maxKeys: complete ? 0 : 4,
      });
    }
    return fc.constant({});
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of entries) model[key] = drawn(sub, pools, depth + 1, complete);
  const requiredKeys = entries.map(([k]) => k).filter((k) => complete || required.has(k));
  return fc.record(model, { requiredKeys });
}

/** A value the schema accepts (as far as JSON Schema can say: zod refinements may still refuse it). */
export function valueFrom(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return drawn(schema, pools, 0, false);
}

/**
 * A value with every object the schema allows in it: optional properties present, objects chosen
 * over null, one item in each list. So an added field can be tried in every nested object.
 */
export function completeValueFrom(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return drawn(schema, pools, 0, true);
}

const isNull = (s: JsonSchema) => s.type === 'null' || s.const === null;

function drawn(
  schema: JsonSchema,
  pools: Pools,
  depth: number,
  complete: boolean,
): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const kept =
      complete && alternatives.some((s) => !isNull(s))
        ? alternatives.filter((s) => !isNull(s))
        : alternatives;
    return fc.oneof(...kept.map((s) => drawn(s, pools, depth + 1, complete)));
  }
  if (schema.allOf?.length)
    return drawn(Object.assign({}, ...schema.allOf) as JsonSchema, pools, depth, complete);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const kinds = complete && types.length > 1 ? types.filter((type) => type !== 'null') : types;
  if (kinds.length > 1)
    return fc.oneof(...kinds.map((type) => drawn({ ...schema, type }, pools, depth, complete)));
  switch (kinds[0]) {
    case 'string':
      return stringFrom(schema, pools);
    case 'integer':
      return numberFrom(schema, true);
    case 'number':
      return numberFrom(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? (complete ? 1 : 0);
      const most = complete ? minLength : Math.min(schema.maxItems ?? 4, minLength + 3);
      return fc.array(drawn(schema.items ?? {}, pools, depth + 1, complete), {
        minLength,
        maxLength: Math.max(minLength, most),
      });
    }
    case 'object':
      return objectFrom(schema, pools, depth, complete);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Any JSON value of the wrong kind for its place. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(1e308, -0, 0.5),
  fc.string({ maxLength: 10 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
);

type Path = (string | number)[];
function leaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

function replaceAt(value: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replacement(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  return replaceAt(value, parentPath, (parent) => {
    if (Array.isArray(parent)) return parent.filter((_, i) => i !== key);
    const { [key]: _dropped, ...rest } = parent as Record<string, unknown>;
    return rest;
  });
}

export type Mutation = 'none' | 'wrong-type' | 'hostile' | 'huge' | 'missing' | 'extra';

/** A valid value changed in one place: a wrong type, a hostile or huge string, a field gone or added. */
export function mutated(
  valid: fc.Arbitrary<unknown>,
): fc.Arbitrary<{ value: unknown; mutation: Mutation }> {
  return valid.chain((value) => {
    const paths = leaves(value);
    const at = fc.constantFrom(...paths);
    const valueAt = (p: Path) =>
      p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], value);
    // Hostile text goes where text is expected, so the rest of the body still passes.
    const texts = paths.filter((p) => typeof valueAt(p) === 'string');
    const textAt = texts.length ? fc.constantFrom(...texts) : at;
    const objects = paths.filter((p) => {
      const v = valueAt(p);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    const options: fc.Arbitrary<{ value: unknown; mutation: Mutation }>[] = [
      fc.constant({ value, mutation: 'none' as const }),
      fc.tuple(at, wrongType).map(([p, w]) => ({
        value: replaceAt(value, p, () => w),
        mutation: 'wrong-type' as const,
      })),
      fc
        .tuple(textAt, hostileStrings)
        .map(([p, s]) => ({ value: replaceAt(value, p, () => s), mutation: 'hostile' as const })),
      fc
        .tuple(textAt, hugeStrings)
        .map(([p, s]) => ({ value: replaceAt(value, p, () => s), mutation: 'huge' as const })),
      at.map((p) => ({ value: removeAt(value, p), mutation: 'missing' as const })),
    ];
    if (objects.length)
      options.push(
        fc
          .tuple(
            fc.constantFrom(...objects),
            fc.constantFrom('__proto__', 'constructor', 'extra', '\u0000'),
            wrongType,
          )
          .map(([p, key, w]) => ({
            value: replaceAt(value, p, (o) => ({ ...(o as object), [key]: w })),
            mutation: 'extra' as const,
          })),
      );
    return fc.oneof(...options);
  });
}

/** Text for an address: lone surrogates cannot be percent-encoded, so they go as invalid UTF-8. */
export function encodeForUrl(value: string): string {
  let out = '';
  for (const ch of value) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out;
}
