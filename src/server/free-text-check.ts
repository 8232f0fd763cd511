import type { Message } from '../domain/message';
import { freeTextFindings } from '../domain/case-dialogue/free-text-findings';
import { AppError, fieldError, validationSummary } from './errors';

// One check for free text that must not identify a household (case dialogue, anonymous advice):
// a BSN-like number is refused (422, per field); a reference or label of the writer's households
// holds the text back once (409, per field) until the writer confirms nobody can be recognised.

export type FreeTextMessages = {
  bsn: Message;
  referenceSummary: Message;
  reference: (term: string) => Message;
};

export async function assertNoIdentifyingText(input: {
  fields: readonly (readonly [string, string])[];
  /** Loaded only when the warning is not yet acknowledged. */
  terms: () => Promise<string[]>;
  acknowledged: boolean;
  messages: FreeTextMessages;
}): Promise<void> {
  const { fields, messages } = input;
  const { bsnFields } = freeTextFindings(fields, []);
  if (bsnFields.length > 0)
    throw new AppError(
      422,
      'validation_failed',
      validationSummary,
      bsnFields.map((field) => fieldError(field, 'bsn_like', messages.bsn)),
    );
  if (input.acknowledged) return;
  const { named } = freeTextFindings(fields, await input.terms());
  if (named.length > 0)
    throw new AppError(
      409,
      'household_reference',
      messages.referenceSummary,
      named.map(({ field, term }) =>
        fieldError(field, 'household_reference', messages.reference(term)),
      ),
    );
}
