import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../contract/audit-actions';
import type { Db } from '../db/client';
import { appendAuditEntry, type AuditRow } from '../db/repositories/audit.repository';

export type AuditEntry = {
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown>;
  /** Defaults to the signed-in user's; set it for events before login (failed logins). */
  organisationId?: string | null;
  actorId?: string | null;
  sessionId?: string | null;
};

/**
 * Appends one row to the access log. Pass the transaction that makes the change, so the log row
 * and the change are committed (or rolled back) together.
 */
export async function audit(db: Db, request: FastifyRequest, entry: AuditEntry): Promise<void> {
  await appendAuditEntry(db, auditRow(request, entry));
}

/**
 * The access-log row for an entry: who (from the request's session), when and from where. For a
 * repository that writes the row in the same statement as the read it logs.
 */
export function auditRow(request: FastifyRequest, entry: AuditEntry): AuditRow {
  const auth = request.auth;
  return {
    at: request.server.clock(),
    organisationId:
      entry.organisationId !== undefined
        ? entry.organisationId
        : (auth?.user.organisationId ?? null),
    actorId: entry.actorId !== undefined ? entry.actorId : (auth?.user.id ?? null),
    sessionId: entry.sessionId !== undefined ? entry.sessionId : (auth?.session.id ?? null),
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome ?? 'success',
    ip: request.ip,
    details: entry.details ?? {},
  };
}
