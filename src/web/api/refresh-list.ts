import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Before going back to a list that is not on screen, fetch its cached pages again. Invalidating
 * alone refetches only what is on screen, so the list would first show an entry that was just
 * erased, beside the notice that it is gone. `exact` keeps a removed entry's own query out of it.
 */
export async function refreshListBeforeShowing(
  client: QueryClient,
  queryKey: QueryKey,
  exact = false,
): Promise<void> {
  await client.refetchQueries({ queryKey, exact, type: 'all' });
}

/**
 * Before going back to a list after a change: an erased entry's own queries leave the cache
 * first (one on screen would otherwise be fetched again and answer 404, and its personal data
 * would stay in memory), the list is fetched again, and the rest of `all` only goes stale.
 */
export async function refreshBeforeReturning(
  client: QueryClient,
  keys: { list: QueryKey; listExact?: boolean; all: QueryKey; erased?: QueryKey },
): Promise<void> {
  if (keys.erased) {
    await client.cancelQueries({ queryKey: keys.erased });
    client.removeQueries({ queryKey: keys.erased });
  }
  await refreshListBeforeShowing(client, keys.list, keys.listExact);
  await client.invalidateQueries({ queryKey: keys.all, refetchType: 'none' });
}
