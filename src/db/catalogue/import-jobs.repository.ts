import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { importJobs } from '../schema';

export type ImportMode = 'all-or-nothing' | 'valid-only';
type Message = { path: string; nl: string; en: string };

/** What happened to one record of an HSDS file. */
export type ImportReportLine = {
  index: number;
  hsdsId: string | null;
  name: string | null;
  outcome: 'created' | 'updated' | 'rejected' | 'not-imported';
  interventionId?: string;
  reasons: Message[];
  warnings: Message[];
};

export type ImportJobRow = typeof importJobs.$inferSelect;

export async function createImportJob(
  db: Db,
  values: {
    organisationId: string;
    createdBy: string;
    mode: ImportMode;
    fileName: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const [job] = await db.insert(importJobs).values(values).returning({ id: importJobs.id });
  return job!.id;
}

export function updateImportJob(
  db: Db,
  id: string,
  values: Partial<
    Pick<ImportJobRow, 'status' | 'total' | 'processed' | 'report' | 'finishedAt' | 'heartbeatAt'>
  >,
) {
  return db.update(importJobs).set(values).where(eq(importJobs.id, id));
}

export async function getImportJob(db: Db, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.organisationId, organisationId)));
  return row ?? null;
}

export function recentImportJobs(db: Db, organisationId: string, limit = 20) {
  return db
    .select()
    .from(importJobs)
    .where(eq(importJobs.organisationId, organisationId))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit);
}

/**
 * Marks a job failed with this report, only if it is still unfinished (it may just have ended on
 * another instance). Returns the row as it now is.
 */
export async function failUnfinishedImportJob(
  db: Db,
  row: ImportJobRow,
  failure: { at: Date; report: ImportReportLine[] },
): Promise<ImportJobRow> {
  const [updated] = await db
    .update(importJobs)
    .set({ status: 'failed', finishedAt: failure.at, report: failure.report })
    .where(and(eq(importJobs.id, row.id), inArray(importJobs.status, ['queued', 'running'])))
    .returning();
  if (updated) return updated;
  const [current] = await db.select().from(importJobs).where(eq(importJobs.id, row.id));
  return current ?? row;
}
