import { z } from 'zod';
import { idSchema } from './common';

/**
 * Teams that may receive a household from the asking organisation: the signal handover (ADR 1402)
 * and the warme overdracht (ADR 1403) list them alike.
 */
export const receivingTeamsSchema = z.object({
  items: z.array(
    z.object({
      teamId: idSchema,
      teamName: z.string(),
      organisationName: z.string(),
      gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
});
export type ReceivingTeam = z.infer<typeof receivingTeamsSchema>['items'][number];
