import { message, type Message, type MessageValues } from '../../message';

// Bad input to the search index: every problem, with the field it is about and a catalogue message
// (`searchInput.*`, ADR 0006) the server words in Dutch and English. Thrown before anything is
// built or searched, so nothing is half done.

export type SearchIssue = {
  /** Dotted path of the field: 'items.3.id', 'synonyms.groups.2.typed.0', 'perPage'. */
  field: string;
  message: Message;
};

export class SearchInputError extends Error {
  constructor(readonly issues: SearchIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message.key}`).join('; '));
    this.name = 'SearchInputError';
  }
}

export function issue(field: string, key: string, values?: MessageValues): SearchIssue {
  return { field, message: message(key, values) };
}
