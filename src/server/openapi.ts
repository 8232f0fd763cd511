import { z } from 'zod';
import { problemSchema } from '../contract/problem';
import type { Access } from './plugins/auth';

/** The version of the /api/v1 contract; sent in the API-Version header (NL API Design Rules). */
export const API_VERSION = '1.4.0';

type Schema = Record<string, unknown>;
type Operation = {
  operationId?: string;
  tags?: string[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, Schema>;
};
type Document = { info?: object; paths?: object; servers?: { url: string }[] };
export type DocumentedRoute = { method: string; url: string; access: Access };

const problemJson = z.toJSONSchema(problemSchema, { target: 'draft-2020-12' });
const versionHeader = {
  'API-Version': {
    description: 'The full version of the API (semantic versioning).',
    schema: { type: 'string', example: API_VERSION },
  },
};

const problemDescriptions: Record<number, string> = {
  400: 'The request cannot be read (malformed JSON, a bad URL or header).',
  401: 'Not signed in, or the session has ended.',
  403: 'Signed in, but this role or organisation may not do this (or the CSRF token is missing).',
  404: 'Not found, or not visible to this organisation.',
  422: 'Invalid data: one entry per wrong field, with a Dutch and an English message.',
  500: 'An unexpected error on the server.',
  503: 'The database cannot be reached right now; try again shortly.',
};

function problemResponse(status: number, headers: Schema): Schema {
  return {
    description: problemDescriptions[status],
    headers,
    content: { 'application/problem+json': { schema: problemJson } },
  };
}

/** Which problems an operation can answer with, from what it declares. */
function problemsFor(method: string, path: string, op: Operation, access: Access) {
  const statuses = [400, 500, 503];
  if (access !== 'public') statuses.push(401, 403);
  else if (method !== 'get') statuses.push(403); // CSRF still applies to public changes
  if (path.includes('{')) statuses.push(404);
  if (op.requestBody || op.parameters?.some((p) => p.in === 'query' || p.in === 'path'))
    statuses.push(422);
  return statuses.sort((a, b) => a - b);
}

const camel = (words: string[]) =>
  words
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('')
    .replace(/[^A-Za-z0-9]/g, '');

/** A readable, stable operationId from the method and the path: get /households/{id} → getHouseholdsById. */
function operationIdFor(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((s) => (s.startsWith('{') ? ['by', s.slice(1, -1)] : s.split('-')));
  return camel([method, ...words]);
}

/**
 * One public document per API: the paths under `prefix`, relative to a server at that prefix,
 * with operationIds, tags, the API-Version header and the problem responses every operation can
 * give. Routes declare their success bodies; what they share is added here once.
 */
export function shapeDocument(
  full: Document,
  options: {
    prefix: string;
    title: string;
    /** The routes with their access; omitted for an API that is wholly public (HSDS). */
    routes?: DocumentedRoute[];
    version?: string;
  },
): Document {
  const access = new Map(
    (options.routes ?? []).map((r) => [
      `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`,
      r.access,
    ]),
  );
  const accessOf = (key: string): Access => (options.routes ? access.get(key)! : 'public');
  const headers = options.routes ? versionHeader : {};
  const paths: Record<string, Record<string, Operation>> = {};
  const fullPaths = (full.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [fullPath, operations] of Object.entries(fullPaths)) {
    if (!fullPath.startsWith(`${options.prefix}/`) && fullPath !== options.prefix) continue;
    const path = fullPath.slice(options.prefix.length) || '/';
    paths[path] = {};
    for (const [method, op] of Object.entries(operations)) {
      const responses: Record<string, Schema> = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        responses[status] = /^[23]/.test(status)
          ? { ...response, headers: { ...(response.headers as Schema), ...headers } }
          : response;
      }
      for (const status of problemsFor(method, path, op, accessOf(`${method} ${fullPath}`)))
        responses[String(status)] ??= problemResponse(status, headers);
      paths[path][method] = {
        ...op,
        operationId: op.operationId ?? operationIdFor(method, path),
        tags: op.tags ?? [path.split('/')[1] || 'system'],
        responses,
      };
    }
  }
  return {
    ...full,
    info: { ...full.info, title: options.title, version: options.version ?? API_VERSION },
    servers: [{ url: options.prefix }],
    paths,
  };
}
