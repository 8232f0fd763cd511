import type { CatalogueItem, Contact, LocalOffer } from '../catalogue/types';
import { NATIONAL_ORGANIZATION_ID } from './ids';
import { buildTermIndex, FIELDS_TAXONOMY, VOCABULARY_NAMES, type TermIndex } from './taxonomy';
import {
  hsdsServiceStatuses,
  type HsdsImportReason,
  type HsdsServiceStatus,
  type HsdsVocabularies,
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
  /** Checks one record against the official schema (src/contract/hsds); errors reject it. */
  validateRecord?: (record: unknown) => readonly HsdsSchemaError[];
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
  attributes: unknown,
  path: string,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
  reasons: HsdsImportReason[],
): Facets {
  const facets: Facets = { capitals: { primary: [], secondary: [] }, lists: {}, fields: {} };
  if (attributes === undefined) return facets;
  if (!Array.isArray(attributes)) {
    reasons.push(
      reason(
        path,
        'Dit veld moet een lijst met attributen zijn.',
        'This field must be a list of attributes.',
      ),
    );
    return facets;
  }
  const push = (bag: Record<string, string[]>, key: string, value: string) => {
    const list = (bag[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  attributes.forEach((raw, i) => {
    const at = join(path, i);
    if (!isObject(raw)) {
      warnings.push(
        reason(
          at,
          'Dit attribuut is geen object; het is overgeslagen.',
          'This attribute is not an object; it was skipped.',
        ),
      );
      return;
    }
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
    const value = typeof raw.value === 'string' ? raw.value.trim() : '';
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

/** A string field that may be absent; a wrong type or a too-long text rejects the record. */
function optionalText(
  record: Obj,
  field: string,
  max: number,
  reasons: HsdsImportReason[],
  clean: (s: string) => string = (s) => s.trim(),
): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    reasons.push(reason(field, 'Dit veld moet tekst zijn.', 'This field must be text.'));
    return null;
  }
  const text = clean(value);
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
  record: Obj,
  field: 'minimum_age' | 'maximum_age',
  reasons: HsdsImportReason[],
  warnings: HsdsImportReason[],
): number | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    reasons.push(reason(field, 'Vul een leeftijd in als getal.', 'Enter an age as a number.'));
    return null;
  }
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

function readServiceAreas(
  record: Obj,
  ctx: HsdsImportContext,
  warnings: HsdsImportReason[],
  reasons: HsdsImportReason[],
): { gemeenten: { code: string; name: string }[]; wijk: string | null } {
  const areas = record.service_areas;
  const gemeenten: { code: string; name: string }[] = [];
  const wijken: string[] = [];
  if (areas === undefined || areas === null) return { gemeenten, wijk: null };
  if (!Array.isArray(areas)) {
    reasons.push(
      reason(
        'service_areas',
        'Dit veld moet een lijst met werkgebieden zijn.',
        'This field must be a list of service areas.',
      ),
    );
    return { gemeenten, wijk: null };
  }
  areas.forEach((area, i) => {
    const at = join('service_areas', i);
    if (!isObject(area)) return;
    const name = str(area.name);
    const codeMatch = [str(area.uri), name, str(area.extent)]
      .map((v) => (v ? /(?:^|[^a-z0-9])gm(\d{4})(?![0-9])/i.exec(v) : null))
      .find((m) => m !== null);
    const known = codeMatch
      ? (ctx.gemeentenByCode.get(`GM${codeMatch[1]}`) ?? {
          code: `GM${codeMatch[1]}`,
          name: name ?? `GM${codeMatch[1]}`,
        })
      : name
        ? ctx.gemeentenByName.get(normaliseName(name))
        : undefined;
    if (!known) {
      warnings.push(
        reason(
          at,
          `Het werkgebied '${name ?? '?'}' herkennen we niet als gemeente; het is overgeslagen.`,
          `The service area '${name ?? '?'}' is not a gemeente we recognise; it was skipped.`,
        ),
      );
      return;
    }
    if (!gemeenten.some((g) => g.code === known.code)) gemeenten.push(known);
    const facets = readAttributes(area.attributes, join(at, 'attributes'), ctx, warnings, reasons);
    for (const w of facets.fields.wijk ?? []) if (!wijken.includes(w)) wijken.push(w);
  });
  if (wijken.length > 1)
    warnings.push(
      reason(
        'service_areas',
        `Er staan meer wijken in het bestand; we nemen alleen '${wijken[0]}' over.`,
        `The file names several neighbourhoods; only '${wijken[0]}' is kept.`,
      ),
    );
  let wijk = wijken[0] ?? null;
  if (wijk && wijk.length > IMPORT_LIMITS.wijk) {
    warnings.push(
      reason(
        'service_areas',
        'De naam van de wijk is te lang; die is weggelaten.',
        'The neighbourhood name is too long; it was left out.',
      ),
    );
    wijk = null;
  }
  return { gemeenten, wijk };
}

function readContact(
  record: Obj,
  organizationName: string | undefined,
  warnings: HsdsImportReason[],
): Contact | null {
  const candidates: { path: string; raw: Obj }[] = [];
  if (Array.isArray(record.contacts))
    record.contacts.forEach((c, i) => {
      if (isObject(c)) candidates.push({ path: join('contacts', i), raw: c });
    });
  if (candidates.length === 0) {
    // No named contact: the service's own phone and email still tell people where to go.
    const phones = Array.isArray(record.phones) ? record.phones : [];
    if (str(record.email) || phones.length > 0)
      candidates.push({ path: '', raw: { email: record.email, phones } });
  }
  for (const { path, raw } of candidates) {
    const phoneRaw = Array.isArray(raw.phones)
      ? raw.phones.map((p) => (isObject(p) ? str(p.number) : undefined)).find(Boolean)
      : undefined;
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
    const isPublic = Array.isArray(raw.attributes)
      ? raw.attributes.some(
          (a) =>
            isObject(a) &&
            isObject(a.taxonomy_term) &&
            str(a.taxonomy_term.code) === 'contact-openbaar' &&
            ['ja', 'yes', 'true'].includes(String(a.value).toLowerCase()),
        )
      : false;
    if (candidates.length > 1)
      warnings.push(
        reason(
          'contacts',
          `Er staan ${candidates.length} contacten in dit record; we nemen alleen het eerste bruikbare over.`,
          `This record has ${candidates.length} contacts; only the first usable one is kept.`,
        ),
      );
    return { name, function: fn, phone, email, public: isPublic };
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

/** Checks and converts one record. `seen` holds the ids of earlier records in the same file. */
export function importHsdsRecord(
  record: unknown,
  index: number,
  ctx: HsdsImportContext,
  seen: Set<string> = new Set(),
): HsdsImportRecord {
  const reasons: HsdsImportReason[] = [];
  const warnings: HsdsImportReason[] = [];
  if (!isObject(record))
    return {
      index,
      hsdsId: null,
      name: null,
      status: 'rejected',
      reasons: [
        reason(
          '(root)',
          'Dit record is geen HSDS-dienst (geen object).',
          'This record is not an HSDS service (not an object).',
        ),
      ],
      warnings,
    };

  for (const e of ctx.options.validateRecord?.(record) ?? [])
    reasons.push(reason(e.path || '(root)', e.message.nl, e.message.en));
  const schemaCount = reasons.length;

  // Identity.
  const rawId = record.id;
  const hsdsId = typeof rawId === 'string' && rawId.trim() !== '' ? rawId.trim() : null;
  if (hsdsId === null)
    reasons.push(
      reason(
        'id',
        'Het id ontbreekt. Zonder id kunnen we het record later niet terugvinden.',
        'The id is missing. Without an id the record cannot be matched later.',
      ),
    );
  else if (!isUuid(hsdsId))
    reasons.push(
      reason(
        'id',
        `Het id '${hsdsId}' is geen UUID, zoals HSDS 3.0 vraagt.`,
        `The id '${hsdsId}' is not a UUID, as HSDS 3.0 requires.`,
      ),
    );
  else if (seen.has(hsdsId.toLowerCase()))
    reasons.push(
      reason(
        'id',
        `Het id '${hsdsId}' staat al eerder in dit bestand.`,
        `The id '${hsdsId}' already appears earlier in this file.`,
      ),
    );
  if (hsdsId && isUuid(hsdsId)) seen.add(hsdsId.toLowerCase());

  // Name and description are required.
  const name = typeof record.name === 'string' ? record.name.replace(/\s+/g, ' ').trim() : '';
  if (name === '') reasons.push(reason('name', 'De naam ontbreekt.', 'The name is missing.'));
  else if (name.length > IMPORT_LIMITS.name)
    reasons.push(
      reason(
        'name',
        `De naam is te lang: ${name.length} tekens, hoogstens ${IMPORT_LIMITS.name}.`,
        `The name is too long: ${name.length} characters, at most ${IMPORT_LIMITS.name}.`,
      ),
    );
  const description = typeof record.description === 'string' ? plainText(record.description) : '';
  if (description === '')
    reasons.push(
      reason('description', 'De beschrijving ontbreekt.', 'The description is missing.'),
    );
  else if (description.length > IMPORT_LIMITS.description)
    reasons.push(
      reason(
        'description',
        `De beschrijving is te lang: ${description.length} tekens, hoogstens ${IMPORT_LIMITS.description}.`,
        `The description is too long: ${description.length} characters, at most ${IMPORT_LIMITS.description}.`,
      ),
    );

  const rawStatus = record.status;
  let hsdsStatus: HsdsServiceStatus | undefined;
  if (rawStatus === undefined)
    reasons.push(
      reason(
        'status',
        "De status ontbreekt; HSDS vraagt bijvoorbeeld 'active'.",
        "The status is missing; HSDS requires one, such as 'active'.",
      ),
    );
  else if (!hsdsServiceStatuses.includes(rawStatus as HsdsServiceStatus))
    reasons.push(
      reason(
        'status',
        `De status '${String(rawStatus)}' bestaat niet. Kies uit: ${hsdsServiceStatuses.join(', ')}.`,
        `The status '${String(rawStatus)}' does not exist. Choose from: ${hsdsServiceStatuses.join(', ')}.`,
      ),
    );
  else {
    hsdsStatus = rawStatus as HsdsServiceStatus;
    if (hsdsStatus !== 'active')
      warnings.push(
        reason(
          'status',
          `Deze dienst heeft de status '${hsdsStatus}'.`,
          `This service has the status '${hsdsStatus}'.`,
        ),
      );
  }

  const min = readAge(record, 'minimum_age', reasons, warnings);
  const max = readAge(record, 'maximum_age', reasons, warnings);
  if (min !== null && max !== null && min > max)
    reasons.push(
      reason(
        'maximum_age',
        `De hoogste leeftijd (${max}) is lager dan de laagste (${min}).`,
        `The highest age (${max}) is lower than the lowest (${min}).`,
      ),
    );

  const howToRefer = optionalText(
    record,
    'application_process',
    IMPORT_LIMITS.howToRefer,
    reasons,
    plainText,
  );
  const costs = optionalText(record, 'fees_description', IMPORT_LIMITS.costs, reasons, plainText);

  const facets = readAttributes(record.attributes, 'attributes', ctx, warnings, reasons);
  const { gemeenten, wijk } = readServiceAreas(record, ctx, warnings, reasons);
  const organization = isObject(record.organization) ? record.organization : undefined;
  const providerName = str(organization?.name) ?? null;
  const contact = readContact(record, providerName ?? undefined, warnings);

  if (Array.isArray(record.service_at_locations) && record.service_at_locations.length > 0)
    warnings.push(
      reason(
        'service_at_locations',
        'Adressen en openingstijden neemt Wegwijs niet over.',
        'Wegwijs does not import addresses and opening hours.',
      ),
    );

  if (reasons.length > 0) {
    // One reason per field: the schema's, when it already named the field.
    const schemaPaths = new Set(reasons.slice(0, schemaCount).map((r) => r.path));
    const own = reasons.slice(schemaCount).filter((r) => !schemaPaths.has(r.path));
    return {
      index,
      hsdsId,
      name: name || null,
      status: 'rejected',
      reasons: [...reasons.slice(0, schemaCount), ...own],
      warnings,
    };
  }

  // Facets: missing ones are not a reason to reject, but someone has to fill them in.
  const f = facets.fields;
  const missing = (list: string[], nl: string, en: string) => {
    if (list.length === 0)
      warnings.push(
        reason(
          'attributes',
          `Geen ${nl} gevonden. Vul dit aan voordat je het item gebruikt.`,
          `No ${en} found. Fill this in before using the item.`,
        ),
      );
  };
  const targetGroups = facets.lists.target_groups ?? [];
  const phases = facets.lists.phases ?? [];
  const domains = facets.lists.domains ?? [];
  missing(facets.capitals.primary, 'primair kapitaal', 'primary capital');
  missing(targetGroups, 'doelgroep', 'target group');
  missing(phases, 'fase', 'phase');
  missing(domains, 'leefgebied', 'domain');

  const kind = pickOne(
    facets.lists.kinds,
    ctx.vocabularies.kinds,
    'voorziening',
    'attributes',
    { nl: 'soorten aanpak', en: 'kinds' },
    warnings,
  );
  const level = pickOne(
    facets.lists.evidence_levels,
    ctx.vocabularies.evidence_levels,
    'niet-onderzocht',
    'attributes',
    { nl: 'bewijsniveaus', en: 'evidence levels' },
    warnings,
  );

  let summary = f.samenvatting?.[0] ?? shorten(firstParagraph(description), IMPORT_LIMITS.summary);
  if (summary.length > IMPORT_LIMITS.summary) {
    summary = shorten(summary, IMPORT_LIMITS.summary);
    warnings.push(
      reason(
        'attributes',
        'De samenvatting was te lang en is ingekort.',
        'The summary was too long and was shortened.',
      ),
    );
  }

  const assured = str(record.assured_date) ?? str(record.last_modified);
  const evidenceDate =
    f['bewijs-datum']?.find((d) => SOURCE_DATE.test(d)) ??
    (assured && /^\d{4}/.test(assured) ? assured.slice(0, 4) : ctx.options.peildatum.slice(0, 4));
  const source =
    f['bewijs-bron']?.[0] ??
    (providerName
      ? `Overgenomen uit HSDS-gegevens van ${providerName}`
      : 'Overgenomen uit HSDS-gegevens');
  const note = f['bewijs-toelichting']?.[0];

  const fitting = (list: string[] | undefined, path: string): string[] => {
    const kept = (list ?? []).filter((t) => t.length <= IMPORT_LIMITS.listText);
    if (kept.length < (list ?? []).length)
      warnings.push(
        reason(
          path,
          `Teksten langer dan ${IMPORT_LIMITS.listText} tekens zijn weggelaten.`,
          `Texts longer than ${IMPORT_LIMITS.listText} characters were left out.`,
        ),
      );
    return kept;
  };
  const url = str(record.url);
  if (url && !HTTP_URL.test(url))
    warnings.push(
      reason(
        'url',
        `De link '${url}' is geen webadres; hij is weggelaten.`,
        `The link '${url}' is not a web address; it was left out.`,
      ),
    );
  const links = [
    ...new Set([url, ...(f.link ?? [])].filter((l): l is string => !!l && HTTP_URL.test(l))),
  ];
  const ownProviders = fitting(f.aanbieder, 'attributes');
  const providers =
    ownProviders.length > 0
      ? ownProviders
      : providerName &&
          organization?.id !== NATIONAL_ORGANIZATION_ID &&
          providerName.length <= IMPORT_LIMITS.listText
        ? [providerName]
        : [];

  const item: ImportedItem = {
    name,
    kind,
    summary,
    description,
    capitals: facets.capitals as ImportedItem['capitals'],
    workingElements: fitting(f['werkzaam-element'], 'attributes'),
    targetGroups,
    ageRange:
      min === null && max === null ? null : { min: min ?? 0, max: max ?? IMPORT_LIMITS.ageMax },
    phases: phases as ImportedItem['phases'],
    povertyTypes: (facets.lists.poverty_types ?? []) as ImportedItem['povertyTypes'],
    lifeEvents: facets.lists.life_events ?? [],
    domains,
    evidence: {
      level,
      source: shorten(source, 300),
      date: evidenceDate,
      ...(note ? { note: shorten(note, 600) } : {}),
    },
    providers,
    links,
  };
  const hasOffer = gemeenten.length > 0 || wijk || howToRefer || costs || contact;
  return {
    index,
    hsdsId,
    name,
    status: 'valid',
    reasons,
    warnings,
    ...(hsdsStatus ? { hsdsStatus } : {}),
    providerName,
    item,
    offers: hasOffer ? [{ gemeenten, wijk, howToRefer, costs, contact }] : [],
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
