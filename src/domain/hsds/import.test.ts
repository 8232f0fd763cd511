import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHsdsPage, toHsdsService } from './export';
import { taxonomyIdFor, termIdFor } from './ids';
import {
  cleanPhone,
  extractHsdsRecords,
  fromHsds,
  plainText,
  shorten,
  type HsdsImportOptions,
  type HsdsImportRecord,
} from './import';
import { localItem, nationalItem, offer, organisations, vocabularies } from './test-fixtures';
import { validateService } from '../../contract/hsds/validate';
import { messages } from '../../content/message-files';
import { message } from '../message';
import type { HsdsImportReason } from './types';

/** The mapping itself, for records whose shape the schema would let through. */
const options: HsdsImportOptions = { peildatum: '2026-11-24', validateRecord: () => [] };

/** The import as the server runs it: the official schema vouches for each record's shape. */
const schemaChecked: HsdsImportOptions = {
  ...options,
  validateRecord: (record) => {
    const result = validateService(record);
    return result.ok ? [] : result.errors;
  },
};

/** A small service as a municipal sociale kaart might publish it. */
function external(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0f1e2d3c-4b5a-4697-8877-665544332211',
    name: 'Voedselbank Zwolle',
    description: '<p>Pakketten voor wie weinig geld heeft.</p><p>Aanmelden via de wijkteams.</p>',
    status: 'active',
    organization: {
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      name: 'Stichting Voedselbank Zwolle',
      description: 'Vrijwilligers delen voedsel uit.',
    },
    ...overrides,
  };
}

function only(json: unknown, opts: HsdsImportOptions = options): HsdsImportRecord {
  const result = fromHsds(json, vocabularies, opts);
  if (!result.ok) throw new Error(english(result.error));
  expect(result.records).toHaveLength(1);
  return result.records[0]!;
}

/** A reason as an English reader sees it (the server words it the same way). */
function english(reason: HsdsImportReason): string {
  return messages.text('en', reason.message);
}

function reasonPaths(record: HsdsImportRecord): string[] {
  return record.reasons.map((r) => r.path);
}

describe('fromHsds: file shapes', () => {
  const one = external();
  const two = external({ id: '2f1e2d3c-4b5a-4697-8877-665544332211', name: 'Kledingbank' });

  it('reads one service, a list, an API page and an organization with services', () => {
    expect(extractHsdsRecords(one)).toMatchObject({ ok: true, format: 'service', records: [one] });
    expect(extractHsdsRecords([one, two])).toMatchObject({ format: 'list', records: [one, two] });
    const page = toHsdsPage([one, two], { total: 2, page: 1, perPage: 10 });
    expect(extractHsdsRecords(page)).toMatchObject({ format: 'page', records: [one, two] });
    const org = { id: 'x', name: 'Org', description: 'd', services: [{ id: 'a', name: 'S' }] };
    const extracted = extractHsdsRecords(org);
    expect(extracted).toMatchObject({ format: 'organization' });
    // Each service of an organization keeps its organization.
    expect(extracted.ok && extracted.records[0]).toMatchObject({ organization: { name: 'Org' } });
  });

  it('refuses a file that holds no services, naming the problem', () => {
    const result = fromHsds('hallo', vocabularies, options);
    expect(result).toMatchObject({ ok: false, error: { path: '(root)' } });
    expect(fromHsds({ contents: 'x' }, vocabularies, options)).toMatchObject({
      ok: false,
      error: { path: 'contents' },
    });
  });

  it('counts valid and rejected records and reports progress', () => {
    const progress: [number, number][] = [];
    const result = fromHsds([one, external({ name: '' }), two], vocabularies, {
      ...options,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.ok && result.counts).toEqual({ valid: 2, rejected: 1 });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('import reasons come from the message catalogue', () => {
  it('every reason the import can give exists in Dutch and English', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const keys = readdirSync(dir)
      .filter((f) => f.startsWith('import') && !f.endsWith('.test.ts'))
      .flatMap((f) => [
        ...readFileSync(path.join(dir, f), 'utf8').matchAll(/'(hsdsImport\.[\w.]+)'/g),
      ])
      .map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !messages.has(key))).toEqual([]);
  });

  it('words a warning with its values in each language', () => {
    const record = only(external({ minimum_age: 12.5 }));
    const rounded = record.warnings.find((w) => w.path === 'minimum_age')!;
    expect(messages.text('nl', rounded.message)).toBe('Leeftijd 12,5 is afgerond naar 12 jaar.');
    expect(english(rounded)).toBe('Age 12.5 was rounded to 12 years.');
  });
});

describe('fromHsds: rejected records name the field', () => {
  it.each([
    ['name', { name: undefined }],
    ['name', { name: '   ' }],
    ['description', { description: undefined }],
    ['description', { description: '<p></p>' }],
    ['id', { id: undefined }],
    ['id', { id: 'svc-12' }],
    ['status', { status: 'open' }],
    ['status', { status: undefined }],
    ['minimum_age', { minimum_age: -1 }],
    ['minimum_age', { minimum_age: 'twaalf' }],
    ['maximum_age', { minimum_age: 18, maximum_age: 12 }],
    ['application_process', { application_process: 'x'.repeat(2001) }],
    ['fees_description', { fees_description: 12 }],
    ['attributes', { attributes: 'economisch' }],
  ])('rejects a broken %s', (path, overrides) => {
    const record = only(external(overrides), schemaChecked);
    expect(record.status).toBe('rejected');
    expect(reasonPaths(record)).toContain(path);
    const why = record.reasons.find((r) => r.path === path)!;
    // Worded in both languages from the catalogue: no key or placeholder shows through.
    expect(messages.text('nl', why.message)).not.toMatch(/^hsdsImport|^validation|[{}]/);
    expect(english(why)).not.toMatch(/^hsdsImport|^validation|[{}]/);
    expect(record.item).toBeUndefined();
  });

  it('rejects a second record with the same id, and says which id', () => {
    const result = fromHsds([external(), external({ name: 'Ander' })], vocabularies, options);
    expect(result.ok && result.records.map((r) => r.status)).toEqual(['valid', 'rejected']);
    expect(result.ok && english(result.records[1]!.reasons[0]!)).toBe(
      "The id '0f1e2d3c-4b5a-4697-8877-665544332211' already appears earlier in this file.",
    );
    expect(result.ok && messages.text('nl', result.records[1]!.reasons[0]!.message)).toBe(
      "Het id '0f1e2d3c-4b5a-4697-8877-665544332211' staat al eerder in dit bestand.",
    );
  });

  it('adds the schema errors from the validator and reports each field once', () => {
    const record = only(external({ name: 7 }), {
      ...options,
      validateRecord: () => [{ path: 'name', problem: message('validation.required') }],
    });
    expect(record.status).toBe('rejected');
    expect(record.reasons).toEqual([{ path: 'name', message: message('validation.required') }]);
  });
});

describe('fromHsds: an outside record', () => {
  it('keeps name, plain-text description and provider; derives a summary', () => {
    const record = only(external());
    expect(record.status).toBe('valid');
    expect(record.hsdsId).toBe('0f1e2d3c-4b5a-4697-8877-665544332211');
    expect(record.item).toMatchObject({
      name: 'Voedselbank Zwolle',
      description: 'Pakketten voor wie weinig geld heeft.\n\nAanmelden via de wijkteams.',
      summary: 'Pakketten voor wie weinig geld heeft.',
      providers: ['Stichting Voedselbank Zwolle'],
      evidence: { level: 'niet-onderzocht', date: '2026' },
    });
    // What nobody said is not made up silently: the record says what is missing.
    const warned = record.warnings.map(english).join(' ');
    expect(warned).toMatch(/primary capital/);
    expect(warned).toMatch(/target group/);
    expect(warned).toMatch(/kind/);
  });

  it('ignores unknown terms with a warning instead of rejecting', () => {
    const record = only(
      external({
        attributes: [
          {
            id: 'a1',
            value: 'x',
            taxonomy_term: {
              id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
              code: 'economisch',
              name: 'Food',
              description: 'd',
              taxonomy: 'Open Eligibility',
            },
          },
        ],
      }),
    );
    expect(record.status).toBe('valid');
    // A term from another taxonomy is not ours, even when its code looks like one of ours.
    expect(record.item?.capitals.primary).toEqual([]);
    expect(record.warnings.map((w) => w.path)).toContain('attributes.0');
  });

  it('maps terms by our term id, or by code within our taxonomy, or by an unambiguous code', () => {
    const record = only(
      external({
        attributes: [
          { id: 'a', taxonomy_term_id: termIdFor('capitals', 'mentaal') },
          {
            id: 'b',
            value: 'secundair',
            taxonomy_term: {
              id: 'x1',
              code: 'economisch',
              name: 'E',
              description: 'd',
              taxonomy_id: taxonomyIdFor('capitals'),
            },
          },
          {
            id: 'c',
            taxonomy_term: {
              id: 'x2',
              code: 'Mensen met schulden',
              name: 'n',
              description: 'd',
              taxonomy: 'Wegwijs: doelgroepen',
            },
          },
          {
            id: 'd',
            link_type: 'phases',
            taxonomy_term: { id: 'x3', code: 'signaleren', name: 'S', description: 'd' },
          },
          { id: 'e', taxonomy_term: { id: 'x4', code: 'scheiding', name: 'S', description: 'd' } },
          // 'sociaal' is a capital and a domain: without a taxonomy we cannot tell, so it is skipped.
          { id: 'f', taxonomy_term: { id: 'x5', code: 'sociaal', name: 'S', description: 'd' } },
        ],
      }),
    );
    expect(record.item).toMatchObject({
      capitals: { primary: ['mentaal'], secondary: ['economisch'] },
      targetGroups: ['schulden'],
      phases: ['signaleren'],
      lifeEvents: ['scheiding'],
      domains: [],
    });
    expect(record.warnings.map((w) => w.path)).toContain('attributes.5');
  });

  it('finds gemeenten by TOOI URI, by CBS code, or by name from the known list', () => {
    const record = only(
      external({
        service_areas: [
          {
            id: 's1',
            name: 'Amsterdam',
            uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
          },
          { id: 's2', name: 'GM0193' },
          { id: 's3', name: 'Gemeente Súdwest-Fryslân' },
          { id: 's4', name: 'Heel Nederland' },
        ],
      }),
      {
        ...options,
        gemeenten: [
          { code: 'GM1900', name: 'Súdwest-Fryslân' },
          { code: 'GM0193', name: 'Zwolle' },
        ],
      },
    );
    expect(record.offers?.[0]?.gemeenten).toEqual([
      { code: 'GM0363', name: 'Amsterdam' },
      { code: 'GM0193', name: 'Zwolle' },
      { code: 'GM1900', name: 'Súdwest-Fryslân' },
    ]);
    expect(record.warnings.map((w) => w.path)).toContain('service_areas.3');
  });

  it('takes the first usable contact, cleans the phone number, and keeps it private', () => {
    const record = only(
      external({
        contacts: [
          { id: 'c0', title: 'Receptie' },
          {
            id: 'c1',
            name: 'Ann Persona',
            title: 'Coördinator',
            email: 'ann@example.org',
            phones: [{ id: 'p1', number: '"+31 38 123 4567"' }],
          },
        ],
      }),
    );
    expect(record.offers?.[0]?.contact).toEqual({
      name: 'Ann Persona',
      function: 'Coördinator',
      phone: '+31 38 123 4567',
      email: 'ann@example.org',
      public: false,
    });
  });

  it('falls back to the service phone and email when no contact is named', () => {
    const record = only(
      external({ email: 'info@example.org', phones: [{ id: 'p', number: '038-1234567' }] }),
    );
    expect(record.offers?.[0]?.contact).toMatchObject({
      name: 'Stichting Voedselbank Zwolle',
      phone: '038-1234567',
      email: 'info@example.org',
    });
  });

  it('stores an unnamed contact point without a name in any language', () => {
    const record = only(
      external({ organization: undefined, phones: [{ id: 'p', number: '038-1234567' }] }),
    );
    // Each reader's page labels it ('Contactpunt', 'Contact point'); the data stays neutral.
    expect(record.offers?.[0]?.contact).toMatchObject({ name: null, phone: '038-1234567' });
  });

  it('rounds ages outward and caps them at 120, with a warning', () => {
    const record = only(external({ minimum_age: 0.5, maximum_age: 999 }));
    expect(record.item?.ageRange).toEqual({ min: 0, max: 120 });
    expect(record.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['minimum_age', 'maximum_age']),
    );
  });

  it('reports a service that is no longer active', () => {
    const record = only(external({ status: 'defunct' }));
    expect(record.status).toBe('valid');
    expect(record.hsdsStatus).toBe('defunct');
    expect(record.warnings.map((w) => w.path)).toContain('status');
  });
});

describe('fromHsds: our own export comes back the same', () => {
  it('round-trips a national item with its offer', () => {
    const service = toHsdsService(nationalItem, [offer()], organisations, vocabularies, {
      includeContacts: 'public-only',
      baseUrl: 'https://wegwijs.example.nl',
    });
    const record = only(JSON.parse(JSON.stringify(service)));
    expect(record.status).toBe('valid');
    expect(record.warnings).toEqual([]);
    expect(record.hsdsId).toBe(service.id);
    const {
      id: _id,
      origin: _o,
      organisationId: _org,
      sources: _s,
      lastReviewed: _l,
      ...rest
    } = nationalItem;
    expect(record.item).toEqual(rest);
    const { gemeenten, wijk, howToRefer, costs, contact } = offer();
    expect(record.offers).toEqual([{ gemeenten, wijk, howToRefer, costs, contact }]);
  });

  it('round-trips a local item; its owner becomes the provider', () => {
    const service = toHsdsService(localItem, [], organisations, vocabularies, {
      includeContacts: 'all',
      baseUrl: '',
    });
    const record = only(service);
    expect(record.item).toMatchObject({
      name: localItem.name,
      ageRange: null,
      providers: ['Sociaal Werk Noord'],
    });
    expect(record.offers).toEqual([]);
  });
});

describe('text helpers', () => {
  it('turns HTML into plain paragraphs and decodes entities', () => {
    expect(plainText('<p>Een &amp; twee</p><ul><li>drie</li></ul>x<br>y &#233;&#x20AC;')).toBe(
      'Een & twee\n\n- drie\n\nx\ny é€',
    );
  });

  it('shortens after a sentence, or at a word with an ellipsis', () => {
    expect(shorten('Kort. Nog een zin die te lang is.', 10)).toBe('Kort.');
    expect(shorten('eenheel langwoord zonder punt', 12)).toBe('eenheel…');
  });

  it('accepts phone numbers only with digits, spaces, +, - and brackets', () => {
    expect(cleanPhone('(038) 123-4567')).toBe('(038) 123-4567');
    expect(cleanPhone('bel ons')).toBeNull();
  });
});
