import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Bilingual, FieldError, Problem } from '../../contract/problem';
import { fieldErrors } from '../../contract/validation-messages';
import { isDatabaseUnavailable, isStorageFull } from '../../db/unavailable';
import type { StorageAlarm } from '../storage-alarm';
import { AppError, validationSummary } from '../errors';

const STATUS_TITLES: Record<number, Bilingual> = {
  400: { nl: 'Ongeldig verzoek', en: 'Bad request' },
  401: { nl: 'Niet ingelogd', en: 'Not logged in' },
  403: { nl: 'Geen toegang', en: 'Forbidden' },
  404: { nl: 'Niet gevonden', en: 'Not found' },
  409: { nl: 'Conflict', en: 'Conflict' },
  413: { nl: 'Te groot', en: 'Too large' },
  414: { nl: 'Adres te lang', en: 'URI too long' },
  415: { nl: 'Verkeerd formaat', en: 'Unsupported media type' },
  422: { nl: 'Ongeldige gegevens', en: 'Invalid data' },
  423: { nl: 'Geblokkeerd', en: 'Locked' },
  429: { nl: 'Te veel verzoeken', en: 'Too many requests' },
  500: { nl: 'Fout op de server', en: 'Server error' },
  503: { nl: 'Niet beschikbaar', en: 'Unavailable' },
};

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
  messages: Bilingual,
  errors?: FieldError[],
) {
  const lang = requestLanguage(request);
  const title = STATUS_TITLES[status] ?? STATUS_TITLES[500]!;
  const body: Problem = {
    type: `https://wegwijs.nl/problems/${code}`,
    title: title[lang],
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
    return sendProblem(request, reply, 414, 'uri_too_long', {
      nl: 'Het adres is te lang.',
      en: 'The address is too long.',
    });
  return sendProblem(request, reply, 400, 'bad_url', {
    nl: 'Het adres klopt niet: het bevat een ongeldige codering.',
    en: 'The address is not valid: it contains an invalid encoding.',
  });
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
        return sendProblem(request, reply, 400, 'malformed_json', {
          nl: 'De gegevens zijn geen geldige JSON.',
          en: 'The data is not valid JSON.',
        });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 413, 'body_too_large', {
          nl: 'Het verzoek is te groot (hoogstens 1 MB).',
          en: 'The request is too large (at most 1 MB).',
        });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 415, 'unsupported_media_type', {
          nl: 'Stuur de gegevens als JSON.',
          en: 'Send the data as JSON.',
        });
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 429, 'rate_limited', {
        nl: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
        en: 'Too many attempts. Please wait a moment and try again.',
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, 'bad_request', {
        nl: 'Het verzoek klopt niet.',
        en: 'The request is not valid.',
      });
    }
    if (isStorageFull(error)) {
      storage.raise();
      request.log.error({ err: error }, 'database storage full');
      reply.header('retry-after', '30');
      return sendProblem(request, reply, 503, 'storage_full', {
        nl: 'Wegwijs kan nu niets opslaan: de opslag van de database is vol. Er is niets bewaard. De beheerder is gewaarschuwd; probeer het later opnieuw.',
        en: 'Wegwijs cannot save anything now: the database storage is full. Nothing was saved. The administrator has been alerted; please try again later.',
      });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(request, reply, 503, 'database_unavailable', {
        nl: 'Wegwijs kan de gegevens even niet bereiken. Probeer het over een paar seconden opnieuw.',
        en: 'Wegwijs cannot reach its data for a moment. Please try again in a few seconds.',
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal_error', {
      nl: 'Er ging iets mis op de server. Probeer het later opnieuw.',
      en: 'Something went wrong on the server. Please try again later.',
    });
  });
}
