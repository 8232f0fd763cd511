import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { teamSessionListSchema, teamSessionSchema } from '../../contract/team-sessions';
import { getJson } from './client';

export type { TeamSessionView } from '../../contract/team-sessions';

export const teamSessionKey = (id: string) => ['team-session', id] as const;

export const useMyTeamSessions = () =>
  useQuery({
    queryKey: ['team-sessions'],
    queryFn: () => getJson('/api/v1/team-sessions', teamSessionListSchema),
  });

export const useTeamSession = (id: string) =>
  useQuery({
    queryKey: teamSessionKey(id),
    queryFn: () => getJson(`/api/v1/team-sessions/${id}`, teamSessionSchema),
  });

/**
 * Keeps the session fresh: the server sends `changed` over an event stream (ADR 1302) and the
 * page reads the session again. Returns whether the stream is connected now.
 */
export function useTeamSessionEvents(id: string, enabled: boolean): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!enabled) return undefined;
    const events = new EventSource(`/api/v1/team-sessions/${id}/events`);
    const refresh = () => void client.invalidateQueries({ queryKey: teamSessionKey(id) });
    events.addEventListener('ready', () => {
      setConnected(true);
      refresh(); // what changed while the stream was away
    });
    events.addEventListener('changed', refresh);
    events.onerror = () => setConnected(false);
    return () => {
      events.close();
      setConnected(false);
    };
  }, [client, id, enabled]);
  return connected;
}
