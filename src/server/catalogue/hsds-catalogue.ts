import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { catalogueVersion, loadIndexData } from '../../db/catalogue/catalogue.repository';
import {
  getOrganisation,
  listWerkorganisaties,
} from '../../db/repositories/organisations.repository';
import type { CatalogueItem, LocalOffer } from '../../domain/catalogue/types';
import {
  nationalOrganization,
  toHsdsOrganization,
  toHsdsService,
  type HsdsOrganisationInput,
  type HsdsOrganization,
  type HsdsService,
  type HsdsVocabularies,
} from '../../domain/hsds';

/** The public address of this installation, for URIs in HSDS documents. */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

export type PublishedCatalogue = {
  services: HsdsService[];
  organizations: HsdsOrganization[];
  /** For filtering services on taxonomy terms without walking every attribute per request. */
  termsByService: Map<string, Set<string>>;
};

async function organisationInputs(db: Db): Promise<HsdsOrganisationInput[]> {
  const orgs = await listWerkorganisaties(db);
  return Promise.all(
    orgs.map(async (o) => {
      const full = await getOrganisation(db, o.id);
      return {
        id: o.id,
        name: o.name,
        parentId: full?.koepel?.id ?? null,
        gemeenten: full?.gemeenten ?? [],
      };
    }),
  );
}

function services(
  items: CatalogueItem[],
  offers: LocalOffer[],
  organisations: HsdsOrganisationInput[],
  vocabularies: HsdsVocabularies,
  options: { baseUrl: string; includeContacts: 'public-only' | 'all' },
) {
  const byItem = new Map<string, LocalOffer[]>();
  for (const o of offers)
    byItem.set(o.interventionId, [...(byItem.get(o.interventionId) ?? []), o]);
  return items
    .filter((i) => i.origin === 'national' || organisations.some((o) => o.id === i.organisationId))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id))
    .map((i) => toHsdsService(i, byItem.get(i.id) ?? [], organisations, vocabularies, options));
}

/**
 * The published catalogue as HSDS, rebuilt only when the catalogue changes. Contacts appear only
 * where the organisation marked them public.
 */
export function publishedCatalogue(db: Db, vocabularies: HsdsVocabularies) {
  let cached: { version: number; base: string; value: PublishedCatalogue } | undefined;
  return async (base: string): Promise<PublishedCatalogue> => {
    const version = await catalogueVersion(db);
    if (cached && cached.version === version && cached.base === base) return cached.value;
    const { items, offers } = await loadIndexData(db);
    const organisations = await organisationInputs(db);
    const list = services(items, offers, organisations, vocabularies, {
      baseUrl: base,
      includeContacts: 'public-only',
    });
    const value: PublishedCatalogue = {
      services: list,
      organizations: [
        nationalOrganization({ baseUrl: base }),
        ...organisations.map((o) => toHsdsOrganization(o)),
      ],
      termsByService: new Map(
        list.map((s) => [s.id, new Set((s.attributes ?? []).map((a) => a.taxonomy_term_id ?? ''))]),
      ),
    };
    cached = { version, base, value };
    return value;
  };
}

/** An organisation's export: the national catalogue plus its own local items and offers, with all its contacts. */
export async function organisationExport(
  db: Db,
  organisationId: string,
  vocabularies: HsdsVocabularies,
  base: string,
) {
  const { items, offers } = await loadIndexData(db);
  const organisations = (await organisationInputs(db)).filter((o) => o.id === organisationId);
  const own = items.filter((i) => i.origin === 'national' || i.organisationId === organisationId);
  return services(
    own,
    offers.filter((o) => o.organisationId === organisationId),
    organisations,
    vocabularies,
    {
      baseUrl: base,
      includeContacts: 'all',
    },
  );
}
