import { useQuery } from '@tanstack/react-query';
import {
  signalChecklistDetailSchema,
  signalChecklistListSchema,
  type SignalChecklistDetail,
} from '../../contract/signal-checklists';
import { getJson } from './client';

// Signalen uit de wijk (GET /api/v1/signal-checklists). They change only with a new release.

export type { SignalChecklistDetail };

export const useSignalChecklists = () =>
  useQuery({
    queryKey: ['signal-checklists'],
    queryFn: () => getJson('/api/v1/signal-checklists', signalChecklistListSchema),
    staleTime: Infinity,
  });

export const useSignalChecklist = (setting: string) =>
  useQuery({
    queryKey: ['signal-checklist', setting],
    queryFn: () =>
      getJson(
        `/api/v1/signal-checklists/${encodeURIComponent(setting)}`,
        signalChecklistDetailSchema,
      ),
    staleTime: Infinity,
  });
