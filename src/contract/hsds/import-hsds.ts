import {
  fromHsds,
  type HsdsImportOptions,
  type HsdsImportResult,
  type HsdsVocabularies,
} from '../../domain/hsds';
import { validateService } from './validate';

// The import as the server calls it: the pure mapping of src/domain/hsds, with every record also
// checked against the official HSDS service schema. A schema error rejects the record and names
// the field, in Dutch and English.

export function importHsds(
  json: unknown,
  vocabularies: HsdsVocabularies,
  options: Omit<HsdsImportOptions, 'validateRecord'>,
): HsdsImportResult {
  return fromHsds(json, vocabularies, {
    ...options,
    validateRecord: (record) => {
      const result = validateService(record);
      return result.ok ? [] : result.errors;
    },
  });
}
