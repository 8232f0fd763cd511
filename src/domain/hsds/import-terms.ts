import { FIELDS_TAXONOMY, VOCABULARY_NAMES, type TermIndex } from './taxonomy';
import type { HsdsAttribute, HsdsImportReason } from './types';
import { isObject, join, reason, str, type HsdsImportContext, type Obj } from './import-support';

// The attributes of an HSDS record as our vocabulary terms: capitals, lists and free fields.

type ResolvedTerm = { taxonomy: string; code: string };

/** Which of our terms an attribute carries, or null when it is not ours or not known. */
function resolveTerm(attr: Obj, index: TermIndex): ResolvedTerm | null {
  const term = isObject(attr.taxonomy_term) ? attr.taxonomy_term : {};
  const termId = str(attr.taxonomy_term_id) ?? str(term.id);
  const byId = termId ? index.byTermId.get(termId.toLowerCase()) : undefined;
  if (byId) return byId;

  const detail = isObject(term.taxonomy_detail) ? term.taxonomy_detail : {};
  const taxonomyIds = [str(term.taxonomy_id), str(detail.id)].filter((v) => v !== undefined);
  const taxonomyNames = [str(term.taxonomy), str(detail.name)].filter((v) => v !== undefined);
  let taxonomy =
    taxonomyIds.map((id) => index.byTaxonomyId.get(id.toLowerCase())).find(Boolean) ??
    taxonomyNames.map((n) => index.byTaxonomyName.get(n.toLowerCase())).find(Boolean);
  // A term that names another taxonomy is not ours, even when its code looks like one of ours.
  if (!taxonomy && (taxonomyIds.length > 0 || taxonomyNames.length > 0)) return null;
  const linkType = str(attr.link_type);
  taxonomy ??= linkType ? index.byTaxonomyName.get(linkType.toLowerCase()) : undefined;

  const keys = [str(term.code), str(term.name)].filter((v) => v !== undefined);
  if (taxonomy) {
    const codes = index.codes.get(taxonomy);
    for (const key of keys) {
      const code = codes?.get(key.toLowerCase());
      if (code) return { taxonomy, code };
    }
    return null;
  }
  // No taxonomy given at all: accept a code that means one thing in exactly one vocabulary.
  for (const key of keys) {
    const hits = VOCABULARY_NAMES.flatMap((t) => {
      const code = index.codes.get(t)?.get(key.toLowerCase());
      return code ? [{ taxonomy: t as string, code }] : [];
    });
    if (hits.length === 1) return hits[0]!;
  }
  return null;
}

function termLabel(attr: Obj): string {
  const term = isObject(attr.taxonomy_term) ? attr.taxonomy_term : {};
  return str(term.name) ?? str(term.code) ?? str(attr.taxonomy_term_id) ?? str(attr.id) ?? '?';
}

export type Facets = {
  capitals: { primary: string[]; secondary: string[] };
  lists: Record<string, string[]>;
  fields: Record<string, string[]>;
};

export function readAttributes(
  attributes: readonly HsdsAttribute[] | undefined,
  path: string,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
): Facets {
  const facets: Facets = { capitals: { primary: [], secondary: [] }, lists: {}, fields: {} };
  const push = (bag: Record<string, string[]>, key: string, value: string) => {
    const list = (bag[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  (attributes ?? []).forEach((raw, i) => {
    const at = join(path, i);
    const term = resolveTerm(raw, ctx.index);
    if (!term) {
      const label = termLabel(raw);
      warnings.push(reason(at, 'hsdsImport.reason.termUnknown', { term: label }));
      return;
    }
    const value = raw.value?.trim() ?? '';
    if (term.taxonomy === FIELDS_TAXONOMY) {
      if (value === '')
        warnings.push(reason(join(at, 'value'), 'hsdsImport.reason.attributeNoValue'));
      else push(facets.fields, term.code, value);
      return;
    }
    if (term.taxonomy === 'capitals') {
      const secondary = ['secondary', 'secundair'].includes(value.toLowerCase());
      const list = secondary ? facets.capitals.secondary : facets.capitals.primary;
      if (!list.includes(term.code)) list.push(term.code);
      return;
    }
    push(facets.lists, term.taxonomy, term.code);
  });
  // A capital that is both primary and secondary counts as primary.
  facets.capitals.secondary = facets.capitals.secondary.filter(
    (c) => !facets.capitals.primary.includes(c),
  );
  return facets;
}
