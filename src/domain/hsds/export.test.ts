import { describe, expect, it } from 'vitest';
import {
  gemeenteUri,
  slicePage,
  toHsdsOrganization,
  toHsdsPage,
  toHsdsService,
  toHsdsServiceListPage,
  type HsdsExportOptions,
} from './export';
import { NATIONAL_ORGANIZATION_ID, serviceIdForItem, termIdFor } from './ids';
import {
  localItem,
  nationalItem,
  offer,
  ORG_ID,
  organisations,
  OTHER_ORG_ID,
  vocabularies,
} from './test-fixtures';
import type { HsdsAttribute, HsdsService } from './types';

const publicOnly: HsdsExportOptions = {
  includeContacts: 'public-only',
  baseUrl: 'https://wegwijs.example.nl/',
};

function termsOf(service: HsdsService, taxonomy: string): { code?: string; value?: string }[] {
  return (service.attributes ?? [])
    .filter((a: HsdsAttribute) => a.link_type === taxonomy)
    .map((a) => ({ code: a.taxonomy_term?.code, value: a.value }));
}

describe('toHsdsService', () => {
  it('hangs a national item under the Wegwijs organization, with a stable id', () => {
    const service = toHsdsService(nationalItem, [], organisations, vocabularies, publicOnly);
    expect(service.id).toBe(serviceIdForItem('budgetmaatjes'));
    expect(service.organization?.id).toBe(NATIONAL_ORGANIZATION_ID);
    expect(service.organization_id).toBe(NATIONAL_ORGANIZATION_ID);
    expect(service.organization?.website).toBe('https://wegwijs.example.nl');
    expect(service.status).toBe('active');
  });

  it('hangs a local item under the werkorganisatie that owns it', () => {
    const service = toHsdsService(localItem, [], organisations, vocabularies, publicOnly);
    expect(service.id).toBe('7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d');
    expect(service.organization).toMatchObject({ id: ORG_ID, name: 'Sociaal Werk Noord' });
    // Without a description of its own, the organisation gets one from its name and gemeenten.
    expect(service.organization?.description).toContain('Zwolle');
  });

  it('refuses a local item whose owner is not given', () => {
    expect(() => toHsdsService(localItem, [], [], vocabularies, publicOnly)).toThrow(
      /organisation/,
    );
  });

  it('marks capitals as primary or secondary in the attribute value', () => {
    const service = toHsdsService(nationalItem, [], organisations, vocabularies, publicOnly);
    expect(termsOf(service, 'capitals')).toEqual([
      { code: 'economisch', value: 'primary' },
      { code: 'sociaal', value: 'secondary' },
    ]);
    const economisch = service.attributes?.find((a) => a.taxonomy_term?.code === 'economisch');
    expect(economisch?.taxonomy_term_id).toBe(termIdFor('capitals', 'economisch'));
    expect(economisch?.taxonomy_term?.name).toBe('Economisch kapitaal');
  });

  it('carries every facet as a term and the extra fields as values', () => {
    const service = toHsdsService(nationalItem, [], organisations, vocabularies, publicOnly);
    expect(termsOf(service, 'target_groups').map((t) => t.code)).toEqual(['schulden', 'gezinnen']);
    expect(termsOf(service, 'phases').map((t) => t.code)).toEqual(['ondersteunen']);
    expect(termsOf(service, 'kinds').map((t) => t.code)).toEqual(['interventie']);
    expect(termsOf(service, 'evidence_levels').map((t) => t.code)).toEqual(['goed-beschreven']);
    expect(termsOf(service, 'fields')).toEqual(
      expect.arrayContaining([
        { code: 'samenvatting', value: nationalItem.summary },
        { code: 'werkzaam-element', value: 'Vaste vrijwilliger' },
        { code: 'bewijs-datum', value: '2024-05' },
        { code: 'aanbieder', value: 'Tintengroep' },
      ]),
    );
    expect(service.minimum_age).toBe(18);
    expect(service.maximum_age).toBe(67);
    expect(service.url).toBe('https://example.org/budgetmaatjes');
    expect(service.eligibility_description).toContain(
      'Mensen met schulden en Gezinnen met kinderen',
    );
  });

  it('skips vocabulary ids that the vocabularies do not know', () => {
    const item = { ...nationalItem, targetGroups: ['schulden', 'bestaat-niet'] };
    const service = toHsdsService(item, [], organisations, vocabularies, publicOnly);
    expect(termsOf(service, 'target_groups').map((t) => t.code)).toEqual(['schulden']);
  });

  it('makes each gemeente of an offer a service area with its TOOI identifier and the wijk', () => {
    const twoPlaces = offer({
      gemeenten: [
        { code: 'GM0193', name: 'Zwolle' },
        { code: 'GM0148', name: 'Dalfsen' },
      ],
    });
    const service = toHsdsService(
      nationalItem,
      [twoPlaces],
      organisations,
      vocabularies,
      publicOnly,
    );
    expect(service.service_areas?.map((a) => [a.name, a.uri])).toEqual([
      ['Zwolle', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0193'],
      ['Dalfsen', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0148'],
    ]);
    expect(service.service_areas?.[0]?.description).toBe(
      'Sociaal Werk Noord biedt dit aan in Zwolle, in de wijk Holtenbroek.',
    );
    expect(service.service_areas?.[0]?.attributes?.[0]?.value).toBe('Holtenbroek');
    expect(service.application_process).toBe('Bel het wijkteam.');
    expect(service.fees_description).toBe('Gratis.');
  });

  it('ignores offers for other items', () => {
    const other = offer({ interventionId: 'iets-anders' });
    const service = toHsdsService(nationalItem, [other], organisations, vocabularies, publicOnly);
    expect(service.service_areas).toBeUndefined();
    expect(service.contacts).toBeUndefined();
  });

  it('labels referral texts per organisation when offers differ', () => {
    const offers = [
      offer(),
      offer({
        id: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
        organisationId: OTHER_ORG_ID,
        organisationName: 'Welzijn Oost',
        howToRefer: 'Mail ons.',
      }),
    ];
    const service = toHsdsService(nationalItem, offers, organisations, vocabularies, publicOnly);
    expect(service.application_process).toBe(
      'Sociaal Werk Noord: Bel het wijkteam.\n\nWelzijn Oost: Mail ons.',
    );
    // The same costs everywhere need no label.
    expect(service.fees_description).toBe('Gratis.');
  });

  it('includes a public contact with phone, and never a private one in a public export', () => {
    const privateContact = offer({
      id: 'ad1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a',
      contact: {
        name: 'Kees Privé',
        function: null,
        phone: '06 99 88 77 66',
        email: 'kees@example.org',
        public: false,
      },
    });
    const service = toHsdsService(
      nationalItem,
      [offer(), privateContact],
      organisations,
      vocabularies,
      publicOnly,
    );
    expect(service.contacts).toHaveLength(1);
    expect(service.contacts?.[0]).toMatchObject({
      name: 'Fatima de Vries',
      title: 'Sociaal werker',
      email: 'fatima@example.org',
      organization_id: ORG_ID,
      phones: [{ number: '038 123 45 67' }],
    });
    const text = JSON.stringify(service);
    for (const secret of ['Kees Privé', '06 99 88 77 66', 'kees@example.org'])
      expect(text).not.toContain(secret);

    const internal = toHsdsService(nationalItem, [privateContact], organisations, vocabularies, {
      ...publicOnly,
      includeContacts: 'all',
    });
    expect(internal.contacts?.[0]?.name).toBe('Kees Privé');
    expect(internal.contacts?.[0]?.attributes?.[0]?.value).toBe('nee');
  });

  it('gives the same document for the same data, whatever the order of the offers', () => {
    const a = offer();
    const b = offer({
      id: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      organisationId: OTHER_ORG_ID,
      organisationName: 'Welzijn Oost',
      gemeenten: [{ code: 'GM0150', name: 'Deventer' }],
    });
    const first = toHsdsService(nationalItem, [a, b], organisations, vocabularies, publicOnly);
    const second = toHsdsService(nationalItem, [b, a], organisations, vocabularies, publicOnly);
    expect(second).toEqual(first);
  });

  it('refuses a base URL that is not an absolute web address', () => {
    expect(() =>
      toHsdsService(nationalItem, [], organisations, vocabularies, {
        ...publicOnly,
        baseUrl: 'wegwijs.example.nl',
      }),
    ).toThrow(/baseUrl/);
  });
});

describe('toHsdsOrganization', () => {
  it('keeps an own description, links the parent, and nests services in summary form', () => {
    const service = toHsdsService(localItem, [offer()], organisations, vocabularies, publicOnly);
    const org = toHsdsOrganization(
      { ...organisations[1]!, parentId: ORG_ID, website: 'https://oost.example.nl' },
      { services: [service] },
    );
    expect(org).toMatchObject({
      id: OTHER_ORG_ID,
      parent_organization_id: ORG_ID,
      website: 'https://oost.example.nl',
    });
    expect(org.description).toBe('Welzijnswerk in Deventer.');
    expect(org.services?.[0]).toMatchObject({ id: service.id, name: service.name });
    expect(org.services?.[0]).not.toHaveProperty('contacts');
    expect(org.services?.[0]).not.toHaveProperty('organization');
  });
});

describe('paging', () => {
  it('describes the page in HSDS terms', () => {
    expect(toHsdsPage(['a', 'b'], { total: 5, page: 1, perPage: 2 })).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(toHsdsPage(['e'], { total: 5, page: 3, perPage: 2 })).toMatchObject({
      size: 1,
      first_page: false,
      last_page: true,
    });
  });

  it('says so when there is nothing', () => {
    expect(toHsdsPage([], { total: 0, page: 1, perPage: 20 })).toMatchObject({
      total_pages: 0,
      first_page: true,
      last_page: true,
      empty: true,
    });
  });

  it('refuses impossible paging input', () => {
    expect(() => toHsdsPage([], { total: 1, page: 0, perPage: 20 })).toThrow(/page/);
    expect(() => toHsdsPage([1, 2, 3], { total: 3, page: 1, perPage: 2 })).toThrow(/fit/);
  });

  it('slices an in-memory list', () => {
    const page = slicePage(['a', 'b', 'c', 'd', 'e'], 2, 2);
    expect(page.contents).toEqual(['c', 'd']);
    expect(page.total_items).toBe(5);
  });

  it('lists services with their one-to-one fields unless full is asked', () => {
    const service = toHsdsService(nationalItem, [offer()], organisations, vocabularies, publicOnly);
    const short = toHsdsServiceListPage({ items: [service], total: 1, page: 1, perPage: 10 });
    expect(short.contents[0]).not.toHaveProperty('attributes');
    expect(short.contents[0]).not.toHaveProperty('service_areas');
    expect(short.contents[0]?.organization?.id).toBe(NATIONAL_ORGANIZATION_ID);
    const full = toHsdsServiceListPage({
      items: [service],
      total: 1,
      page: 1,
      perPage: 10,
      full: true,
    });
    expect(full.contents[0]).toEqual(service);
  });
});

describe('gemeenteUri', () => {
  it('uses the TOOI identifier of the gemeente', () => {
    expect(gemeenteUri('GM0363')).toBe('https://identifier.overheid.nl/tooi/id/gemeente/gm0363');
  });
});
