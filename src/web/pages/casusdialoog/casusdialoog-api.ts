import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import {
  caseDialogueListSchema,
  caseDialogueSchema,
  type CaseDialogueBody,
} from '../../../contract/case-dialogues';
import { getJson, sendJson } from '../../api/client';

// The team's ethical case dialogues (GET/POST /api/v1/case-dialogues).

export const caseDialogueKeys = {
  all: ['case-dialogues'] as const,
  one: (id: string) => ['case-dialogues', id] as const,
};

export const useCaseDialogues = () =>
  useQuery({
    queryKey: caseDialogueKeys.all,
    queryFn: () => getJson('/api/v1/case-dialogues', caseDialogueListSchema),
  });

export const useCaseDialogue = (id: string) =>
  useQuery({
    queryKey: caseDialogueKeys.one(id),
    queryFn: () => getJson(`/api/v1/case-dialogues/${encodeURIComponent(id)}`, caseDialogueSchema),
  });

export const createCaseDialogue = (body: CaseDialogueBody) =>
  sendJson('POST', '/api/v1/case-dialogues', body, z.object({ id: z.string() }));
