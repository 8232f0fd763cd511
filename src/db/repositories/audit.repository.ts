import type { Db } from '../client';
import { auditLog } from '../schema';

export type AuditRow = typeof auditLog.$inferInsert & { at: Date };

/**
 * Appends one row to the access log (append-only: a trigger refuses changes). Pass the
 * transaction that makes the change, so the row and the change commit or roll back together.
 */
export async function appendAuditEntry(db: Db, row: AuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}
