import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createHsdsValidators,
  validateOrganization,
  validateService,
  validateServiceListPage,
  validateTaxonomyTerm,
} from './validate';

const schemaDir = fileURLToPath(new URL('./schemas/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(schemaDir + path, 'utf8'));
// The large compiled schemas and the examples stay with the standard, beside the project.
const standard = fileURLToPath(new URL('../../../../shared/standards/hsds-3.0/', import.meta.url));
const readStandard = (path: string): unknown => JSON.parse(readFileSync(standard + path, 'utf8'));
const example = (name: string) => readStandard(`examples/${name}`) as Record<string, unknown>;

/** Inlines every $ref (file names relative to schemas/), keeping keys written next to the $ref. */
function expand(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expand);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>);
  const ref = (node as { $ref?: unknown }).$ref;
  const own = Object.fromEntries(
    entries.filter(([k]) => k !== '$ref').map(([k, v]) => [k, expand(v)]),
  );
  return typeof ref === 'string'
    ? { ...(expand(readJson(ref)) as Record<string, unknown>), ...own }
    : own;
}

describe('the per-object schemas we compile', () => {
  // We validate with the small per-object schemas. This proves that, with their references
  // inlined, they are exactly the official compiled schemas, so both accept the same documents.
  it('equal the official compiled service schema', () => {
    expect(expand(readJson('service.json'))).toEqual(readStandard('schema/compiled/service.json'));
  });

  it('equal the official compiled organization schema, apart from its nested services', () => {
    const compiled = readStandard('schema/compiled/organization.json') as {
      properties: Record<string, unknown>;
    };
    const { services, ...properties } = compiled.properties;
    expect(expand(readJson('organization.json'))).toEqual({ ...compiled, properties });
    expect(services).toEqual({
      type: 'array',
      items: readStandard('schema/compiled/service.json'),
    });
  });
});

describe('validate', () => {
  it('accepts the official examples', () => {
    expect(validateService(example('service_full.json'))).toEqual({ ok: true });
    expect(validateOrganization(example('organization_full.json'))).toEqual({ ok: true });
    expect(validateTaxonomyTerm(example('taxonomy_term.json'))).toEqual({ ok: true });
    expect(validateServiceListPage(example('service_list.json'))).toEqual({ ok: true });
  });

  it('names each wrong field with a Dutch and English message', () => {
    const service: Record<string, unknown> = {
      ...example('service_full.json'),
      id: 'dienst-1',
      status: 'open',
      minimum_age: 'twaalf',
      organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', description: 'Org' },
    };
    delete service.name;
    const result = validateService(service);
    expect(result.ok).toBe(false);
    const byPath = Object.fromEntries(
      (result.ok ? [] : result.errors).map((e) => [e.path, e.message]),
    );
    expect(byPath).toEqual({
      id: { nl: 'Dit is geen geldige UUID.', en: 'This is not a valid UUID.' },
      name: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
      status: {
        nl: 'Kies uit: active, inactive, defunct, temporarily closed.',
        en: 'Choose from: active, inactive, defunct, temporarily closed.',
      },
      minimum_age: {
        nl: 'Verkeerd soort waarde: verwacht een getal.',
        en: 'Wrong kind of value: expected number.',
      },
      'organization.name': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
    });
  });

  it('finds errors deep inside nested objects', () => {
    const service = example('service_full.json') as {
      contacts: { email: string; phones: { number?: string }[] }[];
    };
    service.contacts[0]!.email = 'geen-adres';
    delete service.contacts[0]!.phones[0]!.number;
    const result = validateService(service);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'contacts.0.email',
      'contacts.0.phones.0.number',
    ]);
  });

  it('checks the paging envelope of a list', () => {
    const page = example('service_list.json');
    delete page.total_pages;
    const result = validateServiceListPage({ ...page, page_number: '1' });
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual([
      'page_number',
      'total_pages',
    ]);
  });

  it('can also refuse fields that HSDS does not define, which the official schema allows', () => {
    const withTypo = { ...example('service_full.json'), serviceAreas: [] };
    expect(validateService(withTypo)).toEqual({ ok: true });
    const closed = createHsdsValidators({ noExtraFields: true });
    expect(closed.service(example('service_full.json'))).toEqual({ ok: true });
    expect(closed.service(withTypo)).toEqual({
      ok: false,
      errors: [
        {
          path: 'serviceAreas',
          message: {
            nl: 'Dit veld bestaat niet in HSDS 3.0.',
            en: 'This field does not exist in HSDS 3.0.',
          },
          problem: { key: 'validation.hsds.unknownField' },
        },
      ],
    });
    expect(closed.organization(example('organization_full.json'))).toEqual({ ok: true });
  });
});
