import type { Message } from '../message';

// The parts of Open Referral HSDS 3.0 that Wegwijs writes and reads, as TypeScript types. Field
// names are the HSDS names (snake_case). The official JSON Schemas (src/contract/hsds/schemas/)
// remain the authority; these types only cover the fields we fill.

export type HsdsTaxonomy = {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
};

export type HsdsTaxonomyTerm = {
  id: string;
  code?: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_detail?: HsdsTaxonomy;
  language?: string;
  taxonomy_id?: string;
  term_uri?: string;
};

export type HsdsAttribute = {
  id: string;
  link_id?: string;
  taxonomy_term_id?: string;
  link_type?: string;
  link_entity?: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
};

export type HsdsPhone = {
  id: string;
  contact_id?: string;
  number: string;
};

export type HsdsContact = {
  id: string;
  organization_id?: string;
  service_id?: string;
  name?: string;
  title?: string;
  email?: string;
  phones?: HsdsPhone[];
  attributes?: HsdsAttribute[];
};

export type HsdsServiceArea = {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  uri?: string;
  attributes?: HsdsAttribute[];
};

export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri?: string;
  parent_organization_id?: string;
  /** Only in the fully nested organization (GET /organizations/{id}). */
  services?: HsdsService[];
};

export const hsdsServiceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type HsdsServiceStatus = (typeof hsdsServiceStatuses)[number];

export type HsdsService = {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  status: HsdsServiceStatus;
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  service_areas?: HsdsServiceArea[];
  organization?: HsdsOrganization;
  contacts?: HsdsContact[];
  attributes?: HsdsAttribute[];
};

/** The paging envelope of every HSDS API list (openapi.json › components.schemas.Page). */
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

/** One entry of a vocabulary in content/vocabularies.yaml. */
export type VocabularyEntry = { id: string; nl: string; en: string };

/**
 * The controlled vocabularies of content/vocabularies.yaml, as read by the content loader. Declared
 * here by shape, so src/domain does not depend on src/contract; the loader's type fits it.
 */
export type HsdsVocabularies = {
  capitals: readonly VocabularyEntry[];
  phases: readonly VocabularyEntry[];
  poverty_types: readonly VocabularyEntry[];
  kinds: readonly VocabularyEntry[];
  evidence_levels: readonly VocabularyEntry[];
  target_groups: readonly VocabularyEntry[];
  life_events: readonly VocabularyEntry[];
  domains: readonly VocabularyEntry[];
};

export type VocabularyName = keyof HsdsVocabularies;

/** A werkorganisatie as the export needs it. `description` is made up from the name when absent. */
export type HsdsOrganisationInput = {
  id: string;
  name: string;
  description?: string | null;
  website?: string | null;
  email?: string | null;
  parentId?: string | null;
  gemeenten?: readonly { code: string; name: string }[];
};

/**
 * A reason or warning about one imported record: the HSDS field and a catalogue message
 * (`hsdsImport.reason.*`, ADR 0006) that the server words in Dutch and English.
 */
export type HsdsImportReason = { path: string; message: Message };
