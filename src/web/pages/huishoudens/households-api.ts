import { z } from 'zod';
import { okSchema } from '../../../contract/common';
import {
  householdDetailSchema,
  householdSummarySchema,
  planViewSchema,
  type ConsentPurpose,
  type HouseholdDetail,
} from '../../../contract/households';
import {
  instrumentSchema,
  profileResponseSchema,
  scanViewSchema,
} from '../../../contract/scan/views';
import { getJson, sendJson } from '../../api/client';

// The household API as the pages use it: paths, query keys and fetchers that parse every answer
// with its schema from src/contract.

export type {
  CloseReason,
  Consent,
  ConsentHow,
  ConsentPurpose,
  HouseholdDetail,
  HouseholdSummary,
  PlanView,
  ScanSummary,
} from '../../../contract/households';
export type { ScanOutcome, ScanView } from '../../../contract/scan/views';

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
  /** Every cached page of the list, open and closed, with any filter. */
  listAll: ['households', 'list'] as const,
  list: (closed: boolean, filter = '') => ['households', 'list', closed, filter] as const,
  one: (id: string) => ['households', id] as const,
  profile: (id: string) => ['households', id, 'profile'] as const,
  plan: (id: string) => ['households', id, 'plan'] as const,
  scan: (id: string, scanId: string) => ['households', id, 'scan', scanId] as const,
  instrument: ['kapitaalscan', 'instrument'] as const,
};

export const fetchHousehold = (id: string) =>
  getJson(householdPaths.one(id), householdDetailSchema);
export const fetchProfile = (id: string) =>
  getJson(householdPaths.profile(id), profileResponseSchema);
export const fetchPlan = (id: string) => getJson(householdPaths.plan(id), planViewSchema);
export const fetchInstrument = () => getJson('/api/v1/kapitaalscan/instrument', instrumentSchema);
export const fetchHouseholds = (closed: boolean, filter = '') =>
  getJson(householdPaths.list(closed, filter), z.array(householdSummarySchema));
export const fetchScan = (id: string, scanId: string) =>
  getJson(householdPaths.scan(id, scanId), scanViewSchema);

const created = z.object({ id: z.string() });
export const householdChanges = {
  create: (body: unknown) => sendJson('POST', '/api/v1/households', body, created),
  update: (id: string, body: unknown) =>
    sendJson('PATCH', householdPaths.one(id), body, householdDetailSchema),
  close: (id: string, body: unknown) =>
    sendJson('POST', `${householdPaths.one(id)}/close`, body, householdDetailSchema),
  reopen: (id: string) =>
    sendJson('POST', `${householdPaths.one(id)}/reopen`, {}, householdDetailSchema),
  erase: (id: string, confirmReference: string) =>
    sendJson('POST', `${householdPaths.one(id)}/erase`, { confirmReference }, okSchema),
  recordConsent: (id: string, body: unknown) =>
    sendJson('POST', `${householdPaths.one(id)}/consents`, body, created),
  withdrawConsent: (id: string, consentId: string, withdrawnAt: string) =>
    sendJson(
      'POST',
      `${householdPaths.one(id)}/consents/${encodeURIComponent(consentId)}/withdraw`,
      { withdrawnAt },
      okSchema,
    ),
  savePlan: (id: string, body: unknown) =>
    sendJson('PUT', householdPaths.plan(id), body, planViewSchema),
  startScan: (id: string) => sendJson('POST', householdPaths.scans(id), {}, scanViewSchema),
  saveScan: (id: string, scanId: string, answers: unknown) =>
    sendJson('PUT', householdPaths.scan(id, scanId), answers, scanViewSchema),
  completeScan: (id: string, scanId: string) =>
    sendJson('POST', `${householdPaths.scan(id, scanId)}/complete`, {}, scanViewSchema),
};

/** True when the household has a consent for this purpose that was not withdrawn. */
export function hasActiveConsent(h: Pick<HouseholdDetail, 'consents'>, purpose: ConsentPurpose) {
  return h.consents.some((c) => c.purpose === purpose && c.withdrawnAt === null);
}
