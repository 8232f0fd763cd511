import {
  configuredGemeentenSchema,
  gemeenteSchemesSchema,
  publicGemeenteConfigSchema,
} from '../../../contract/benefits';
import { z } from 'zod';
import { versionEntrySchema } from '../../../contract/catalogue';
import type { GemeenteConfig } from '../../../domain/benefits';
import { ApiError, getJson } from '../../api/client';

// The only requests of the resident page: which gemeenten are set up, and the public schemes of
// the chosen one. Both name at most a gemeente code; no answer of the resident is ever sent.

export type ConfiguredGemeenten = z.infer<typeof configuredGemeentenSchema>;

export const gemeentenKey = ['benefits', 'gemeenten'] as const;
export const gemeenteKey = (code: string) => ['benefits', 'gemeenten', code] as const;

export const fetchGemeenten = () =>
  getJson('/api/v1/benefits/gemeenten', configuredGemeentenSchema);

/** The public configuration, read with the engine's schema (inside the contract's) before use. */
export async function fetchGemeenteConfig(code: string): Promise<GemeenteConfig> {
  const data = await getJson(
    `/api/v1/benefits/gemeenten/${encodeURIComponent(code)}`,
    publicGemeenteConfigSchema,
  );
  return data.config;
}

/** The gemeente's configuration, or null when it has none set up yet (the API answers 404). */
export async function fetchGemeenteConfigOrNull(code: string): Promise<GemeenteConfig | null> {
  try {
    return await fetchGemeenteConfig(code);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const schemesKey = (code: string) => ['gemeente-schemes', code] as const;
export const historyKey = (code: string) => ['gemeente-schemes', code, 'history'] as const;

export const fetchSchemes = (code: string) =>
  getJson(`/api/v1/gemeenten/${encodeURIComponent(code)}/schemes`, gemeenteSchemesSchema);

/** A saved version; its `data.config` is compared as it was stored, whatever shape it had then. */
export type SchemeVersion = z.infer<typeof versionEntrySchema>;
const schemeHistory = z.array(versionEntrySchema);

export const fetchHistory = (code: string) =>
  getJson(`/api/v1/gemeenten/${encodeURIComponent(code)}/schemes/history`, schemeHistory);
