import type { Db } from '../../db/client';
import { todayInAmsterdam } from '../clock';
import { appendAuditEntry } from '../../db/repositories/audit.repository';
import { eraseSignalCase, retentionCandidates } from '../../db/signals/signals.repository';
import {
  addMonths,
  mustDeleteSignalData,
  RETENTION_MONTHS_WITHOUT_HELP,
} from '../../domain/signals';

/**
 * Deletes the signal data of cases that did not lead to help once their term has passed (ADR 1401;
 * the term still has to be checked against the Besluit). Each case goes in its own transaction
 * with an access-log row without names.
 */
export async function runSignalRetention(db: Db, now: Date): Promise<{ erased: number }> {
  const today = todayInAmsterdam(now);
  // A day's margin in the query; the domain rule decides exactly (month ends, leap days).
  const notAfter = addMonths(today, -RETENTION_MONTHS_WITHOUT_HELP + 1);
  const candidates = await retentionCandidates(db, notAfter);
  let erased = 0;
  for (const c of candidates) {
    if (!mustDeleteSignalData(c.lastSignalOn, c.outcome, today)) continue;
    await db.transaction(async (tx) => {
      await eraseSignalCase(tx, c.id);
      await appendAuditEntry(tx, {
        at: now,
        organisationId: c.organisationId,
        action: 'signal.erase_after_retention',
        targetType: 'signal_case',
        targetId: c.id,
        details: { lastSignalOn: c.lastSignalOn, retentionMonths: RETENTION_MONTHS_WITHOUT_HELP },
      });
    });
    erased++;
  }
  return { erased };
}
