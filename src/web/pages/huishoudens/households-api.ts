import type { consentPurposes, HouseholdData, Plan } from '../../../contract/households';
import type {
  Instrument,
  PovertyTypeIndication,
  Profile,
  ProfileChange,
  ScanAnswers,
} from '../../../domain/assessment';
import type { MatchResult } from '../../../domain/matching';
import { get } from '../../api/client';

// The household API as the pages use it: the answers' shapes (see src/server/routes/
// households.routes.ts, scans.routes.ts, plans.routes.ts) and the query keys.

export type ConsentPurpose = (typeof consentPurposes)[number];
export type ConsentHow = 'mondeling' | 'schriftelijk' | 'digitaal';
export type CloseReason =
  'doelen-bereikt' | 'verhuisd' | 'doorverwezen' | 'op-eigen-verzoek' | 'geen-contact' | 'anders';

export type HouseholdSummary = {
  id: string;
  reference: string;
  label: string;
  team: string | null;
  professionals: string[];
  gemeente: string;
  startDate: string;
  closedAt: string | null;
};

export type Consent = {
  id: string;
  purpose: ConsentPurpose;
  how: ConsentHow;
  givenAt: string;
  note: string | null;
  withdrawnAt: string | null;
};

export type ScanSummary = {
  id: string;
  status: 'draft' | 'completed';
  startedAt: string;
  completedAt: string | null;
};

export type HouseholdDetail = {
  id: string;
  reference: string;
  label: string;
  team: { id: string; name: string } | null;
  professionals: { id: string; name: string; role: string }[];
  data: HouseholdData;
  notes: string | null;
  startDate: string;
  closedAt: string | null;
  closeReason: CloseReason | null;
  version: number;
  consents: Consent[];
  scans: ScanSummary[];
  hasPlan: boolean;
};

export type ScanView = {
  id: string;
  status: 'draft' | 'completed';
  answers: ScanAnswers;
  startedAt: string;
  completedAt: string | null;
  updatedAt: string;
};

export type ScanOutcome = {
  scanId: string;
  completedAt: string;
  previousScanId: string | null;
  previousCompletedAt: string | null;
  profile: Profile;
  change: ProfileChange | null;
  povertyTypes: PovertyTypeIndication[];
  matches: MatchResult;
};

export type PlanView = { plan: Plan; version: number };

export type Team = { id: string; name: string; archived: boolean };

const base = (id: string) => `/api/v1/households/${encodeURIComponent(id)}`;

export const householdPaths = {
  /** `filter`: the API filter of a dashboard figure (open households only). */
  list: (closed: boolean, filter = '') =>
    `/api/v1/households${filter ? `?${filter}` : closed ? '?includeClosed=true' : ''}`,
  one: base,
  scans: (id: string) => `${base(id)}/scans`,
  scan: (id: string, scanId: string) => `${base(id)}/scans/${encodeURIComponent(scanId)}`,
  profile: (id: string) => `${base(id)}/profile`,
  plan: (id: string) => `${base(id)}/plan`,
  planPdf: (id: string, lang: string) => `${base(id)}/plan/pdf?lang=${lang}`,
  exportJson: (id: string) => `${base(id)}/export`,
  exportPdf: (id: string, lang: string) => `${base(id)}/export/pdf?lang=${lang}`,
};

export const householdKeys = {
  all: ['households'] as const,
  list: (closed: boolean, filter = '') => ['households', 'list', closed, filter] as const,
  one: (id: string) => ['households', id] as const,
  profile: (id: string) => ['households', id, 'profile'] as const,
  plan: (id: string) => ['households', id, 'plan'] as const,
  scan: (id: string, scanId: string) => ['households', id, 'scan', scanId] as const,
  instrument: ['kapitaalscan', 'instrument'] as const,
};

export const fetchHousehold = (id: string) => get<HouseholdDetail>(householdPaths.one(id));
export const fetchProfile = (id: string) =>
  get<ScanOutcome | { profile: null }>(householdPaths.profile(id));
export const fetchPlan = (id: string) => get<PlanView>(householdPaths.plan(id));
export const fetchInstrument = () => get<Instrument>('/api/v1/kapitaalscan/instrument');

/** True when the household has a consent for this purpose that was not withdrawn. */
export function hasActiveConsent(h: Pick<HouseholdDetail, 'consents'>, purpose: ConsentPurpose) {
  return h.consents.some((c) => c.purpose === purpose && c.withdrawnAt === null);
}
