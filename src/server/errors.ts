import { messages } from '../content/message-files';
import type { Message } from '../contract/messages/catalogue';
import type { Bilingual, FieldError } from '../contract/problem';
import { message } from '../domain/message';

// Errors name a catalogue message (src/contract/messages/problem.*.json); the answer carries it in
// Dutch and English. Content in a text field (a scheme's own words) can still be given as both.
type Said = Message | Bilingual;
const inBoth = (said: Said): Bilingual => ('key' in said ? messages.bilingual(said) : said);

/** An error a user may see: status, a stable code and a message in both languages. */
export class AppError extends Error {
  readonly messages: Bilingual;
  constructor(
    readonly status: number,
    readonly code: string,
    said: Said,
    readonly errors?: FieldError[],
  ) {
    const messages = inBoth(said);
    super(messages.en);
    this.messages = messages;
  }
}

/** A field error in both languages. */
export const fieldError = (field: string, code: string, said: Said): FieldError => ({
  field,
  code,
  messages: inBoth(said),
});

export const notFound = (what: Said = message('problem.notFound')) =>
  new AppError(404, 'not_found', what);

export const forbidden = () => new AppError(403, 'forbidden', message('problem.forbidden'));

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', message('problem.unauthenticated'));

/** A validation problem found after schema validation, e.g. a unique e-mail address. */
export const invalidField = (field: string, code: string, said: Said) =>
  new AppError(422, 'validation_failed', validationSummary, [fieldError(field, code, said)]);

export const validationSummary = message('problem.validationSummary');

export const conflict = (code: string, said: Said) => new AppError(409, code, said);
