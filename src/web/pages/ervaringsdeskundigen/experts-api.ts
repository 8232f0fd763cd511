import { useQuery } from '@tanstack/react-query';
import { okSchema } from '../../../contract/common';
import {
  experienceExpertListSchema,
  experienceExpertSchema,
  invitationListSchema,
  invitationSchema,
  type CreateExperienceExpertBody,
  type InviteExpertBody,
} from '../../../contract/experience-experts';
import { getJson, sendJson } from '../../api/client';

// The register of experience experts and their invitations (/api/v1/experience-experts).

const base = '/api/v1/experience-experts';

export const expertKeys = {
  all: ['experience-experts'] as const,
  one: (id: string) => ['experience-experts', id] as const,
  invitations: (kind: string, targetId: string) =>
    ['experience-experts', 'invitations', kind, targetId] as const,
};

export const useExperts = (enabled = true) =>
  useQuery({
    queryKey: expertKeys.all,
    queryFn: () => getJson(base, experienceExpertListSchema),
    enabled,
  });

export const useExpert = (id: string) =>
  useQuery({
    queryKey: expertKeys.one(id),
    queryFn: () => getJson(`${base}/${encodeURIComponent(id)}`, experienceExpertSchema),
  });

export type ExpertFormBody = Omit<CreateExperienceExpertBody, 'consent'> & {
  consent?: CreateExperienceExpertBody['consent'];
};

export const createExpert = (body: CreateExperienceExpertBody) =>
  sendJson('POST', base, body, experienceExpertSchema);

export const updateExpert = (id: string, body: ExpertFormBody) =>
  sendJson('PUT', `${base}/${encodeURIComponent(id)}`, body, experienceExpertSchema);

export const eraseExpert = (id: string) =>
  sendJson('DELETE', `${base}/${encodeURIComponent(id)}`, undefined, okSchema);

export const useInvitations = (kind: InviteExpertBody['kind'], targetId: string) =>
  useQuery({
    queryKey: expertKeys.invitations(kind, targetId),
    queryFn: () =>
      getJson(
        `${base}/invitations?kind=${kind}&targetId=${encodeURIComponent(targetId)}`,
        invitationListSchema,
      ),
  });

export const inviteExpert = (expertId: string, body: InviteExpertBody) =>
  sendJson('POST', `${base}/${encodeURIComponent(expertId)}/invitations`, body, invitationSchema);
