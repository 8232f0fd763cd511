// Open Referral HSDS 3.0 exchange for the wegwijzer: pure mapping both ways (ADR 0204).
export * from './types';
export {
  HSDS_NAMESPACE,
  NATIONAL_ORGANIZATION_ID,
  organizationIdFor,
  serviceIdForItem,
  taxonomyIdFor,
  termIdFor,
  wegwijsUuid,
} from './ids';
export {
  FIELD_TERMS,
  FIELDS_TAXONOMY,
  VOCABULARY_NAMES,
  toHsdsFieldTerm,
  toHsdsTaxonomies,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
  toHsdsTaxonomyTerms,
  type FieldCode,
  type TaxonomyName,
  type TaxonomyOptions,
} from './taxonomy';
export {
  gemeenteUri,
  nationalOrganization,
  slicePage,
  toHsdsOrganization,
  toHsdsOrganizationListPage,
  toHsdsOrganizationSummary,
  toHsdsPage,
  toHsdsService,
  toHsdsServiceListPage,
  toHsdsServiceSummary,
  type HsdsExportOptions,
  type PageInput,
} from './export';
export {
  createImportContext,
  extractHsdsRecords,
  fromHsds,
  importHsdsRecord,
  IMPORT_LIMITS,
  type HsdsImportContext,
  type HsdsImportFormat,
  type HsdsImportOptions,
  type HsdsImportRecord,
  type HsdsImportResult,
  type HsdsSchemaError,
  type ImportedItem,
  type ImportedOffer,
} from './import';
export { isUuid, uuidV5 } from './uuid-v5';
