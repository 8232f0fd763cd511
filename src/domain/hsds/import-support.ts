import { message, type Message, type MessageValues } from '../message';
import type { TermIndex } from './taxonomy';
import type {
  HsdsContact,
  HsdsImportReason,
  HsdsPhone,
  HsdsService,
  HsdsServiceArea,
  HsdsVocabularies,
} from './types';

// What the parts of the HSDS import (import*.ts) share: its options and context, the shape of a
// record once the official schema let it through, and small helpers for reasons and paths.

/** An error of the official schema: the field and what is wrong, as a catalogue message. */
export type HsdsSchemaError = { path: string; problem: Message };

export type HsdsImportOptions = {
  /** YYYY-MM-DD. Its year becomes the evidence date of a record that gives no date at all. */
  peildatum: string;
  /** Known gemeenten, to recognise a service area by name when it carries no CBS code. */
  gemeenten?: readonly { code: string; name: string }[];
  /**
   * Checks one record against the official schema (src/contract/hsds); errors reject it. The
   * import trusts the shape the schema lets through and does not check it again.
   */
  validateRecord: (record: unknown) => readonly HsdsSchemaError[];
  /** Called after each record, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
};

// Limits of the local item and offer forms (src/contract/catalogue.ts), so that every valid record
// can be stored as it is.
export const IMPORT_LIMITS = {
  name: 160,
  summary: 240,
  description: 5000,
  howToRefer: 2000,
  costs: 500,
  wijk: 120,
  contactName: 120,
  contactFunction: 120,
  listText: 120,
  ageMax: 120,
} as const;

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reason or warning about `path`, worded by the catalogue key (`hsdsImport.reason.*`). */
export function reason(path: string, key: string, values?: MessageValues): HsdsImportReason {
  return { path, message: message(key, values) };
}

export function join(...parts: (string | number)[]): string {
  return parts.filter((p) => p !== '').join('.');
}

/** What every record of one import shares; make it with createImportContext. */
export type HsdsImportContext = {
  index: TermIndex;
  vocabularies: HsdsVocabularies;
  options: HsdsImportOptions;
  gemeentenByName: Map<string, { code: string; name: string }>;
  gemeentenByCode: Map<string, { code: string; name: string }>;
};

/** A trimmed text that is not empty, or undefined for anything else. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * A service as the official schema lets it through: the HSDS fields we read, plus the service's own
 * email and phones (used when it names no contact) and its last change (a fallback evidence date).
 */
export type ServiceContact = HsdsContact & { department?: string };
export type ImportableService = Omit<HsdsService, 'contacts' | 'service_areas'> & {
  contacts?: ServiceContact[];
  service_areas?: (HsdsServiceArea & { extent?: string })[];
  email?: string;
  phones?: HsdsPhone[];
  last_modified?: string;
  service_at_locations?: unknown[];
};
