import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { SignalSetting } from '../../contract/content';
import type { Db } from '../client';
import { adviceQuestions, specialists } from '../schema';

// Anonymous advice questions (ADR 1404). Every query is scoped to one organisation; there is no
// household column to join on, by design.

export type AdviceQuestionRow = typeof adviceQuestions.$inferSelect;

export async function insertAdviceQuestion(
  db: Db,
  input: {
    organisationId: string;
    askedBy: string;
    setting: SignalSetting;
    signalIds: string[];
    question: string;
    at: Date;
  },
): Promise<string> {
  const { at, ...values } = input;
  const [row] = await db
    .insert(adviceQuestions)
    .values({ ...values, askedAt: at })
    .returning({ id: adviceQuestions.id });
  return row!.id;
}

/** The questions one person asked, newest first. */
export async function questionsAskedBy(db: Db, organisationId: string, userId: string) {
  return db
    .select()
    .from(adviceQuestions)
    .where(
      and(eq(adviceQuestions.organisationId, organisationId), eq(adviceQuestions.askedBy, userId)),
    )
    .orderBy(desc(adviceQuestions.askedAt));
}

/** The organisation's questions without an answer, oldest first. */
export async function openQuestions(db: Db, organisationId: string) {
  return db
    .select()
    .from(adviceQuestions)
    .where(and(eq(adviceQuestions.organisationId, organisationId), isNull(adviceQuestions.answer)))
    .orderBy(asc(adviceQuestions.askedAt));
}

export async function findAdviceQuestion(
  db: Db,
  organisationId: string,
  id: string,
): Promise<AdviceQuestionRow | null> {
  const [row] = await db
    .select()
    .from(adviceQuestions)
    .where(and(eq(adviceQuestions.id, id), eq(adviceQuestions.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

/** Stores the answer unless someone answered first; false when the question already had one. */
export async function answerAdviceQuestion(
  db: Db,
  input: { organisationId: string; id: string; answer: string; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(adviceQuestions)
    .set({ answer: input.answer, answeredBy: input.by, answeredAt: input.at })
    .where(
      and(
        eq(adviceQuestions.id, input.id),
        eq(adviceQuestions.organisationId, input.organisationId),
        isNull(adviceQuestions.answer),
      ),
    )
    .returning({ id: adviceQuestions.id });
  return rows.length > 0;
}

/** Whether the address is on a current (not archived) specialist entry of the organisation. */
export async function isNamedSpecialist(
  db: Db,
  organisationId: string,
  email: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: specialists.id })
    .from(specialists)
    .where(
      and(
        eq(specialists.organisationId, organisationId),
        isNull(specialists.archivedAt),
        sql`lower(${specialists.data}->>'email') = ${email.toLowerCase()}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Deletes every question asked before the cutoff (retention, ADR 1404); returns how many. */
export async function deleteAdviceAskedBefore(db: Db, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(adviceQuestions)
    .where(lt(adviceQuestions.askedAt, cutoff))
    .returning({ id: adviceQuestions.id });
  return rows.length;
}
