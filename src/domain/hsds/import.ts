import type { CatalogueItem, Contact, LocalOffer } from '../catalogue/types';
import { NATIONAL_ORGANIZATION_ID } from './ids';
import { buildTermIndex, FIELDS_TAXONOMY, VOCABULARY_NAMES, type TermIndex } from './taxonomy';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsImportReason,
  HsdsPhone,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceStatus,
  HsdsVocabularies,
} from './types';
import { isUuid } from './uuid-v5';

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

export type HsdsSchemaError = { path: string; message: { nl: string; en: string } };

export type HsdsImportOptions = {
  /** YYYY-MM-DD. Its year becomes the evidence date of a record that gives no date at all. */
  peildatum: string;
  /** Known gemeenten, to recognise a service area by name when it carries no CBS code. */
  gemeenten?: readonly { code: string; name: string }[];
  /**
   * Checks one record against the official schema (src/contract/hsds); errors reject it. The
   * import trusts the shape the schema lets through and does not check it again.
   */
  validateRecord: (record: unknown) => readonly HsdsSchemaError[];
  /** Called after each record, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
};

// Limits of the local item and offer forms (src/contract/catalogue.ts), so that every valid record
// can be stored as it is.
export const IMPORT_LIMITS = {
  name: 160,
  summary: 240,
  description: 5000,
  howToRefer: 2000,
  costs: 500,
  wijk: 120,
  contactName: 120,
  contactFunction: 120,
  listText: 120,
  ageMax: 120,
} as const;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reason(path: string, nl: string, en: string): HsdsImportReason {
  return { path, nl, en };
}

function join(...parts: (string | number)[]): string {
  return parts.filter((p) => p !== '').join('.');
}

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
        error: reason(
          'contents',
          'Het veld contents moet een lijst met diensten zijn.',
          'The field contents must be a list of services.',
        ),
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
    error: reason(
      '(root)',
      'Dit bestand bevat geen HSDS-diensten. Verwacht: één dienst, een lijst met diensten of een pagina uit de HSDS-API.',
      'This file holds no HSDS services. Expected: one service, a list of services or a page from the HSDS API.',
    ),
  };
}

// ---------- text helpers

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** HSDS descriptions may hold HTML; we keep plain text with blank lines between paragraphs. */
export function plainText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  if (/<[a-z/][^>]*>/i.test(out)) {
    out = out
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|ul|ol)>/gi, '\n\n')
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<[^>]+>/g, '');
  }
  out = out
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return out.trim();
}

/** At most `max` characters, cut after a sentence or else at a word, with '…' when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let taken = '';
  for (const s of sentences) {
    if ((taken + s).trim().length > max) break;
    taken += s;
  }
  if (taken.trim().length > 0) return taken.trim();
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0] ?? text;
}

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A phone number as our forms accept it, or null. Strips quotes and other decoration. */
export function cleanPhone(raw: string): string | null {
  const cleaned = raw
    .replace(/[^\d\s()+-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const digits = cleaned.match(/\d/g)?.length ?? 0;
  return /^\+?[\d\s()-]{6,20}$/.test(cleaned) && digits >= 6 ? cleaned : null;
}

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------- one record

/** What every record of one import shares; make it with createImportContext. */
export type HsdsImportContext = {
  index: TermIndex;
  vocabularies: HsdsVocabularies;
  options: HsdsImportOptions;
  gemeentenByName: Map<string, { code: string; name: string }>;
  gemeentenByCode: Map<string, { code: string; name: string }>;
};

type ResolvedTerm = { taxonomy: string; code: string };

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

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

type Facets = {
  capitals: { primary: string[]; secondary: string[] };
  lists: Record<string, string[]>;
  fields: Record<string, string[]>;
};

function readAttributes(
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
      warnings.push(
        reason(
          at,
          `De term '${label}' komt niet voor in de lijsten van Wegwijs; deze is overgeslagen.`,
          `The term '${label}' is not in the Wegwijs vocabularies; it was skipped.`,
        ),
      );
      return;
    }
    const value = raw.value?.trim() ?? '';
    if (term.taxonomy === FIELDS_TAXONOMY) {
      if (value === '')
        warnings.push(
          reason(
            join(at, 'value'),
            'Dit attribuut heeft geen waarde; het is overgeslagen.',
            'This attribute has no value; it was skipped.',
          ),
        );
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

/** A text field that may be absent; a too-long text rejects the record. */
function optionalText(
  service: ImportableService,
  field: 'application_process' | 'fees_description',
  max: number,
  reasons: HsdsImportReason[],
): string | null {
  const value = service[field];
  if (value === undefined) return null;
  const text = plainText(value);
  if (text.length > max) {
    reasons.push(
      reason(
        field,
        `Deze tekst is te lang: ${text.length} tekens, hoogstens ${max}.`,
        `This text is too long: ${text.length} characters, at most ${max}.`,
      ),
    );
    return null;
  }
  return text === '' ? null : text;
}

function readAge(
  service: ImportableService,
  field: 'minimum_age' | 'maximum_age',
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
): number | null {
  const value = service[field];
  if (value === undefined) return null;
  if (value < 0) {
    reasons.push(
      reason(field, 'Een leeftijd kan niet negatief zijn.', 'An age cannot be negative.'),
    );
    return null;
  }
  let age = field === 'minimum_age' ? Math.floor(value) : Math.ceil(value);
  if (age !== value)
    warnings.push(
      reason(
        field,
        `Leeftijd ${value} is afgerond naar ${age} jaar.`,
        `Age ${value} was rounded to ${age} years.`,
      ),
    );
  if (age > IMPORT_LIMITS.ageMax) {
    warnings.push(
      reason(
        field,
        `Leeftijd ${age} is hoger dan ${IMPORT_LIMITS.ageMax}; we gebruiken ${IMPORT_LIMITS.ageMax}.`,
        `Age ${age} is above ${IMPORT_LIMITS.ageMax}; we use ${IMPORT_LIMITS.ageMax}.`,
      ),
    );
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
    reasons.push(
      reason(
        'maximum_age',
        `De hoogste leeftijd (${max}) is lager dan de laagste (${min}).`,
        `The highest age (${max}) is lower than the lowest (${min}).`,
      ),
    );
  return { min, max };
}

/** The gemeente a service area names, by CBS code (also inside a TOOI URI) or by its name. */
function gemeenteOfArea(
  area: HsdsServiceArea & { extent?: string },
  ctx: HsdsImportContext,
): { code: string; name: string } | undefined {
  const name = str(area.name);
  const codeMatch = [str(area.uri), name, str(area.extent)]
    .map((v) => (v ? /(?:^|[^a-z0-9])gm(\d{4})(?![0-9])/i.exec(v) : null))
    .find((m) => m !== null);
  if (codeMatch)
    return (
      ctx.gemeentenByCode.get(`GM${codeMatch[1]}`) ?? {
        code: `GM${codeMatch[1]}`,
        name: name ?? `GM${codeMatch[1]}`,
      }
    );
  return name ? ctx.gemeentenByName.get(normaliseName(name)) : undefined;
}

/** The one wijk we keep of those the service areas name; the others are reported. */
function pickWijk(wijken: string[], warnings: HsdsImportReason[]): string | null {
  if (wijken.length > 1)
    warnings.push(
      reason(
        'service_areas',
        `Er staan meer wijken in het bestand; we nemen alleen '${wijken[0]}' over.`,
        `The file names several neighbourhoods; only '${wijken[0]}' is kept.`,
      ),
    );
  const wijk = wijken[0] ?? null;
  if (wijk && wijk.length > IMPORT_LIMITS.wijk) {
    warnings.push(
      reason(
        'service_areas',
        'De naam van de wijk is te lang; die is weggelaten.',
        'The neighbourhood name is too long; it was left out.',
      ),
    );
    return null;
  }
  return wijk;
}

function readServiceAreas(
  service: ImportableService,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
): { gemeenten: { code: string; name: string }[]; wijk: string | null } {
  const gemeenten: { code: string; name: string }[] = [];
  const wijken: string[] = [];
  (service.service_areas ?? []).forEach((area, i) => {
    const at = join('service_areas', i);
    const known = gemeenteOfArea(area, ctx);
    if (!known) {
      const name = str(area.name) ?? '?';
      warnings.push(
        reason(
          at,
          `Het werkgebied '${name}' herkennen we niet als gemeente; het is overgeslagen.`,
          `The service area '${name}' is not a gemeente we recognise; it was skipped.`,
        ),
      );
      return;
    }
    if (!gemeenten.some((g) => g.code === known.code)) gemeenten.push(known);
    const facets = readAttributes(area.attributes, join(at, 'attributes'), ctx, warnings);
    for (const w of facets.fields.wijk ?? []) if (!wijken.includes(w)) wijken.push(w);
  });
  return { gemeenten, wijk: pickWijk(wijken, warnings) };
}

type ContactCandidate = { path: string; raw: Omit<ServiceContact, 'id'> };

/** The named contacts, or else the service's own phone and email: they still tell people where to go. */
function contactCandidates(service: ImportableService): ContactCandidate[] {
  const named = (service.contacts ?? []).map((raw, i) => ({ path: join('contacts', i), raw }));
  if (named.length > 0) return named;
  const phones = service.phones ?? [];
  return str(service.email) || phones.length > 0
    ? [{ path: '', raw: { email: service.email, phones } }]
    : [];
}

/** A phone number or email address as our forms accept it; a wrong one is left out with a warning. */
function cleanContactDetails(
  { path, raw }: ContactCandidate,
  warnings: HsdsImportReason[],
): { phone: string | null; email: string | null } {
  const phoneRaw = raw.phones?.map((p) => str(p.number)).find(Boolean);
  const phone = phoneRaw ? cleanPhone(phoneRaw) : null;
  if (phoneRaw && !phone)
    warnings.push(
      reason(
        join(path, 'phones', 0, 'number'),
        `Het telefoonnummer '${phoneRaw}' is niet geldig; het is weggelaten.`,
        `The phone number '${phoneRaw}' is not valid; it was left out.`,
      ),
    );
  const emailRaw = str(raw.email);
  const email = emailRaw && EMAIL.test(emailRaw) ? emailRaw : null;
  if (emailRaw && !email)
    warnings.push(
      reason(
        join(path, 'email'),
        `Het e-mailadres '${emailRaw}' is niet geldig; het is weggelaten.`,
        `The email address '${emailRaw}' is not valid; it was left out.`,
      ),
    );
  return { phone, email };
}

/** A contact is public only when its 'contact-openbaar' attribute says yes. */
function isPublicContact(raw: ContactCandidate['raw']): boolean {
  return (raw.attributes ?? []).some(
    (a) =>
      str(a.taxonomy_term?.code) === 'contact-openbaar' &&
      ['ja', 'yes', 'true'].includes(String(a.value).toLowerCase()),
  );
}

function readContact(
  service: ImportableService,
  organizationName: string | undefined,
  warnings: HsdsImportReason[],
): Contact | null {
  const candidates = contactCandidates(service);
  for (const candidate of candidates) {
    const { path, raw } = candidate;
    const { phone, email } = cleanContactDetails(candidate, warnings);
    const name = str(raw.name) ?? str(raw.department) ?? organizationName ?? 'Contactpunt';
    const fn = str(raw.title) ?? null;
    if (!str(raw.name) && !phone && !email) continue;
    if (
      name.length > IMPORT_LIMITS.contactName ||
      (fn?.length ?? 0) > IMPORT_LIMITS.contactFunction
    ) {
      warnings.push(
        reason(
          path || 'contacts',
          'De naam of functie van het contact is te lang; het contact is weggelaten.',
          'The contact name or title is too long; the contact was left out.',
        ),
      );
      continue;
    }
    if (candidates.length > 1)
      warnings.push(
        reason(
          'contacts',
          `Er staan ${candidates.length} contacten in dit record; we nemen alleen het eerste bruikbare over.`,
          `This record has ${candidates.length} contacts; only the first usable one is kept.`,
        ),
      );
    return { name, function: fn, phone, email, public: isPublicContact(raw) };
  }
  return null;
}

function pickOne(
  list: string[] | undefined,
  allowed: readonly { id: string }[],
  fallback: string,
  path: string,
  what: { nl: string; en: string },
  warnings: HsdsImportReason[],
): string {
  const first = list?.[0];
  if (first) {
    if (list.length > 1)
      warnings.push(
        reason(
          path,
          `Er staan meer ${what.nl} in dit record; we nemen '${first}'.`,
          `This record has several ${what.en}; we take '${first}'.`,
        ),
      );
    return first;
  }
  const chosen = allowed.some((e) => e.id === fallback) ? fallback : (allowed[0]?.id ?? fallback);
  warnings.push(
    reason(
      path,
      `Geen ${what.nl} gevonden; we kiezen '${chosen}'. Pas dit zo nodig aan.`,
      `No ${what.en} found; we chose '${chosen}'. Change it if needed.`,
    ),
  );
  return chosen;
}

/**
 * A service as the official schema lets it through: the HSDS fields we read, plus the service's own
 * email and phones (used when it names no contact) and its last change (a fallback evidence date).
 */
type ServiceContact = HsdsContact & { department?: string };
type ImportableService = Omit<HsdsService, 'contacts' | 'service_areas'> & {
  contacts?: ServiceContact[];
  service_areas?: (HsdsServiceArea & { extent?: string })[];
  email?: string;
  phones?: HsdsPhone[];
  last_modified?: string;
  service_at_locations?: unknown[];
};

/** The id to match the record on later; a second record with the same id is rejected. */
function readIdentity(
  service: ImportableService,
  seen: Set<string>,
  reasons: HsdsImportReason[],
): string {
  const hsdsId = service.id.trim();
  if (seen.has(hsdsId.toLowerCase()))
    reasons.push(
      reason(
        'id',
        `Het id '${hsdsId}' staat al eerder in dit bestand.`,
        `The id '${hsdsId}' already appears earlier in this file.`,
      ),
    );
  seen.add(hsdsId.toLowerCase());
  return hsdsId;
}

/** A required text: present after cleaning, and within our form's limit. */
function requiredText(
  field: 'name' | 'description',
  text: string,
  max: number,
  what: { Nl: string; En: string },
  reasons: HsdsImportReason[],
): void {
  if (text === '') reasons.push(reason(field, `${what.Nl} ontbreekt.`, `${what.En} is missing.`));
  else if (text.length > max)
    reasons.push(
      reason(
        field,
        `${what.Nl} is te lang: ${text.length} tekens, hoogstens ${max}.`,
        `${what.En} is too long: ${text.length} characters, at most ${max}.`,
      ),
    );
}

const NAME_WORDS = { Nl: 'De naam', En: 'The name' };
const DESCRIPTION_WORDS = { Nl: 'De beschrijving', En: 'The description' };

function readNameAndDescription(
  service: ImportableService,
  reasons: HsdsImportReason[],
): { name: string; description: string } {
  const name = service.name.replace(/\s+/g, ' ').trim();
  const description = service.description === undefined ? '' : plainText(service.description);
  requiredText('name', name, IMPORT_LIMITS.name, NAME_WORDS, reasons);
  requiredText('description', description, IMPORT_LIMITS.description, DESCRIPTION_WORDS, reasons);
  return { name, description };
}

/** A service that is not (or no longer) active can still be imported, with a warning. */
function warnInactive(status: HsdsServiceStatus, warnings: HsdsImportReason[]): void {
  if (status !== 'active')
    warnings.push(
      reason(
        'status',
        `Deze dienst heeft de status '${status}'.`,
        `This service has the status '${status}'.`,
      ),
    );
}

/** Everything a record says about where and how to get the service, besides the item itself. */
function readOfferParts(
  service: ImportableService,
  ctx: HsdsImportContext,
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
) {
  const howToRefer = optionalText(
    service,
    'application_process',
    IMPORT_LIMITS.howToRefer,
    reasons,
  );
  const costs = optionalText(service, 'fees_description', IMPORT_LIMITS.costs, reasons);
  const { gemeenten, wijk } = readServiceAreas(service, ctx, warnings);
  const providerName = str(service.organization?.name) ?? null;
  const contact = readContact(service, providerName ?? undefined, warnings);
  if ((service.service_at_locations?.length ?? 0) > 0)
    warnings.push(
      reason(
        'service_at_locations',
        'Adressen en openingstijden neemt Wegwijs niet over.',
        'Wegwijs does not import addresses and opening hours.',
      ),
    );
  return { offer: { gemeenten, wijk, howToRefer, costs, contact }, providerName };
}

/** Facets that are missing are not a reason to reject, but someone has to fill them in. */
function warnMissingFacets(facets: Facets, warnings: HsdsImportReason[]): void {
  const missing = (list: string[] | undefined, nl: string, en: string) => {
    if ((list ?? []).length === 0)
      warnings.push(
        reason(
          'attributes',
          `Geen ${nl} gevonden. Vul dit aan voordat je het item gebruikt.`,
          `No ${en} found. Fill this in before using the item.`,
        ),
      );
  };
  missing(facets.capitals.primary, 'primair kapitaal', 'primary capital');
  missing(facets.lists.target_groups, 'doelgroep', 'target group');
  missing(facets.lists.phases, 'fase', 'phase');
  missing(facets.lists.domains, 'leefgebied', 'domain');
}

/** The record's own summary, or the first paragraph of its description, within our limit. */
function readSummary(facets: Facets, description: string, warnings: HsdsImportReason[]): string {
  const summary =
    facets.fields.samenvatting?.[0] ?? shorten(firstParagraph(description), IMPORT_LIMITS.summary);
  if (summary.length <= IMPORT_LIMITS.summary) return summary;
  warnings.push(
    reason(
      'attributes',
      'De samenvatting was te lang en is ingekort.',
      'The summary was too long and was shortened.',
    ),
  );
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
    { nl: 'bewijsniveaus', en: 'evidence levels' },
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
      reason(
        'attributes',
        `Teksten langer dan ${IMPORT_LIMITS.listText} tekens zijn weggelaten.`,
        `Texts longer than ${IMPORT_LIMITS.listText} characters were left out.`,
      ),
    );
  return kept;
}

/** The service's web address and the record's own links; anything but http(s) is left out. */
function readLinks(service: ImportableService, facets: Facets, warnings: HsdsImportReason[]) {
  const url = str(service.url);
  if (url && !HTTP_URL.test(url))
    warnings.push(
      reason(
        'url',
        `De link '${url}' is geen webadres; hij is weggelaten.`,
        `The link '${url}' is not a web address; it was left out.`,
      ),
    );
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
    { nl: 'soorten aanpak', en: 'kinds' },
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
    reasons: errors.map((e) => reason(e.path || '(root)', e.message.nl, e.message.en)),
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
