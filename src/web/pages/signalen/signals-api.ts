import type { z } from 'zod';
import {
  handoverTargetsSchema,
  signalCaseSchema,
  signalMonitorSchema,
  signalQueueSchema,
  type signalImportResultSchema,
} from '../../../contract/signals';
import { getJson } from '../../api/client';

export type SignalQueue = z.infer<typeof signalQueueSchema>;
export type SignalCase = z.infer<typeof signalCaseSchema>;
export type SignalImportResult = z.infer<typeof signalImportResultSchema>;
export type SignalMonitor = z.infer<typeof signalMonitorSchema>;
export type HandoverTargets = z.infer<typeof handoverTargetsSchema>;

export const signalKeys = {
  all: ['signals'] as const,
  queue: (page: number) => ['signals', 'queue', page] as const,
  case: (id: string) => ['signals', 'case', id] as const,
  targets: (id: string) => ['signals', 'case', id, 'targets'] as const,
  monitor: ['signals', 'monitor'] as const,
};

export const signalPaths = {
  queue: (page: number) => `/api/v1/signals/cases?page=${page}&perPage=50`,
  case: (id: string) => `/api/v1/signals/cases/${id}`,
  contacts: (id: string) => `/api/v1/signals/cases/${id}/contacts`,
  outcome: (id: string) => `/api/v1/signals/cases/${id}/outcome`,
  threat: (id: string) => `/api/v1/signals/cases/${id}/threat`,
  targets: (id: string) => `/api/v1/signals/cases/${id}/handover-targets`,
  handover: (id: string) => `/api/v1/signals/cases/${id}/handover`,
  imports: (fileName: string) => `/api/v1/signals/imports?fileName=${encodeURIComponent(fileName)}`,
  monitor: '/api/v1/signals/monitor',
};

// The answers read with the contract's schemas.
export const fetchQueue = (page: number) => getJson(signalPaths.queue(page), signalQueueSchema);
export const fetchCase = (id: string) => getJson(signalPaths.case(id), signalCaseSchema);
export const fetchMonitor = () => getJson(signalPaths.monitor, signalMonitorSchema);
export const fetchHandoverTargets = (id: string) =>
  getJson(signalPaths.targets(id), handoverTargetsSchema);

/** 'J.P. van der Berg' from the separate parts a partner sent. */
export function displayName(p: { initials: string; prefix: string; surname: string }): string {
  return [p.initials, p.prefix, p.surname].filter(Boolean).join(' ');
}

export function euros(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
