import { z } from 'zod';
import { idSchema } from '../../../contract/common';
import { receivingTeamsSchema } from '../../../contract/partner-teams';
import {
  referralCountsSchema,
  referralListSchema,
  referralViewSchema,
  type ReferralActionBody,
} from '../../../contract/referrals';
import { getJson, sendJson } from '../../api/client';

export type { ReferralSummary, ReferralView } from '../../../contract/referrals';

export const referralKeys = {
  all: ['referrals'] as const,
  incoming: ['referrals', 'incoming'] as const,
  outgoing: (householdId?: string) => ['referrals', 'outgoing', householdId ?? 'all'] as const,
  counts: ['referrals', 'counts'] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  targets: (householdId: string) => ['referrals', 'targets', householdId] as const,
};

const outgoingPath = (householdId?: string) =>
  `/api/v1/referrals/outgoing${householdId ? `?householdId=${householdId}` : ''}`;

// The answers read with the contract's schemas.
export const fetchIncoming = () => getJson('/api/v1/referrals/incoming', referralListSchema);
export const fetchOutgoing = (householdId?: string) =>
  getJson(outgoingPath(householdId), referralListSchema);
export const fetchCounts = () => getJson('/api/v1/referrals/counts', referralCountsSchema);
export const fetchReferral = (id: string) => getJson(`/api/v1/referrals/${id}`, referralViewSchema);
export const fetchTargets = (householdId: string) =>
  getJson(`/api/v1/households/${householdId}/referral-targets`, receivingTeamsSchema);

export const sendReferral = (
  householdId: string,
  body: { teamId: string; message: string; goals: { goalId: string; stepIds: string[] }[] },
) =>
  sendJson('POST', `/api/v1/households/${householdId}/referrals`, body, z.object({ id: idSchema }));

export const actOnReferral = (id: string, body: ReferralActionBody) =>
  sendJson('POST', `/api/v1/referrals/${id}/actions`, body, referralViewSchema);
