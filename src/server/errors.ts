import type { Bilingual, FieldError } from '../contract/problem';

/** An error a user may see: status, a stable code and a message in both languages. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Bilingual,
    readonly errors?: FieldError[],
  ) {
    super(messages.en);
  }
}

export const notFound = (what: Bilingual = { nl: 'Niet gevonden.', en: 'Not found.' }) =>
  new AppError(404, 'not_found', what);

export const forbidden = () =>
  new AppError(403, 'forbidden', {
    nl: 'U hebt geen toegang tot deze gegevens of handeling.',
    en: 'You do not have access to this data or action.',
  });

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', {
    nl: 'Log eerst in.',
    en: 'Please log in first.',
  });

/** A validation problem found after schema validation, e.g. a unique e-mail address. */
export const invalidField = (field: string, code: string, messages: Bilingual) =>
  new AppError(422, 'validation_failed', validationSummary, [{ field, code, messages }]);

export const validationSummary: Bilingual = {
  nl: 'Niet alle gegevens zijn goed ingevuld.',
  en: 'Some of the data is not filled in correctly.',
};

export const conflict = (code: string, messages: Bilingual) => new AppError(409, code, messages);
