// What the types cannot say about the search's input: unique ids, sensible ages and pages.
// The shapes themselves are guaranteed before data reaches the search: items and offers come
// typed from the repository (typed jsonb columns) or from content/ validated by its zod schema,
// and queries from the route's zod contract. The one untyped boundary the search reads itself
// is content/synonyms.yaml, checked field by field in synonyms.ts (compileSynonyms).

import type { SearchableItem } from './index-shape';
import { issue, type SearchIssue } from './search-errors';
import type { CatalogueSearchQuery } from './search-types';
import { MAX_PER_PAGE, MAX_TEXT_LENGTH } from './tuning';

const MAX_AGE = 120;

const isAge = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_AGE;

/** Ids used twice, impossible age ranges, local items without an organisation. */
export function checkItems(items: readonly SearchableItem[]): SearchIssue[] {
  const issues: SearchIssue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const at = `items.${i}`;
    const earlier = seen.get(item.id);
    if (item.id === '') {
      issues.push(issue(`${at}.id`, 'searchInput.noId'));
    } else if (earlier !== undefined) {
      issues.push(issue(`${at}.id`, 'searchInput.idTwice', { id: item.id, earlier }));
    } else {
      seen.set(item.id, i);
    }
    const age = item.ageRange;
    if (age && !(isAge(age.min) && isAge(age.max) && age.min <= age.max))
      issues.push(issue(`${at}.ageRange`, 'searchInput.ageRange', { max: MAX_AGE }));
    if (item.origin === 'local' && !item.organisationId)
      issues.push(issue(`${at}.organisationId`, 'searchInput.localWithoutOrganisation'));
  });
  return issues;
}

/** Limits on the query that its type does not carry: text length, age, page and page size. */
export function checkQuery(query: CatalogueSearchQuery): SearchIssue[] {
  const issues: SearchIssue[] = [];
  if (query.text !== undefined && query.text.length > MAX_TEXT_LENGTH)
    issues.push(issue('text', 'searchInput.textTooLong', { max: MAX_TEXT_LENGTH }));
  if (query.age !== undefined && !isAge(query.age))
    issues.push(issue('age', 'searchInput.age', { max: MAX_AGE }));
  if (query.page !== undefined && !(Number.isInteger(query.page) && query.page >= 1))
    issues.push(issue('page', 'searchInput.page'));
  if (
    query.perPage !== undefined &&
    !(Number.isInteger(query.perPage) && query.perPage >= 1 && query.perPage <= MAX_PER_PAGE)
  )
    issues.push(issue('perPage', 'searchInput.perPage', { max: MAX_PER_PAGE }));
  return issues;
}
