import { z } from 'zod';
import { idSchema, noBsn, noBsnIssue } from './common';
import { deckIdParams } from './cards';
import { bilingual } from './problem';

// /api/v1/team-sessions: a team looks at one case card together (issue 13, ADR 1302). Answers of
// others stay out of every answer until the starter reveals them. The case is invented: free text
// that looks like a BSN is refused, as everywhere in Wegwijs.

const cardIdSchema = deckIdParams.shape.deckId;
const capitalIdSchema = z
  .string()
  .regex(/^[a-z]+$/)
  .max(40);

export const TEAM_NOTE_MAX = 2000;
export const REASONING_MAX = 1000;

export const startTeamSessionBody = z.strictObject({
  teamId: idSchema,
  deckId: deckIdParams.shape.deckId,
  cardId: cardIdSchema,
  /** Points for capitals that match the back of the card; off unless the team wants them. */
  pointsEnabled: z.boolean().default(false),
});

export const joinTeamSessionBody = z.strictObject({
  code: z.string().trim().min(1).max(20),
});

export const teamSessionParams = z.strictObject({ sessionId: idSchema });

export const sessionAnswerBody = z.strictObject({
  capitals: z.array(capitalIdSchema).max(5),
  reasoning: z.string().trim().max(REASONING_MAX).refine(noBsn, noBsnIssue),
});

export const closeTeamSessionBody = z.strictObject({
  /** What the team chose to keep; null keeps nothing. */
  teamNote: z.string().trim().max(TEAM_NOTE_MAX).refine(noBsn, noBsnIssue).nullable().default(null),
});

export const startedTeamSessionSchema = z.object({ id: idSchema, code: z.string() });
export const joinedTeamSessionSchema = z.object({ id: idSchema });

const answerSchema = z.object({
  userId: idSchema,
  name: z.string(),
  capitals: z.array(z.string()),
  reasoning: z.string(),
  /** Only when the session counts points. */
  points: z.number().int().nullable(),
});

export const teamSessionSchema = z.object({
  id: idSchema,
  team: z.object({ id: idSchema, name: z.string() }),
  deck: z.object({ id: z.string(), title: bilingual }),
  card: z.object({
    id: z.string(),
    front: bilingual,
    /** The answer on the back: only once revealed. */
    back: bilingual.nullable(),
    capitals: z.array(z.string()).nullable(),
  }),
  phase: z.enum(['answering', 'revealed', 'closed']),
  /** While others can still join with it; for the members who joined only. */
  code: z.string().nullable(),
  codeExpiresAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  startedBy: z.object({ id: idSchema.nullable(), name: z.string().nullable() }),
  isStarter: z.boolean(),
  pointsEnabled: z.boolean(),
  members: z.array(z.object({ userId: idSchema, name: z.string(), answered: z.boolean() })),
  myAnswer: z.object({ capitals: z.array(z.string()), reasoning: z.string() }).nullable(),
  /** Everyone's answers, once revealed and until the session closes. */
  answers: z.array(answerSchema).nullable(),
  teamNote: z.string().nullable(),
});
export type TeamSessionView = z.infer<typeof teamSessionSchema>;

export const teamSessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: idSchema,
      team: z.object({ id: idSchema, name: z.string() }),
      card: z.object({ id: z.string(), front: bilingual }),
      phase: z.enum(['answering', 'revealed', 'closed']),
      createdAt: z.iso.datetime(),
      teamNote: z.string().nullable(),
    }),
  ),
});
