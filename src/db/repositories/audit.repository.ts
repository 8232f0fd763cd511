import { and, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { storedNamesOf } from '../../contract/audit-actions';
import type { Db } from '../client';
import { auditLog, households, organisations, users } from '../schema';

export type AuditFilter = {
  action?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  householdReference?: string | undefined;
  outcome?: 'success' | 'failure' | 'denied' | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

// The household a row is about, only when it belongs to the organisation whose log this is.
const householdOfRow = (organisationId: string) =>
  and(
    eq(auditLog.targetType, 'household'),
    sql`${auditLog.targetId} = ${households.id}::text`,
    eq(households.organisationId, organisationId),
  );

function conditions(organisationId: string, q: AuditFilter): SQL | undefined {
  const filters: SQL[] = [eq(auditLog.organisationId, organisationId)];
  // Older rows keep the names they were written with; the filter finds them too.
  if (q.action) filters.push(inArray(auditLog.action, storedNamesOf(q.action)));
  if (q.actorId) filters.push(eq(auditLog.actorId, q.actorId));
  if (q.targetType) filters.push(eq(auditLog.targetType, q.targetType));
  if (q.targetId) filters.push(eq(auditLog.targetId, q.targetId));
  if (q.householdReference) filters.push(eq(households.reference, q.householdReference));
  if (q.outcome) filters.push(eq(auditLog.outcome, q.outcome));
  if (q.from) filters.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to)
    filters.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
  return and(...filters);
}

/** One organisation's access log, newest first, with the household reference and who acted. */
export async function auditPage(
  db: Db,
  organisationId: string,
  q: AuditFilter,
  page: { limit: number; offset: number },
) {
  const where = conditions(organisationId, q);
  const [total] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(households, householdOfRow(organisationId))
    .where(where);
  const rows = await db
    .select({
      entry: auditLog,
      actorName: users.name,
      actorOrganisation: organisations.name,
      householdReference: households.reference,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(households, householdOfRow(organisationId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total: Number(total?.n ?? 0), rows };
}

/**
 * The access log of one household for its own export: the rows in the holding organisation's
 * log. Staff of another organisation appear by their organisation only, never by name.
 */
export async function householdAccessLog(db: Db, householdId: string, organisationId: string) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      outcome: auditLog.outcome,
      actor: sql<
        string | null
      >`CASE WHEN ${users.organisationId} = ${organisationId} THEN ${users.name} ELSE ${organisations.name} END`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(auditLog.organisationId, organisationId),
        eq(auditLog.targetType, 'household'),
        eq(auditLog.targetId, householdId),
      ),
    )
    .orderBy(desc(auditLog.at));
}

export type AuditRow = typeof auditLog.$inferInsert & { at: Date };

/**
 * Appends one row to the access log (append-only: a trigger refuses changes). Pass the
 * transaction that makes the change, so the row and the change commit or roll back together.
 */
export async function appendAuditEntry(db: Db, row: AuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}
