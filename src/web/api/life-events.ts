import { useQuery } from '@tanstack/react-query';
import {
  addLifeEventResultSchema,
  lifeEventDetailSchema,
  lifeEventListSchema,
  type LifeEventDetail,
  type LifeEventSummary,
} from '../../contract/life-events';
import { planViewSchema } from '../../contract/households';
import { getJson, sendJson } from './client';

// Life-event checklists (GET /api/v1/life-events). They change only with a new release.

export type { LifeEventDetail, LifeEventSummary };

export const useLifeEvents = () =>
  useQuery({
    queryKey: ['life-events'],
    queryFn: () => getJson('/api/v1/life-events', lifeEventListSchema),
    staleTime: Infinity,
  });

export const useLifeEvent = (id: string) =>
  useQuery({
    queryKey: ['life-event', id],
    queryFn: () => getJson(`/api/v1/life-events/${encodeURIComponent(id)}`, lifeEventDetailSchema),
    staleTime: Infinity,
  });

/**
 * Puts a checklist in a household's plan, over the plan version just read: a save by a colleague
 * in between is refused by the server rather than overwritten.
 */
export async function addLifeEventToPlan(
  householdId: string,
  lifeEventId: string,
  language: 'nl' | 'en',
) {
  const plan = `/api/v1/households/${encodeURIComponent(householdId)}/plan`;
  const { version } = await getJson(plan, planViewSchema);
  return sendJson(
    'POST',
    `${plan}/life-events`,
    { lifeEventId, version, language },
    addLifeEventResultSchema,
  );
}
