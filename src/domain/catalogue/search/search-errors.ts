// Bad input to the search index: every problem, with the field it is about and a message in Dutch
// and English. Thrown before anything is built or searched, so nothing is half done.

export type SearchIssue = {
  /** Dotted path of the field: 'items.3.id', 'synonyms.groups.2.typed.0', 'perPage'. */
  field: string;
  message: { nl: string; en: string };
};

export class SearchInputError extends Error {
  constructor(readonly issues: SearchIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message.en}`).join('; '));
    this.name = 'SearchInputError';
  }
}

export function issue(field: string, nl: string, en: string): SearchIssue {
  return { field, message: { nl, en } };
}
