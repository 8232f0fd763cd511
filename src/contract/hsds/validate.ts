import Ajv2020, { type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { message, type Message } from '../../domain/message';
import { catalogue } from '../messages/catalogue';
import type { Bilingual } from '../problem';
import accessibility from './schemas/accessibility.json';
import address from './schemas/address.json';
import attribute from './schemas/attribute.json';
import serviceListItem from './schemas/compiled/service_list.json';
import organizationListItem from './schemas/compiled/organization_list.json';
import contact from './schemas/contact.json';
import costOption from './schemas/cost_option.json';
import funding from './schemas/funding.json';
import language from './schemas/language.json';
import location from './schemas/location.json';
import metaTableDescription from './schemas/meta_table_description.json';
import metadata from './schemas/metadata.json';
import openapi from './schemas/openapi.json';
import organization from './schemas/organization.json';
import organizationIdentifier from './schemas/organization_identifier.json';
import phone from './schemas/phone.json';
import program from './schemas/program.json';
import requiredDocument from './schemas/required_document.json';
import schedule from './schemas/schedule.json';
import service from './schemas/service.json';
import serviceArea from './schemas/service_area.json';
import serviceAtLocation from './schemas/service_at_location.json';
import taxonomy from './schemas/taxonomy.json';
import taxonomyTerm from './schemas/taxonomy_term.json';

// Validation against the official Open Referral HSDS 3.0 JSON Schemas (schemas/, CC BY-SA 4.0).
// We compile the per-object schemas and let ajv follow their $refs: the result is the same as the
// compiled schemas in schemas/compiled/ (a test proves it), at a small fraction of their 6 MB, so
// this module also fits in a browser bundle. The schemas declare no dialect; the HSDS OpenAPI file
// declares JSON Schema 2020-12, so that is what we use.

/** Where the official schemas live; the $refs in openapi.json point here. */
export const HSDS_SCHEMA_BASE =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

const OBJECT_SCHEMAS: Record<string, object> = {
  'accessibility.json': accessibility,
  'address.json': address,
  'attribute.json': attribute,
  'contact.json': contact,
  'cost_option.json': costOption,
  'funding.json': funding,
  'language.json': language,
  'location.json': location,
  'meta_table_description.json': metaTableDescription,
  'metadata.json': metadata,
  'organization.json': organization,
  'organization_identifier.json': organizationIdentifier,
  'phone.json': phone,
  'program.json': program,
  'required_document.json': requiredDocument,
  'schedule.json': schedule,
  'service.json': service,
  'service_area.json': serviceArea,
  'service_at_location.json': serviceAtLocation,
  'taxonomy.json': taxonomy,
  'taxonomy_term.json': taxonomyTerm,
  'compiled/service_list.json': serviceListItem,
  'compiled/organization_list.json': organizationListItem,
};

/** Documentation keywords of the HSDS schemas (Frictionless Data Package metadata); no checks. */
const ANNOTATIONS = [
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'constraints',
  'example',
  'core',
  'tabular_required',
];

/** A wrong field: `message` worded in both languages, `problem` the catalogue message it came from. */
export type HsdsValidationError = { path: string; message: Bilingual; problem: Message };
export type HsdsValidationResult = { ok: true } | { ok: false; errors: HsdsValidationError[] };
export type HsdsValidator = (json: unknown) => HsdsValidationResult;

export type HsdsValidators = {
  /** A fully nested service (GET /services/{id}; compiled/service.json). */
  service: HsdsValidator;
  /** An organization, optionally with its services (GET /organizations/{id}; compiled/organization.json). */
  organization: HsdsValidator;
  taxonomy: HsdsValidator;
  taxonomyTerm: HsdsValidator;
  /** GET /services: the paging envelope with compiled/service_list.json items. */
  serviceListPage: HsdsValidator;
  /** GET /organizations: the paging envelope with compiled/organization_list.json items. */
  organizationListPage: HsdsValidator;
  /** GET /taxonomies. */
  taxonomyListPage: HsdsValidator;
  /** GET /taxonomy_terms. */
  taxonomyTermListPage: HsdsValidator;
};

const PAGE_FIELDS = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
] as const;

/** The Page envelope of openapi.json, with every field required as the HSDS API reference says. */
function pageSchema(id: string, itemRef: string): AnySchema {
  const page = openapi.components.schemas.Page;
  return {
    $id: HSDS_SCHEMA_BASE + id,
    type: 'object',
    required: [...PAGE_FIELDS, 'contents'],
    properties: {
      ...page.properties,
      contents: { type: 'array', items: { $ref: HSDS_SCHEMA_BASE + itemRef } },
    },
  };
}

/** A copy of a schema that also rejects fields HSDS does not define (for our own tests). */
export function closeSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(closeSchema) as T;
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
  if (out.type === 'object' && typeof out.properties === 'object' && out.properties !== null) {
    out.additionalProperties = false;
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, closeSchema(v)]),
    );
  }
  for (const key of ['items', 'allOf', 'anyOf', 'oneOf'])
    if (key in out) out[key] = closeSchema(out[key]);
  for (const key of ['definitions', '$defs'])
    if (typeof out[key] === 'object' && out[key] !== null)
      out[key] = Object.fromEntries(
        Object.entries(out[key] as Record<string, unknown>).map(([k, v]) => [k, closeSchema(v)]),
      );
  return out as T;
}

const FORMATS = new Set(['uuid', 'uri', 'email', 'date-time']);

function errorPath(e: ErrorObject): string {
  const parts = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty));
  return parts.length > 0 ? parts.join('.') : '(root)';
}

/** What is wrong, as a catalogue message (`validation.hsds.*`). */
function errorMessage(e: ErrorObject): Message {
  switch (e.keyword) {
    case 'required':
      return message('validation.required');
    case 'type': {
      // ajv names several allowed types as 'string,null'.
      const types = String(e.params.type).split(',');
      return types.length === 1
        ? message('validation.hsds.type', { type: types[0]! })
        : message('validation.hsds.types', { types: types.join(', ') });
    }
    case 'format': {
      const format = String(e.params.format);
      return FORMATS.has(format)
        ? message(`validation.hsds.format.${format}`)
        : message('validation.hsds.format.other', { format });
    }
    case 'enum':
      return message('validation.hsds.enum', {
        allowed: (e.params.allowedValues as unknown[]).map(String).join(', '),
      });
    case 'additionalProperties':
      return message('validation.hsds.unknownField');
    default:
      return message('validation.hsds.schema', {
        keyword: e.keyword,
        detail: e.message ?? e.keyword,
      });
  }
}

function toResult(validate: ValidateFunction, json: unknown): HsdsValidationResult {
  if (validate(json)) return { ok: true };
  const seen = new Set<string>();
  const errors: HsdsValidationError[] = [];
  for (const e of validate.errors ?? []) {
    const problem = errorMessage(e);
    const error = { path: errorPath(e), message: catalogue().bilingual(problem), problem };
    const key = `${error.path}\n${error.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return { ok: false, errors };
}

/**
 * Compiles the validators. `noExtraFields` also rejects fields that HSDS does not define: the
 * official schemas allow them (HSDS may be extended), but our own export should never need them.
 */
export function createHsdsValidators(options: { noExtraFields?: boolean } = {}): HsdsValidators {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  const prepare = <T>(schema: T): T => (options.noExtraFields ? closeSchema(schema) : schema);
  for (const [file, schema] of Object.entries(OBJECT_SCHEMAS))
    ajv.addSchema({ ...prepare(schema), $id: HSDS_SCHEMA_BASE + file });

  // compiled/organization.json is organization.json plus the organization's services.
  ajv.addSchema(
    prepare({
      ...organization,
      $id: HSDS_SCHEMA_BASE + 'wegwijs-organization-full.json',
      properties: {
        ...organization.properties,
        services: { type: 'array', items: { $ref: 'service.json' } },
      },
    }),
  );
  const pages = {
    serviceListPage: pageSchema('wegwijs-service-list-page.json', 'compiled/service_list.json'),
    organizationListPage: pageSchema(
      'wegwijs-organization-list-page.json',
      'compiled/organization_list.json',
    ),
    taxonomyListPage: pageSchema('wegwijs-taxonomy-list-page.json', 'taxonomy.json'),
    taxonomyTermListPage: pageSchema('wegwijs-taxonomy-term-list-page.json', 'taxonomy_term.json'),
  };
  const byId = (file: string): HsdsValidator => {
    let compiled: ValidateFunction | undefined;
    return (json) => {
      compiled ??= ajv.getSchema(HSDS_SCHEMA_BASE + file);
      if (!compiled) throw new Error(`HSDS schema ${file} is not loaded`);
      return toResult(compiled, json);
    };
  };
  const fromSchema = (schema: AnySchema): HsdsValidator => {
    let compiled: ValidateFunction | undefined;
    return (json) => toResult((compiled ??= ajv.compile(schema)), json);
  };
  // With noExtraFields the page envelopes are closed too.
  return {
    service: byId('service.json'),
    organization: byId('wegwijs-organization-full.json'),
    taxonomy: byId('taxonomy.json'),
    taxonomyTerm: byId('taxonomy_term.json'),
    serviceListPage: fromSchema(prepare(pages.serviceListPage)),
    organizationListPage: fromSchema(prepare(pages.organizationListPage)),
    taxonomyListPage: fromSchema(prepare(pages.taxonomyListPage)),
    taxonomyTermListPage: fromSchema(prepare(pages.taxonomyTermListPage)),
  };
}

let shared: HsdsValidators | undefined;
/** The validators against the official schemas, compiled once on first use. */
function validators(): HsdsValidators {
  return (shared ??= createHsdsValidators());
}

export const validateService: HsdsValidator = (json) => validators().service(json);
export const validateOrganization: HsdsValidator = (json) => validators().organization(json);
export const validateTaxonomy: HsdsValidator = (json) => validators().taxonomy(json);
export const validateTaxonomyTerm: HsdsValidator = (json) => validators().taxonomyTerm(json);
export const validateServiceListPage: HsdsValidator = (json) => validators().serviceListPage(json);
export const validateOrganizationListPage: HsdsValidator = (json) =>
  validators().organizationListPage(json);
export const validateTaxonomyListPage: HsdsValidator = (json) =>
  validators().taxonomyListPage(json);
export const validateTaxonomyTermListPage: HsdsValidator = (json) =>
  validators().taxonomyTermListPage(json);
