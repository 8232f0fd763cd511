import type { CatalogueItem, LocalOffer } from '../catalogue/types';
import { NATIONAL_ORGANIZATION_ID, organizationIdFor, serviceIdForItem, wegwijsUuid } from './ids';
import {
  toHsdsFieldTerm,
  toHsdsTaxonomyTerm,
  type FieldCode,
  type TaxonomyOptions,
} from './taxonomy';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsOrganisationInput,
  HsdsOrganization,
  HsdsPage,
  HsdsService,
  HsdsServiceArea,
  HsdsTaxonomyTerm,
  HsdsVocabularies,
  VocabularyName,
} from './types';

// A catalogue item (national or local) with its local offers, as one HSDS 3.0 service. The mapping
// and the reasons behind it: docs/decisions/0204-hsds-exchange.md. In short:
// - capitals, phases, target groups etc. are taxonomy terms attached as attributes; a capital's
//   attribute `value` says 'primary' or 'secondary';
// - each gemeente of an offer is a service_area (name + TOOI URI), not a location;
// - national items hang under one fixed organization, 'Wegwijs – landelijke wegwijzer'; local items
//   under the werkorganisatie that owns them;
// - a contact goes out only when the organisation marked it public, unless the caller asks for all.

export type HsdsExportOptions = TaxonomyOptions & {
  /** 'public-only' for the public API and public files; 'all' only for the organisation itself. */
  includeContacts: 'public-only' | 'all';
};

/** The Dutch government's identifier of a gemeente (TOOI), from its CBS code ('GM0363'). */
export function gemeenteUri(code: string): string {
  return `https://identifier.overheid.nl/tooi/id/gemeente/${code.toLowerCase()}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;

function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** 'a', 'a en b', 'a, b en c'. */
function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

const NATIONAL_DESCRIPTION =
  'Wegwijs beschrijft landelijke aanpakken, methodes en regelingen tegen armoede. Sociaal ' +
  'werkers zien hier wat een aanpak doet, voor wie hij is en wie hem in hun gemeente aanbiedt.';

/** The organization under which the national catalogue is published. */
export function nationalOrganization(options: TaxonomyOptions): HsdsOrganization {
  const website = options.baseUrl.trim().replace(/\/+$/, '');
  return {
    id: NATIONAL_ORGANIZATION_ID,
    name: 'Wegwijs – landelijke wegwijzer',
    description: NATIONAL_DESCRIPTION,
    ...optional('website', HTTP_URL.test(website) ? website : undefined),
  };
}

function organisationDescription(org: HsdsOrganisationInput): string {
  const own = org.description?.trim();
  if (own) return own;
  const gemeenten = (org.gemeenten ?? []).map((g) => g.name);
  return gemeenten.length > 0
    ? `${org.name} is een organisatie voor sociaal werk. Ze werkt in ${joinDutch(gemeenten)}.`
    : `${org.name} is een organisatie voor sociaal werk.`;
}

/** The one-to-one fields of a service: what an HSDS list shows (compiled/service_list.json). */
export function toHsdsServiceSummary(service: HsdsService): HsdsService {
  const {
    service_areas: _areas,
    contacts: _contacts,
    attributes: _attributes,
    organization,
    ...summary
  } = service;
  return organization
    ? { ...summary, organization: toHsdsOrganizationSummary(organization) }
    : summary;
}

/** The one-to-one fields of an organization (compiled/organization_list.json). */
export function toHsdsOrganizationSummary(org: HsdsOrganization): HsdsOrganization {
  const { services: _services, ...summary } = org;
  return summary;
}

/**
 * A werkorganisatie as an HSDS organization. Pass `services` for the fully nested form of
 * GET /organizations/{id}; they are listed with their one-to-one fields only.
 */
export function toHsdsOrganization(
  org: HsdsOrganisationInput,
  options: { services?: readonly HsdsService[] } = {},
): HsdsOrganization {
  const website = org.website?.trim();
  const email = org.email?.trim();
  return {
    id: organizationIdFor(org.id),
    name: org.name,
    description: organisationDescription(org),
    ...optional('email', email && EMAIL.test(email) ? email : undefined),
    ...optional('website', website && HTTP_URL.test(website) ? website : undefined),
    ...optional(
      'parent_organization_id',
      org.parentId ? organizationIdFor(org.parentId) : undefined,
    ),
    ...(options.services
      ? {
          services: options.services.map((s) => {
            const { organization: _org, ...rest } = toHsdsServiceSummary(s);
            return rest;
          }),
        }
      : {}),
  };
}

function attribute(
  serviceId: string,
  key: string,
  linkEntity: string,
  linkId: string,
  term: HsdsTaxonomyTerm,
  linkType: string,
  value?: string,
): HsdsAttribute {
  return {
    id: wegwijsUuid(`attribute:${serviceId}:${key}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    ...optional('value', value),
  };
}

function serviceAttributes(
  item: CatalogueItem,
  serviceId: string,
  vocabularies: HsdsVocabularies,
  options: TaxonomyOptions,
): HsdsAttribute[] {
  const out: HsdsAttribute[] = [];
  const vocab = (taxonomy: VocabularyName, id: string, value?: string) => {
    // Ids that are not in the vocabulary (an old local item, say) cannot be described; skip them.
    const term = toHsdsTaxonomyTerm(vocabularies, taxonomy, id, options);
    if (term)
      out.push(
        attribute(serviceId, `${taxonomy}:${id}`, 'service', serviceId, term, taxonomy, value),
      );
  };
  const field = (code: FieldCode, value: string | undefined, n = 0) => {
    const text = value?.trim();
    if (!text) return;
    const term = toHsdsFieldTerm(code, options);
    out.push(
      attribute(serviceId, `fields:${code}:${n}`, 'service', serviceId, term, 'fields', text),
    );
  };

  item.capitals.primary.forEach((c) => vocab('capitals', c, 'primary'));
  item.capitals.secondary.forEach((c) => vocab('capitals', c, 'secondary'));
  item.phases.forEach((id) => vocab('phases', id));
  item.povertyTypes.forEach((id) => vocab('poverty_types', id));
  item.targetGroups.forEach((id) => vocab('target_groups', id));
  item.lifeEvents.forEach((id) => vocab('life_events', id));
  item.domains.forEach((id) => vocab('domains', id));
  vocab('kinds', item.kind);
  vocab('evidence_levels', item.evidence.level);

  field('samenvatting', item.summary);
  item.workingElements.forEach((text, n) => field('werkzaam-element', text, n));
  field('bewijs-bron', item.evidence.source);
  field('bewijs-datum', item.evidence.date);
  field('bewijs-toelichting', item.evidence.note);
  item.providers.forEach((text, n) => field('aanbieder', text, n));
  item.links.filter((l) => HTTP_URL.test(l)).forEach((text, n) => field('link', text, n));
  return out;
}

function eligibility(item: CatalogueItem, vocabularies: HsdsVocabularies): string | undefined {
  const labels = item.targetGroups
    .map((id) => vocabularies.target_groups.find((e) => e.id === id)?.nl)
    .filter((l): l is string => l !== undefined);
  const parts: string[] = [];
  if (labels.length > 0) parts.push(`Voor wie: ${joinDutch(labels)}.`);
  if (item.ageRange)
    parts.push(`Leeftijd: van ${item.ageRange.min} tot en met ${item.ageRange.max} jaar.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** One text for a field that each offer may fill differently; labelled per organisation if so. */
function combinedOfferText(
  offers: readonly LocalOffer[],
  pick: (o: LocalOffer) => string | null,
): string | undefined {
  const filled = offers
    .map((o) => ({ org: o.organisationName, text: pick(o)?.trim() ?? '' }))
    .filter((o) => o.text !== '');
  const distinct = [...new Set(filled.map((o) => o.text))];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return distinct[0];
  return filled.map((o) => `${o.org}: ${o.text}`).join('\n\n');
}

function serviceAreas(
  offers: readonly LocalOffer[],
  serviceId: string,
  options: TaxonomyOptions,
): HsdsServiceArea[] {
  return offers.flatMap((offer) =>
    offer.gemeenten.map((g): HsdsServiceArea => {
      const id = wegwijsUuid(`service_area:${offer.id}:${g.code}`);
      const wijk = offer.wijk?.trim();
      return {
        id,
        service_id: serviceId,
        name: g.name,
        description: wijk
          ? `${offer.organisationName} biedt dit aan in ${g.name}, in de wijk ${wijk}.`
          : `${offer.organisationName} biedt dit aan in ${g.name}.`,
        uri: gemeenteUri(g.code),
        ...(wijk
          ? {
              attributes: [
                attribute(
                  serviceId,
                  `service_area:${offer.id}:${g.code}:wijk`,
                  'service_area',
                  id,
                  toHsdsFieldTerm('wijk', options),
                  'fields',
                  wijk,
                ),
              ],
            }
          : {}),
      };
    }),
  );
}

function contacts(
  offers: readonly LocalOffer[],
  serviceId: string,
  options: HsdsExportOptions,
): HsdsContact[] {
  return offers.flatMap((offer): HsdsContact[] => {
    const c = offer.contact;
    if (!c) return [];
    if (options.includeContacts !== 'all' && c.public !== true) return [];
    const id = wegwijsUuid(`contact:${offer.id}`);
    const phone = c.phone?.trim();
    const email = c.email?.trim();
    return [
      {
        id,
        organization_id: organizationIdFor(offer.organisationId),
        service_id: serviceId,
        ...optional('name', c.name ?? undefined),
        ...optional('title', c.function?.trim() || undefined),
        ...optional('email', email && EMAIL.test(email) ? email : undefined),
        ...(phone
          ? { phones: [{ id: wegwijsUuid(`phone:${offer.id}`), contact_id: id, number: phone }] }
          : {}),
        attributes: [
          attribute(
            serviceId,
            `contact:${offer.id}:public`,
            'contact',
            id,
            toHsdsFieldTerm('contact-openbaar', options),
            'fields',
            c.public ? 'ja' : 'nee',
          ),
        ],
      },
    ];
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One catalogue item as an HSDS service, with the given local offers (offers for other items are
 * ignored). `organisations` must contain the owner of a local item.
 */
export function toHsdsService(
  item: CatalogueItem,
  offers: readonly LocalOffer[],
  organisations: readonly HsdsOrganisationInput[],
  vocabularies: HsdsVocabularies,
  options: HsdsExportOptions,
): HsdsService {
  const serviceId = serviceIdForItem(item.id);
  let organization: HsdsOrganization;
  if (item.origin === 'local') {
    const owner = organisations.find((o) => o.id === item.organisationId);
    if (!owner)
      throw new Error(
        `HSDS export: the organisation '${item.organisationId}' that owns '${item.id}' was not given`,
      );
    organization = toHsdsOrganization(owner);
  } else {
    organization = nationalOrganization(options);
  }
  // Sorted, so the same data always gives the same document, whatever order the database used.
  const own = offers
    .filter((o) => o.interventionId === item.id)
    .sort((a, b) => compareText(a.organisationName, b.organisationName) || compareText(a.id, b.id));
  const areas = serviceAreas(own, serviceId, options);
  const people = contacts(own, serviceId, options);
  const url = item.links.find((l) => HTTP_URL.test(l));

  return {
    id: serviceId,
    organization_id: organization.id,
    name: item.name,
    description: item.description,
    ...optional('url', url),
    status: 'active',
    ...optional(
      'application_process',
      combinedOfferText(own, (o) => o.howToRefer),
    ),
    ...optional(
      'fees_description',
      combinedOfferText(own, (o) => o.costs),
    ),
    ...optional('eligibility_description', eligibility(item, vocabularies)),
    ...optional('minimum_age', item.ageRange?.min),
    ...optional('maximum_age', item.ageRange?.max),
    ...optional('assured_date', item.lastReviewed || undefined),
    ...(areas.length > 0 ? { service_areas: areas } : {}),
    organization,
    ...(people.length > 0 ? { contacts: people } : {}),
    attributes: serviceAttributes(item, serviceId, vocabularies, options),
  };
}

export type PageInput = { total: number; page: number; perPage: number };

function checkPage<T>(contents: readonly T[], { total, page, perPage }: PageInput): void {
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (!whole(total, 0) || !whole(page, 1) || !whole(perPage, 1))
    throw new Error(
      `HSDS page: total must be ≥ 0, page and perPage ≥ 1 (whole numbers); got ${total}, ${page}, ${perPage}`,
    );
  if (contents.length > perPage)
    throw new Error(`HSDS page: ${contents.length} items do not fit a page of ${perPage}`);
}

/**
 * The HSDS API paging envelope around one page of results. Pages count from 1; `size` is the number
 * of entities on this page (openapi.json › Page); `empty` is true when this page has none.
 */
export function toHsdsPage<T>(contents: readonly T[], input: PageInput): HsdsPage<T> {
  checkPage(contents, input);
  const totalPages = Math.ceil(input.total / input.perPage);
  return {
    total_items: input.total,
    total_pages: totalPages,
    page_number: input.page,
    size: contents.length,
    first_page: input.page === 1,
    last_page: input.page >= totalPages,
    empty: contents.length === 0,
    contents: [...contents],
  };
}

/** One page of an in-memory list (taxonomy terms, taxonomies). */
export function slicePage<T>(all: readonly T[], page: number, perPage: number): HsdsPage<T> {
  const start = (page - 1) * perPage;
  return toHsdsPage(all.slice(Math.max(0, start), Math.max(0, start) + perPage), {
    total: all.length,
    page,
    perPage,
  });
}

/**
 * GET /services: a page of services. By default each service has its one-to-one fields only, as the
 * HSDS list format prescribes; `full: true` (the API's `full` parameter) keeps everything nested.
 */
export function toHsdsServiceListPage(
  input: PageInput & { items: readonly HsdsService[]; full?: boolean },
): HsdsPage<HsdsService> {
  const contents = input.full ? input.items : input.items.map(toHsdsServiceSummary);
  return toHsdsPage(contents, input);
}

/** GET /organizations: a page of organizations with their one-to-one fields. */
export function toHsdsOrganizationListPage(
  input: PageInput & { items: readonly HsdsOrganization[] },
): HsdsPage<HsdsOrganization> {
  return toHsdsPage(input.items.map(toHsdsOrganizationSummary), input);
}
