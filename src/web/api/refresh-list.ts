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
