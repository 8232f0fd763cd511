import { useQuery } from '@tanstack/react-query';
import {
  quickscanInstrumentSchema,
  quickscanMineSchema,
  quickscanTeamSchema,
  quickscanWijkenSchema,
} from '../../contract/quickscan';
import { getJson } from './client';

// The professionals' quickscan (ADR 1504): the scan itself, your own answers, and team and wijk figures.

export const quickscanMineKey = ['quickscan', 'mine'] as const;

export const useQuickscanInstrument = () =>
  useQuery({
    queryKey: ['quickscan', 'instrument'],
    queryFn: () => getJson('/api/v1/quickscan/instrument', quickscanInstrumentSchema),
    staleTime: Infinity,
  });

export const useQuickscanMine = () =>
  useQuery({
    queryKey: quickscanMineKey,
    queryFn: () => getJson('/api/v1/quickscan/mine', quickscanMineSchema),
  });

export const useQuickscanTeam = (teamId: string | undefined, year: number) =>
  useQuery({
    queryKey: ['quickscan', 'team', teamId, year],
    enabled: Boolean(teamId),
    queryFn: () =>
      getJson(
        `/api/v1/quickscan/teams/${encodeURIComponent(teamId ?? '')}?year=${year}`,
        quickscanTeamSchema,
      ),
  });

export const useQuickscanWijken = (year: number) =>
  useQuery({
    queryKey: ['quickscan', 'wijken', year],
    queryFn: () => getJson(`/api/v1/quickscan/wijken?year=${year}`, quickscanWijkenSchema),
  });
