import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { messages as catalogue } from '../../content/message-files';
import type { Message } from '../../contract/messages/catalogue';
import type { Bilingual, FieldError, Problem } from '../../contract/problem';
import { message } from '../../domain/message';
import { fieldErrors } from '../../contract/validation-messages';
import { isDatabaseUnavailable, isStorageFull } from '../../db/unavailable';
import type { StorageAlarm } from '../storage-alarm';
import { AppError, validationSummary } from '../errors';

/** Statuses with a title of their own in the catalogue (`problem.title.<status>`). */
const TITLED = new Set([400, 401, 403, 404, 409, 413, 414, 415, 422, 423, 429, 500, 503]);

/** Dutch unless the user's session or the request asks for English. */
export function requestLanguage(request: FastifyRequest): 'nl' | 'en' {
  const userLanguage = request.auth?.user.language;
  if (userLanguage) return userLanguage;
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'nl';
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  said: Message | Bilingual,
  errors?: FieldError[],
) {
  const lang = requestLanguage(request);
  const title = message(`problem.title.${TITLED.has(status) ? status : 500}`);
  const messages = 'key' in said ? catalogue.bilingual(said) : said;
  const body: Problem = {
    type: `https://wegwijs.nl/problems/${code}`,
    title: catalogue.text(lang, title),
    status,
    detail: messages[lang],
    code,
    messages,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

type ValidationError = {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
};

/** Rebuilds the zod issues that fastify-type-provider-zod flattened into fastify's format. */
function toIssues(validation: ValidationError[]): z.core.$ZodIssue[] {
  return validation.map(
    (v) =>
      ({
        ...v.params,
        code: v.keyword,
        message: v.message ?? '',
        path: v.instancePath.split('/').filter(Boolean),
      }) as unknown as z.core.$ZodIssue,
  );
}

/**
 * Errors of the router itself, before any route or hook runs (Fastify's `frameworkErrors`): a
 * path segment longer than the router accepts, or an address that is not valid percent-encoding.
 */
export function routerProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendProblem(request, reply, 414, 'uri_too_long', message('problem.uriTooLong'));
  return sendProblem(request, reply, 400, 'bad_url', message('problem.badUrl'));
}

export function registerProblemJson(app: FastifyInstance, storage: StorageAlarm) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.status, error.code, error.messages, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const prefix = context === 'body' ? undefined : context;
      const errors = fieldErrors(toIssues(error.validation as ValidationError[]), prefix);
      return sendProblem(request, reply, 422, 'validation_failed', validationSummary, errors);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 400, 'malformed_json', message('problem.malformedJson'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          request,
          reply,
          413,
          'body_too_large',
          request.routeOptions.config.bodyTooLarge ?? message('problem.bodyTooLarge'),
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(
          request,
          reply,
          415,
          'unsupported_media_type',
          message('problem.unsupportedMediaType'),
        );
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 429, 'rate_limited', message('problem.rateLimited'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(
        request,
        reply,
        error.statusCode,
        'bad_request',
        message('problem.badRequest'),
      );
    }
    if (isStorageFull(error)) {
      storage.raise();
      request.log.error({ err: error }, 'database storage full');
      reply.header('retry-after', '30');
      return sendProblem(request, reply, 503, 'storage_full', message('problem.storageFull'));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(
        request,
        reply,
        503,
        'database_unavailable',
        message('problem.databaseUnavailable'),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal_error', message('problem.internalError'));
  });
}
