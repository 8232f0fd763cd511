import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client';
import { pruneThrottle } from '../../db/repositories/login-throttle.repository';
import { closedHouseholds, eraseHousehold } from '../../db/households/households.repository';
import { appendAuditEntry } from '../../db/repositories/audit.repository';
import {
  defaultOrganisationSettings,
  retentionMonthsOf,
} from '../../db/repositories/organisations.repository';
import { freshnessCutoff } from '../../domain/catalogue/freshness';
import { runSignalRetention } from '../signals/retention';
import { closeExpiredSessions } from '../../db/team-sessions/team-sessions.repository';
import { deleteAdviceAskedBefore } from '../../db/wijksignalen/advice.repository';
import { adviceRetentionCutoff } from '../../domain/wijksignalen/observation';

/**
 * Erases households closed longer ago than their organisation's retention period. Each one in its
 * own transaction with an access-log row, so a failure halfway loses nothing else.
 */
export async function runRetention(db: Db, now: Date): Promise<{ erased: string[] }> {
  const closed = await closedHouseholds(db);
  if (closed.length === 0) return { erased: [] };
  const orgIds = [...new Set(closed.map((h) => h.organisationId))];
  const months = await retentionMonthsOf(db, orgIds);
  const erased: string[] = [];
  for (const h of closed) {
    const period = months.get(h.organisationId) ?? defaultOrganisationSettings.retentionMonths;
    const cutoff = freshnessCutoff(now, period).toISOString().slice(0, 10);
    if (h.closedAt! >= cutoff) continue;
    await db.transaction(async (tx) => {
      await eraseHousehold(tx, h.id);
      await appendAuditEntry(tx, {
        at: now,
        organisationId: h.organisationId,
        action: 'household.erase_after_retention',
        targetType: 'household',
        targetId: h.id,
        details: { closedAt: h.closedAt, retentionMonths: period },
      });
    });
    erased.push(h.id);
  }
  return { erased };
}

/** Deletes anonymous advice questions asked longer ago than their term (ADR 1404). */
export async function runAdviceRetention(db: Db, now: Date): Promise<number> {
  return deleteAdviceAskedBefore(db, adviceRetentionCutoff(now));
}

/** Runs the retention job at start and then every hour, inside the app (no external cron). */
export function scheduleRetention(
  db: Db,
  log: FastifyBaseLogger,
  options: { firstRunAfterMs?: number; intervalMs?: number } = {},
) {
  const { firstRunAfterMs = 0, intervalMs = 3_600_000 } = options;
  const run = async () => {
    try {
      const now = new Date();
      const { erased } = await runRetention(db, now);
      const signals = await runSignalRetention(db, now);
      // Login counters older than a day say nothing any more.
      await pruneThrottle(db, new Date(now.getTime() - 86_400_000));
      // Team sessions past their end lose their answers even when no one closed them.
      await closeExpiredSessions(db, now);
      // Anonymous advice questions go after their term (ADR 1404), answered or not.
      await runAdviceRetention(db, now);
      if (signals.erased)
        log.info(
          { erased: signals.erased },
          'retention: erased signal cases past their legal term',
        );
      if (erased.length)
        log.info(
          { erased: erased.length },
          'retention: erased closed households past their retention period',
        );
    } catch (error) {
      log.error({ err: error }, 'retention job failed');
    }
  };
  const first = setTimeout(() => void run(), firstRunAfterMs);
  const timer = setInterval(() => void run(), intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
