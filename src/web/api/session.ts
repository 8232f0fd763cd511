import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionInfoSchema, type SessionInfo } from '../../contract/auth';
import { getJson, setCsrfToken } from './client';

export const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const info = await getJson('/api/v1/session', sessionInfoSchema);
      setCsrfToken(info.csrfToken);
      return info;
    },
    staleTime: 60_000,
  });
}

/** Stores a fresh session answer (after login) without another round trip. */
export function useSetSession() {
  const client = useQueryClient();
  return (info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    client.setQueryData(sessionKey, info);
  };
}

/** The signed-in user; only call below <RequireAuth>. */
export function useMe() {
  const { data } = useSession();
  if (!data?.user) throw new Error('useMe() used outside an authenticated page');
  return data.user;
}
