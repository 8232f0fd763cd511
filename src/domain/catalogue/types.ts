import type { ItemFit } from '../matching/fit';

// The catalogue as the rest of the app sees it: national items from content/, local items a
// werkorganisatie adds itself, and the local offers (who runs what, where, with which contact).

export const capitals = ['economisch', 'sociaal', 'cultureel', 'pedagogisch', 'mentaal'] as const;
export type Capital = (typeof capitals)[number];
export const phases = ['signaleren', 'ondersteunen', 'stimuleren'] as const;
export type Phase = (typeof phases)[number];
export const povertyTypes = ['situationeel', 'generatie', 'migratie'] as const;
export type PovertyType = (typeof povertyTypes)[number];

export type Evidence = {
  /** An id of vocabularies.yaml › evidence_levels. */
  level: string;
  source: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  note?: string | undefined;
};

export type CatalogueItem = {
  /** Slug for national items (the content file name); `lokaal-<uuid>` for local items. */
  id: string;
  origin: 'national' | 'local';
  /** The werkorganisatie that owns a local item; null for national items. */
  organisationId: string | null;
  name: string;
  /** An id of vocabularies.yaml › kinds. */
  kind: string;
  summary: string;
  description: string;
  capitals: { primary: Capital[]; secondary: Capital[] };
  workingElements: string[];
  targetGroups: string[];
  ageRange: { min: number; max: number } | null;
  phases: Phase[];
  povertyTypes: PovertyType[];
  lifeEvents: string[];
  domains: string[];
  evidence: Evidence;
  providers: string[];
  links: string[];
  sources: { document: string; section?: string | undefined }[];
  lastReviewed: string;
  /** Whom the item is for, for the matching; absent on local items and older data. */
  fit?: ItemFit;
};

export type Contact = {
  /** Null for an imported contact point without a name (the page labels it). */
  name: string | null;
  function: string | null;
  phone: string | null;
  email: string | null;
  /** Shown outside the organisation (public API, HSDS export) only when true. */
  public: boolean;
};

export type LocalOffer = {
  id: string;
  organisationId: string;
  organisationName: string;
  interventionId: string;
  gemeenten: { code: string; name: string }[];
  wijk: string | null;
  howToRefer: string | null;
  costs: string | null;
  contact: Contact | null;
  lastCheckedAt: string | null;
  lastCheckedBy: string | null;
  version: number;
};

/**
 * What the in-process catalogue keeps of an item (issue 12.1): the fields the result list, the
 * matching and the reports read. Whole items are read from the database where a page needs them.
 */
export type ListedItem = Pick<
  CatalogueItem,
  | 'id'
  | 'origin'
  | 'organisationId'
  | 'name'
  | 'kind'
  | 'summary'
  | 'capitals'
  | 'ageRange'
  | 'targetGroups'
  | 'phases'
  | 'povertyTypes'
  | 'lifeEvents'
  | 'fit'
> & { evidence: Pick<Evidence, 'level'> };

/** A new object with only the fields of ListedItem, so the rest of a whole item can be collected. */
export function listedItem(item: ListedItem): ListedItem {
  return {
    id: item.id,
    origin: item.origin,
    organisationId: item.organisationId,
    name: item.name,
    kind: item.kind,
    summary: item.summary,
    capitals: item.capitals,
    ageRange: item.ageRange,
    targetGroups: item.targetGroups,
    phases: item.phases,
    povertyTypes: item.povertyTypes,
    lifeEvents: item.lifeEvents,
    evidence: { level: item.evidence.level },
    ...(item.fit ? { fit: item.fit } : {}),
  };
}

/** What the in-process catalogue keeps of a local offer: who offers an item, and where. */
export type ListedOffer = Pick<
  LocalOffer,
  'id' | 'organisationId' | 'organisationName' | 'interventionId' | 'gemeenten'
>;
