import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content } from '../../content/read-content';
import { itemFromContent } from '../../db/catalogue/content-sync';
import type { CatalogueItem, LocalOffer } from '../../domain/catalogue/types';
import {
  nationalOrganization,
  toHsdsOrganization,
  toHsdsOrganizationListPage,
  toHsdsService,
  toHsdsServiceListPage,
  toHsdsTaxonomies,
  toHsdsTaxonomyTerms,
  slicePage,
  type HsdsExportOptions,
  type HsdsOrganisationInput,
  type HsdsService,
} from '../../domain/hsds';
import { importHsds } from './import-hsds';
import { createHsdsValidators, validateService, type HsdsValidationResult } from './validate';

// The exchange end to end with the real catalogue in content/: every export is valid HSDS 3.0, and
// what we export comes back the same when imported.

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
// The large compiled schemas and the examples stay with the standard, beside the project.
const schemaDir = fileURLToPath(
  new URL('../../../../shared/standards/hsds-3.0/schema/', import.meta.url),
);
const example = (name: string): unknown =>
  JSON.parse(readFileSync(`${schemaDir}../examples/${name}`, 'utf8'));

const ORG: HsdsOrganisationInput = {
  id: '4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d',
  name: 'Sociaal Werk De Brug',
  gemeenten: [
    { code: 'GM0193', name: 'Zwolle' },
    { code: 'GM0166', name: 'Kampen' },
  ],
};
const publicOnly: HsdsExportOptions = {
  includeContacts: 'public-only',
  baseUrl: 'https://wegwijs.example.nl',
};

let content: Content;
let items: CatalogueItem[];

/** A test uuid from a number, so every offer has its own. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function offerFor(item: CatalogueItem, n: number, isPublic: boolean): LocalOffer {
  return {
    id: uuid(n),
    organisationId: ORG.id,
    organisationName: ORG.name,
    interventionId: item.id,
    gemeenten: n % 3 === 0 ? [ORG.gemeenten![0]!, ORG.gemeenten![1]!] : [ORG.gemeenten![0]!],
    wijk: n % 2 === 0 ? 'Holtenbroek' : null,
    howToRefer: `Meld je aan bij het wijkteam (${item.name}).`,
    costs: n % 2 === 0 ? 'Gratis.' : null,
    contact: {
      name: `Contactpersoon ${n}`,
      function: 'Sociaal werker',
      phone: `038 ${String(1000000 + n)}`,
      email: `contact${n}@example.org`,
      public: isPublic,
    },
    lastCheckedAt: '2026-11-01T09:00:00.000Z',
    lastCheckedBy: null,
    version: 1,
  };
}

function exportAll(options: HsdsExportOptions, isPublic: (n: number) => boolean): HsdsService[] {
  return items.map((item, n) =>
    toHsdsService(item, [offerFor(item, n, isPublic(n))], [ORG], content.vocabularies, options),
  );
}

function failures(results: HsdsValidationResult[]): unknown[] {
  return results.flatMap((r, i) => (r.ok ? [] : [{ index: i, errors: r.errors }]));
}

beforeAll(async () => {
  const result = await readContent(contentDir);
  if (!result.ok) throw new Error(`content/ does not load: ${JSON.stringify(result.errors[0])}`);
  content = result.content;
  items = content.interventions.map(itemFromContent);
  expect(items.length).toBeGreaterThan(50);
});

// Exports all 130 items several times: seconds on a busy two-core machine, so a roomier timeout.
describe('HSDS export of the real catalogue', { timeout: 30_000 }, () => {
  const closed = createHsdsValidators({ noExtraFields: true });

  it('gives a valid HSDS service for every item, using only HSDS fields', () => {
    const services = exportAll(publicOnly, (n) => n % 2 === 0);
    expect(failures(services.map(validateService))).toEqual([]);
    expect(failures(services.map(closed.service))).toEqual([]);
  });

  it('is valid against the official compiled service schema itself', () => {
    // The compiled schema is 2.3 MB with every reference inlined; compiling it takes a few seconds.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const compiled: (data: unknown) => boolean = ajv.compile(
      JSON.parse(readFileSync(`${schemaDir}compiled/service.json`, 'utf8')) as object,
    );
    const services = exportAll({ ...publicOnly, includeContacts: 'all' }, () => true);
    const invalid = services.filter((s) => !compiled(s)).map((s) => s.name);
    expect(invalid).toEqual([]);
  }, 60_000);

  it('gives valid organizations, taxonomies, terms and pages', () => {
    const services = exportAll(publicOnly, () => true);
    const local = toHsdsOrganization(ORG, { services });
    const national = nationalOrganization(publicOnly);
    expect(failures([local, national].map(closed.organization))).toEqual([]);
    expect(
      closed.organizationListPage(
        toHsdsOrganizationListPage({ items: [national, local], total: 2, page: 1, perPage: 10 }),
      ),
    ).toEqual({ ok: true });

    const terms = toHsdsTaxonomyTerms(content.vocabularies, publicOnly);
    expect(failures(terms.map(closed.taxonomyTerm))).toEqual([]);
    expect(closed.taxonomyTermListPage(slicePage(terms, 2, 25))).toEqual({ ok: true });
    const taxonomies = toHsdsTaxonomies(publicOnly);
    expect(failures(taxonomies.map(closed.taxonomy))).toEqual([]);
    expect(closed.taxonomyListPage(slicePage(taxonomies, 1, 50))).toEqual({ ok: true });

    const page = { items: services.slice(0, 20), total: services.length, page: 1, perPage: 20 };
    expect(closed.serviceListPage(toHsdsServiceListPage(page))).toEqual({ ok: true });
    // The full form nests arrays that the list format leaves out; the official schema allows it.
    expect(
      createHsdsValidators().serviceListPage(toHsdsServiceListPage({ ...page, full: true })),
    ).toEqual({ ok: true });
  });

  it('has one term per vocabulary entry, with unique ids and the Dutch label as name', () => {
    const terms = toHsdsTaxonomyTerms(content.vocabularies, publicOnly);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    const capitals = terms.filter((t) => t.taxonomy_detail?.name === 'Wegwijs: kapitalen');
    expect(capitals.map((t) => [t.code, t.name])).toEqual(
      content.vocabularies.capitals.map((c) => [c.id, c.nl]),
    );
    const total = Object.values(content.vocabularies).reduce((n, list) => n + list.length, 0);
    expect(terms.length).toBeGreaterThan(total); // plus the field terms
  });

  it('never shows a private contact in a public export', () => {
    const isPublic = (n: number) => n % 4 === 0;
    const text = JSON.stringify(exportAll(publicOnly, isPublic));
    items.forEach((item, n) => {
      const c = offerFor(item, n, isPublic(n)).contact!;
      for (const value of [c.name, c.phone!, c.email!])
        expect(text.includes(`"${value}"`), `${item.id}: ${value}`).toBe(isPublic(n));
    });
  });

  it('gives the same ids and the same documents on every run', () => {
    const first = exportAll(publicOnly, () => true);
    const second = exportAll(publicOnly, () => true);
    expect(second).toEqual(first);
    const ids = first.flatMap((s) => [
      s.id,
      ...(s.attributes ?? []).map((a) => a.id),
      ...(s.service_areas ?? []).map((a) => a.id),
      ...(s.contacts ?? []).map((c) => c.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('HSDS import', () => {
  const options = { peildatum: '2026-11-24' };

  it.each(['service_full.json', 'service_list.json', 'organization_full.json'])(
    'imports the official example %s without rejection',
    (name) => {
      const result = importHsds(example(name), content.vocabularies, options);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.records.length).toBeGreaterThan(0);
      expect(result.records.map((r) => [r.status, r.reasons])).toEqual(
        result.records.map(() => ['valid', []]),
      );
      expect(result.records[0]!.item?.name).toBe('Community Counselling');
    },
  );

  it('brings back what we exported: text, facets, ages, gemeenten and the public contact', () => {
    const offers = items.map((item, n) => offerFor(item, n, true));
    const services = items.map((item, n) =>
      toHsdsService(item, [offers[n]!], [ORG], content.vocabularies, publicOnly),
    );
    const file = JSON.parse(JSON.stringify(services)) as unknown;
    const result = importHsds(file, content.vocabularies, options);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.counts).toEqual({ valid: items.length, rejected: 0 });
    result.records.forEach((record, n) => {
      const item = items[n]!;
      const offer = offers[n]!;
      expect(record.hsdsId).toBe(services[n]!.id);
      expect(record.warnings, item.id).toEqual([]);
      const {
        id: _i,
        origin: _o,
        organisationId: _g,
        sources: _s,
        lastReviewed: _l,
        // Whom an item is for in the matching is Wegwijs' own data; HSDS has no field for it.
        fit: _f,
        ...rest
      } = item;
      expect(record.item, item.id).toEqual(rest);
      expect(record.offers, item.id).toEqual([
        {
          gemeenten: offer.gemeenten,
          wijk: offer.wijk,
          howToRefer: offer.howToRefer,
          costs: offer.costs,
          contact: offer.contact,
        },
      ]);
    });
  });

  it('rejects a broken record with a reason naming the field, and keeps the others', () => {
    const [good, broken, alsoBroken] = exportAll(publicOnly, () => true).map(
      (s) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>,
    );
    delete broken!.description;
    (alsoBroken!.contacts as { email: string }[])[0]!.email = 'geen-adres';
    const result = importHsds([good, broken, alsoBroken], content.vocabularies, options);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.records.map((r) => r.status)).toEqual(['valid', 'rejected', 'rejected']);
    expect(result.records[1]!.reasons).toEqual([
      expect.objectContaining({ path: 'description', nl: 'De beschrijving ontbreekt.' }),
    ]);
    expect(result.records[2]!.reasons).toEqual([
      expect.objectContaining({
        path: 'contacts.0.email',
        en: 'This is not a valid email address.',
      }),
    ]);
  });

  it('accepts fields HSDS allows beyond its schema, and copies none of them (docs/security.md)', () => {
    const [service] = exportAll(publicOnly, () => true).map(
      (s) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>,
    );
    const plain = importHsds([service], content.vocabularies, options);
    const extended = importHsds(
      [{ ...service, x_kaart_categorie: 'schulden', organisationId: 'overgenomen' }],
      content.vocabularies,
      options,
    );
    if (!plain.ok || !extended.ok) throw new Error('not read');
    expect(extended.records[0]!.status).toBe('valid');
    expect(extended.records[0]!.item).toEqual(plain.records[0]!.item);
    expect(JSON.stringify(extended.records[0])).not.toMatch(/x_kaart_categorie|overgenomen/);
  });

  it('is idempotent: the same file twice gives the same ids and the same data', () => {
    const file = JSON.parse(JSON.stringify(exportAll(publicOnly, () => true))) as unknown;
    const first = importHsds(file, content.vocabularies, options);
    const second = importHsds(file, content.vocabularies, options);
    expect(second).toEqual(first);
  });
});
