import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { reflectionEntries } from '../schema';

// The private reflection log. Every read takes the author's id: there is no query that returns
// another person's entries, whatever the caller's role.

export type ReflectionRow = typeof reflectionEntries.$inferSelect;

export async function insertReflection(
  db: Db,
  entry: {
    authorId: string;
    deckId: string;
    deckVersion: number;
    moment: 'voor' | 'na';
    answers: Record<string, string>;
    now: Date;
  },
): Promise<ReflectionRow> {
  const { now, ...values } = entry;
  const [row] = await db
    .insert(reflectionEntries)
    .values({ ...values, createdAt: now })
    .returning();
  return row!;
}

/** The author's own entries, oldest first. */
export async function listOwnReflections(db: Db, authorId: string): Promise<ReflectionRow[]> {
  return db
    .select()
    .from(reflectionEntries)
    .where(eq(reflectionEntries.authorId, authorId))
    .orderBy(asc(reflectionEntries.createdAt), asc(reflectionEntries.id));
}

/** One entry, only when the author asks for it. */
export async function getOwnReflection(
  db: Db,
  authorId: string,
  id: string,
): Promise<ReflectionRow | undefined> {
  const [row] = await db
    .select()
    .from(reflectionEntries)
    .where(and(eq(reflectionEntries.id, id), eq(reflectionEntries.authorId, authorId)));
  return row;
}
