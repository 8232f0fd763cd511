import {
  fromHsds,
  type HsdsImportOptions,
  type HsdsImportReason,
  type HsdsImportRecord as DomainImportRecord,
  type HsdsImportResult as DomainImportResult,
  type HsdsVocabularies,
} from '../../domain/hsds';
import { catalogue } from '../messages/catalogue';
import type { Bilingual } from '../problem';
import { validateService } from './validate';

// The import as the server calls it: the pure mapping of src/domain/hsds, with every record also
// checked against the official HSDS service schema. A schema error rejects the record and names
// the field. The domain gives each reason as a catalogue message (`hsdsImport.reason.*`); here it
// is worded in Dutch and English, the shape the import report of the API has always had.

/** A reason or warning as the import report carries it: the HSDS field and both languages. */
export type WordedImportReason = { path: string } & Bilingual;

export type HsdsImportRecord = Omit<DomainImportRecord, 'reasons' | 'warnings'> & {
  reasons: WordedImportReason[];
  warnings: WordedImportReason[];
};

export type HsdsImportResult =
  | (Omit<Extract<DomainImportResult, { ok: true }>, 'records'> & {
      records: HsdsImportRecord[];
    })
  | { ok: false; error: WordedImportReason };

export function wordedReason({ path, message }: HsdsImportReason): WordedImportReason {
  return { path, ...catalogue().bilingual(message) };
}

function wordedRecord(record: DomainImportRecord): HsdsImportRecord {
  return {
    ...record,
    reasons: record.reasons.map(wordedReason),
    warnings: record.warnings.map(wordedReason),
  };
}

export function importHsds(
  json: unknown,
  vocabularies: HsdsVocabularies,
  options: Omit<HsdsImportOptions, 'validateRecord'>,
): HsdsImportResult {
  const result = fromHsds(json, vocabularies, {
    ...options,
    validateRecord: (record) => {
      const checked = validateService(record);
      return checked.ok ? [] : checked.errors;
    },
  });
  if (!result.ok) return { ok: false, error: wordedReason(result.error) };
  return { ...result, records: result.records.map(wordedRecord) };
}
