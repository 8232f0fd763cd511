import type { CatalogueItem, LocalOffer } from '../catalogue/types';
import { NATIONAL_ORGANIZATION_ID } from './ids';
import { buildTermIndex } from './taxonomy';
import type { HsdsImportReason, HsdsServiceStatus, HsdsVocabularies } from './types';
import { isUuid } from './uuid-v5';
import {
  IMPORT_LIMITS,
  isObject,
  reason,
  str,
  type HsdsImportContext,
  type HsdsImportOptions,
  type HsdsSchemaError,
  type ImportableService,
} from './import-support';
import { readAttributes, type Facets } from './import-terms';
import { readOfferParts } from './import-offer';
import {
  firstParagraph,
  HTTP_URL,
  normaliseName,
  plainText,
  shorten,
  SOURCE_DATE,
} from './import-text';

export {
  IMPORT_LIMITS,
  type HsdsImportContext,
  type HsdsImportOptions,
  type HsdsSchemaError,
} from './import-support';
export { cleanPhone, plainText, shorten } from './import-text';

// HSDS 3.0 services (from a municipal sociale kaart, another Wegwijs, or our own export) as local
// catalogue items with their offer. Pure: the caller reads the file, stores the results and decides
// what to do with rejected records. Each record gets a verdict with reasons that name the field.
// Matching for idempotency is by the HSDS id, which every record returns as `hsdsId`.

/** A local item as the import makes it; the server adds id, origin, owner, sources and dates. */
export type ImportedItem = Omit<
  CatalogueItem,
  'id' | 'origin' | 'organisationId' | 'sources' | 'lastReviewed'
>;

/** The offer part of a record; the server adds id, organisation, intervention and check dates. */
export type ImportedOffer = Pick<
  LocalOffer,
  'gemeenten' | 'wijk' | 'howToRefer' | 'costs' | 'contact'
>;

export type HsdsImportRecord = {
  /** Position in the file, from 0. */
  index: number;
  /** The record's HSDS id: store it with the item, and look it up to tell created from updated. */
  hsdsId: string | null;
  /** The record's name, for the report; null when missing. */
  name: string | null;
  status: 'valid' | 'rejected';
  /** Why the record is rejected; empty when valid. */
  reasons: HsdsImportReason[];
  /** What was left out or filled in; a valid record can have warnings. */
  warnings: HsdsImportReason[];
  /** HSDS status of the service ('active', 'inactive', …), when valid. */
  hsdsStatus?: HsdsServiceStatus;
  /** Name of the HSDS organization that provides the service, when given. */
  providerName?: string | null;
  item?: ImportedItem;
  /** Zero or one offer: the gemeenten, wijk, referral, costs and contact of the record. */
  offers?: ImportedOffer[];
};

export type HsdsImportFormat = 'service' | 'list' | 'page' | 'organization';

export type HsdsImportResult =
  | {
      ok: true;
      format: HsdsImportFormat;
      records: HsdsImportRecord[];
      counts: { valid: number; rejected: number };
    }
  | { ok: false; error: HsdsImportReason };

/** The services in a file: one service, a list of services, an API page, or an organization. */
export function extractHsdsRecords(
  json: unknown,
):
  | { ok: true; format: HsdsImportFormat; records: unknown[] }
  | { ok: false; error: HsdsImportReason } {
  if (Array.isArray(json)) return { ok: true, format: 'list', records: json };
  if (isObject(json)) {
    if (Array.isArray(json.contents)) return { ok: true, format: 'page', records: json.contents };
    if ('contents' in json)
      return {
        ok: false,
        error: reason('contents', 'hsdsImport.reason.contentsNotList'),
      };
    // A fully nested organization (GET /organizations/{id}) brings its services along.
    if (Array.isArray(json.services) && !('status' in json)) {
      const { services, ...organization } = json;
      return {
        ok: true,
        format: 'organization',
        records: (services as unknown[]).map((s) =>
          isObject(s) && !('organization' in s) ? { ...s, organization } : s,
        ),
      };
    }
    return { ok: true, format: 'service', records: [json] };
  }
  return {
    ok: false,
    error: reason('(root)', 'hsdsImport.reason.noServices'),
  };
}

// ---------- one record

function readAge(
  service: ImportableService,
  field: 'minimum_age' | 'maximum_age',
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
): number | null {
  const value = service[field];
  if (value === undefined) return null;
  if (value < 0) {
    reasons.push(reason(field, 'hsdsImport.reason.ageNegative'));
    return null;
  }
  let age = field === 'minimum_age' ? Math.floor(value) : Math.ceil(value);
  if (age !== value) warnings.push(reason(field, 'hsdsImport.reason.ageRounded', { value, age }));
  if (age > IMPORT_LIMITS.ageMax) {
    warnings.push(reason(field, 'hsdsImport.reason.ageCapped', { age, max: IMPORT_LIMITS.ageMax }));
    age = IMPORT_LIMITS.ageMax;
  }
  return age;
}

/** The lowest and highest age; a range that runs backwards rejects the record. */
function readAgeRange(
  service: ImportableService,
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
): { min: number | null; max: number | null } {
  const min = readAge(service, 'minimum_age', reasons, warnings);
  const max = readAge(service, 'maximum_age', reasons, warnings);
  if (min !== null && max !== null && min > max)
    reasons.push(reason('maximum_age', 'hsdsImport.reason.ageOrder', { min, max }));
  return { min, max };
}

function pickOne(
  list: string[] | undefined,
  allowed: readonly { id: string }[],
  fallback: string,
  path: string,
  vocabulary: 'evidence_levels' | 'kinds',
  warnings: HsdsImportReason[],
): string {
  const first = list?.[0];
  if (first) {
    if (list.length > 1)
      warnings.push(reason(path, 'hsdsImport.reason.severalValues', { list: vocabulary, first }));
    return first;
  }
  const chosen = allowed.some((e) => e.id === fallback) ? fallback : (allowed[0]?.id ?? fallback);
  warnings.push(reason(path, 'hsdsImport.reason.noValueFound', { list: vocabulary, chosen }));
  return chosen;
}

/** The id to match the record on later; a second record with the same id is rejected. */
function readIdentity(
  service: ImportableService,
  seen: Set<string>,
  reasons: HsdsImportReason[],
): string {
  const hsdsId = service.id.trim();
  if (seen.has(hsdsId.toLowerCase()))
    reasons.push(reason('id', 'hsdsImport.reason.duplicateId', { id: hsdsId }));
  seen.add(hsdsId.toLowerCase());
  return hsdsId;
}

/** A required text: present after cleaning, and within our form's limit. */
function requiredText(
  field: 'name' | 'description',
  text: string,
  max: number,
  reasons: HsdsImportReason[],
): void {
  if (text === '') reasons.push(reason(field, 'hsdsImport.reason.textMissing', { field }));
  else if (text.length > max)
    reasons.push(
      reason(field, 'hsdsImport.reason.textTooLongNamed', { field, length: text.length, max }),
    );
}

function readNameAndDescription(
  service: ImportableService,
  reasons: HsdsImportReason[],
): { name: string; description: string } {
  const name = service.name.replace(/\s+/g, ' ').trim();
  const description = service.description === undefined ? '' : plainText(service.description);
  requiredText('name', name, IMPORT_LIMITS.name, reasons);
  requiredText('description', description, IMPORT_LIMITS.description, reasons);
  return { name, description };
}

/** A service that is not (or no longer) active can still be imported, with a warning. */
function warnInactive(status: HsdsServiceStatus, warnings: HsdsImportReason[]): void {
  if (status !== 'active')
    warnings.push(reason('status', 'hsdsImport.reason.inactive', { status }));
}

/** Facets that are missing are not a reason to reject, but someone has to fill them in. */
function warnMissingFacets(facets: Facets, warnings: HsdsImportReason[]): void {
  const missing = (list: string[] | undefined, facet: string) => {
    if ((list ?? []).length === 0)
      warnings.push(reason('attributes', 'hsdsImport.reason.facetMissing', { facet }));
  };
  missing(facets.capitals.primary, 'capital');
  missing(facets.lists.target_groups, 'target_group');
  missing(facets.lists.phases, 'phase');
  missing(facets.lists.domains, 'domain');
}

/** The record's own summary, or the first paragraph of its description, within our limit. */
function readSummary(facets: Facets, description: string, warnings: HsdsImportReason[]): string {
  const summary =
    facets.fields.samenvatting?.[0] ?? shorten(firstParagraph(description), IMPORT_LIMITS.summary);
  if (summary.length <= IMPORT_LIMITS.summary) return summary;
  warnings.push(reason('attributes', 'hsdsImport.reason.summaryShortened'));
  return shorten(summary, IMPORT_LIMITS.summary);
}

/** Evidence: the record's own, or honestly 'not researched' from this HSDS source and date. */
function readEvidence(
  service: ImportableService,
  facets: Facets,
  providerName: string | null,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
): ImportedItem['evidence'] {
  const f = facets.fields;
  const level = pickOne(
    facets.lists.evidence_levels,
    ctx.vocabularies.evidence_levels,
    'niet-onderzocht',
    'attributes',
    'evidence_levels',
    warnings,
  );
  const assured = str(service.assured_date) ?? str(service.last_modified);
  const date =
    f['bewijs-datum']?.find((d) => SOURCE_DATE.test(d)) ??
    (assured && /^\d{4}/.test(assured) ? assured.slice(0, 4) : ctx.options.peildatum.slice(0, 4));
  const source =
    f['bewijs-bron']?.[0] ??
    (providerName
      ? `Overgenomen uit HSDS-gegevens van ${providerName}`
      : 'Overgenomen uit HSDS-gegevens');
  const note = f['bewijs-toelichting']?.[0];
  return {
    level,
    source: shorten(source, 300),
    date,
    ...(note ? { note: shorten(note, 600) } : {}),
  };
}

/** Texts for a list field; those longer than our form allows are left out with a warning. */
function fitting(list: string[] | undefined, warnings: HsdsImportReason[]): string[] {
  const kept = (list ?? []).filter((t) => t.length <= IMPORT_LIMITS.listText);
  if (kept.length < (list ?? []).length)
    warnings.push(
      reason('attributes', 'hsdsImport.reason.listTextsLeftOut', { max: IMPORT_LIMITS.listText }),
    );
  return kept;
}

/** The service's web address and the record's own links; anything but http(s) is left out. */
function readLinks(service: ImportableService, facets: Facets, warnings: HsdsImportReason[]) {
  const url = str(service.url);
  if (url && !HTTP_URL.test(url))
    warnings.push(reason('url', 'hsdsImport.reason.linkNotWeb', { url }));
  return [
    ...new Set(
      [url, ...(facets.fields.link ?? [])].filter((l): l is string => !!l && HTTP_URL.test(l)),
    ),
  ];
}

/** The record's own providers, or else its organization (never the national one). */
function readProviders(
  service: ImportableService,
  facets: Facets,
  providerName: string | null,
  warnings: HsdsImportReason[],
): string[] {
  const own = fitting(facets.fields.aanbieder, warnings);
  if (own.length > 0) return own;
  return providerName &&
    service.organization?.id !== NATIONAL_ORGANIZATION_ID &&
    providerName.length <= IMPORT_LIMITS.listText
    ? [providerName]
    : [];
}

function buildItem(
  service: ImportableService,
  text: { name: string; description: string },
  ages: { min: number | null; max: number | null },
  facets: Facets,
  providerName: string | null,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
): ImportedItem {
  warnMissingFacets(facets, warnings);
  const kind = pickOne(
    facets.lists.kinds,
    ctx.vocabularies.kinds,
    'voorziening',
    'attributes',
    'kinds',
    warnings,
  );
  const summary = readSummary(facets, text.description, warnings);
  const evidence = readEvidence(service, facets, providerName, ctx, warnings);
  const links = readLinks(service, facets, warnings);
  const { min, max } = ages;
  return {
    name: text.name,
    kind,
    summary,
    description: text.description,
    capitals: facets.capitals as ImportedItem['capitals'],
    workingElements: fitting(facets.fields['werkzaam-element'], warnings),
    targetGroups: facets.lists.target_groups ?? [],
    ageRange:
      min === null && max === null ? null : { min: min ?? 0, max: max ?? IMPORT_LIMITS.ageMax },
    phases: (facets.lists.phases ?? []) as ImportedItem['phases'],
    povertyTypes: (facets.lists.poverty_types ?? []) as ImportedItem['povertyTypes'],
    lifeEvents: facets.lists.life_events ?? [],
    domains: facets.lists.domains ?? [],
    evidence,
    providers: readProviders(service, facets, providerName, warnings),
    links,
  };
}

/** A record the official schema rejects: its errors are the reasons, each naming the field. */
function rejectedBySchema(
  record: unknown,
  index: number,
  errors: readonly HsdsSchemaError[],
  seen: Set<string>,
): HsdsImportRecord {
  const given = isObject(record) ? record : {};
  const hsdsId = str(given.id) ?? null;
  // A later record with the same id is still a duplicate, even when this one was refused.
  if (hsdsId && isUuid(hsdsId)) seen.add(hsdsId.toLowerCase());
  return {
    index,
    hsdsId,
    name: typeof given.name === 'string' ? given.name.replace(/\s+/g, ' ').trim() || null : null,
    status: 'rejected',
    reasons: errors.map((e) => ({ path: e.path || '(root)', message: e.problem })),
    warnings: [],
  };
}

/**
 * Checks and converts one record. The official schema (options.validateRecord) vouches for its
 * shape; here we check what the schema cannot: empty texts, our length limits, the age order and
 * ids repeated in the file. `seen` holds the ids of earlier records in the same file.
 */
export function importHsdsRecord(
  record: unknown,
  index: number,
  ctx: HsdsImportContext,
  seen: Set<string> = new Set(),
): HsdsImportRecord {
  const schemaErrors = ctx.options.validateRecord(record);
  if (schemaErrors.length > 0) return rejectedBySchema(record, index, schemaErrors, seen);
  const service = record as ImportableService;
  const reasons: HsdsImportReason[] = [];
  const warnings: HsdsImportReason[] = [];
  const hsdsId = readIdentity(service, seen, reasons);
  const text = readNameAndDescription(service, reasons);
  warnInactive(service.status, warnings);
  const ages = readAgeRange(service, reasons, warnings);
  const facets = readAttributes(service.attributes, 'attributes', ctx, warnings);
  const { offer, providerName } = readOfferParts(service, ctx, reasons, warnings);
  if (reasons.length > 0)
    return { index, hsdsId, name: text.name || null, status: 'rejected', reasons, warnings };

  const item = buildItem(service, text, ages, facets, providerName, ctx, warnings);
  const hasOffer =
    offer.gemeenten.length > 0 || offer.wijk || offer.howToRefer || offer.costs || offer.contact;
  return {
    index,
    hsdsId,
    name: text.name,
    status: 'valid',
    reasons,
    warnings,
    hsdsStatus: service.status,
    providerName,
    item,
    offers: hasOffer ? [offer] : [],
  };
}

export function createImportContext(
  vocabularies: HsdsVocabularies,
  options: HsdsImportOptions,
): HsdsImportContext {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.peildatum))
    throw new Error(`HSDS import: peildatum must be YYYY-MM-DD, not '${options.peildatum}'`);
  const gemeenten = options.gemeenten ?? [];
  return {
    index: buildTermIndex(vocabularies),
    vocabularies,
    options,
    gemeentenByName: new Map(gemeenten.map((g) => [normaliseName(g.name), g])),
    gemeentenByCode: new Map(gemeenten.map((g) => [g.code.toUpperCase(), g])),
  };
}

/**
 * Reads an HSDS file (already parsed JSON): one service, a list of services, a page from the HSDS
 * API, or an organization with its services. Every record gets a verdict; nothing is stored here.
 * The caller decides: all or nothing (store only when `counts.rejected` is 0), or the valid ones.
 */
export function fromHsds(
  json: unknown,
  vocabularies: HsdsVocabularies,
  options: HsdsImportOptions,
): HsdsImportResult {
  const extracted = extractHsdsRecords(json);
  if (!extracted.ok) return extracted;
  const ctx = createImportContext(vocabularies, options);
  const seen = new Set<string>();
  const total = extracted.records.length;
  const records = extracted.records.map((record, index) => {
    const result = importHsdsRecord(record, index, ctx, seen);
    options.onProgress?.(index + 1, total);
    return result;
  });
  const valid = records.filter((r) => r.status === 'valid').length;
  return {
    ok: true,
    format: extracted.format,
    records,
    counts: { valid, rejected: records.length - valid },
  };
}
