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
 * Goes back to a list after a change: the list is fetched again first, then `goBack` runs, and
 * only then do an erased entry's own queries leave the cache (its personal data would otherwise
 * stay in memory). Removing them while their page is still on screen would make that page fetch
 * them again, each answering 404. The rest of `all` only goes stale.
 */
export async function refreshBeforeReturning(
  client: QueryClient,
  keys: { list: QueryKey; listExact?: boolean; all: QueryKey; erased?: QueryKey },
  goBack: () => Promise<void> | void,
): Promise<void> {
  if (keys.erased) await client.cancelQueries({ queryKey: keys.erased });
  await refreshListBeforeShowing(client, keys.list, keys.listExact);
  await goBack();
  if (keys.erased) client.removeQueries({ queryKey: keys.erased });
  await client.invalidateQueries({ queryKey: keys.all, refetchType: 'none' });
}
