import { containsBsnLike, mentionedTerms } from './privacy-check';

// The check every free text without household data goes through before it is stored (the case
// dialogue, the anonymous advice question and its answer): which fields hold a BSN-like number
// (refused) and which name a reference or label of the writer's households (a warning first).

export type FreeTextFindings = {
  bsnFields: string[];
  named: { field: string; term: string }[];
};

export function freeTextFindings(
  fields: readonly (readonly [field: string, text: string])[],
  terms: readonly string[],
): FreeTextFindings {
  return {
    bsnFields: fields.filter(([, text]) => containsBsnLike(text)).map(([field]) => field),
    named: fields.flatMap(([field, text]) =>
      mentionedTerms(text, terms).map((term) => ({ field, term })),
    ),
  };
}
