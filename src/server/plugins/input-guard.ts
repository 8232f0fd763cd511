import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../contract/problem';
import { AppError, fieldError as errorOf, validationSummary } from '../errors';
import { sendProblem } from './problem-json';
import { message } from '../../domain/message';

// A NUL character, or half of a UTF-16 surrogate pair without its other half. PostgreSQL cannot
// store either in text, and silently replacing them would change what someone wrote.
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENCODED_NUL = /%00/i;
// Cap on nesting so a hostile body cannot make the walk itself expensive.
const MAX_DEPTH = 64;

const invalidCharacters = message('problem.invalidCharacters');

const fieldError = (field: string): FieldError =>
  errorOf(field, 'invalid_characters', invalidCharacters);

/** The decoded text, or null when it is not valid percent-encoded UTF-8 or holds a NUL. */
function decodeStrict(part: string, plusIsSpace: boolean): string | null {
  if (ENCODED_NUL.test(part)) return null;
  try {
    const decoded = decodeURIComponent(plusIsSpace ? part.replace(/\+/g, ' ') : part);
    return FORBIDDEN.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/** The first field of the address that is not clean text: 'path', 'query.<name>' or 'query'. */
export function badUrlField(url: string): string | null {
  const queryStart = url.indexOf('?');
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  if (decodeStrict(path, false) === null) return 'path';
  if (queryStart < 0) return null;
  for (const pair of url.slice(queryStart + 1).split('&')) {
    const [rawKey = '', ...rest] = pair.split('=');
    const key = decodeStrict(rawKey, true);
    if (key === null) return 'query';
    if (decodeStrict(rest.join('='), true) === null) return `query.${key}`;
  }
  return null;
}

/** Paths ('goals.0.text') of every string or key in a JSON body that is not clean text. */
export function badBodyFields(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (path.length > MAX_DEPTH) return found;
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) found.push(path.join('.') || 'body');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => badBodyFields(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN.test(key)) found.push([...path, key].join('.'));
      else badBodyFields(item, [...path, key], found);
    }
  }
  return found;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Refuses NUL characters and lone surrogates in the address and the body, before any handler. */
export function registerInputGuard(app: FastifyInstance) {
  // JSON bodies are decoded strictly: bytes that are not UTF-8 would otherwise become U+FFFD
  // without anyone noticing. The parsing itself stays Fastify's (with prototype-poisoning checks).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(
        new AppError(400, 'invalid_characters', invalidCharacters, [fieldError('body')]),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const field = badUrlField(request.raw.url ?? '/');
    if (field)
      return sendProblem(request, reply, 400, 'invalid_characters', invalidCharacters, [
        fieldError(field),
      ]);
  });
  app.addHook('preValidation', async (request, reply) => {
    const fields = badBodyFields(request.body);
    if (fields.length > 0)
      return sendProblem(
        request,
        reply,
        422,
        'validation_failed',
        validationSummary,
        fields.map(fieldError),
      );
  });
}
