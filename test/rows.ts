import { and, count, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { auditLog } from '../src/db/schema';
import type { TestApp } from './harness';

// What a test compares before and after requests that must change nothing: every row an
// organisation owns, or a fingerprint of every table a request can write to.

const users = `(SELECT id FROM users WHERE organisation_id = $org)`;
const households = `(SELECT id FROM households WHERE organisation_id = $org)`;
const cases = `(SELECT id FROM signal_cases WHERE organisation_id = $org)`;
const teamSessions = `(SELECT id FROM team_sessions WHERE organisation_id = $org)`;
// An organisation without a koepel is its own Kwaliteitskompas group.
const kompasCycles = `(SELECT id FROM kompas_cycles WHERE group_id = $org)`;
const offerDecisions = `(SELECT id FROM offer_decisions WHERE organisation_id = $org)`;

/** Each table with the condition that picks an organisation's rows ($org). */
const OWNED_ROWS: [table: string, where: string][] = [
  ['organisations', 'id = $org'],
  ['organisation_gemeenten', 'organisation_id = $org'],
  ['teams', 'organisation_id = $org'],
  ['users', 'organisation_id = $org'],
  ['user_teams', `user_id IN ${users}`],
  ['password_resets', `user_id IN ${users}`],
  ['interventions', 'organisation_id = $org'],
  ['local_offers', 'organisation_id = $org'],
  ['specialists', 'organisation_id = $org'],
  ['entry_versions', `changed_by IN ${users}`],
  ['suggestions', 'organisation_id = $org'],
  ['import_jobs', 'organisation_id = $org'],
  ['gemeente_schemes', 'organisation_id = $org'],
  ['households', 'organisation_id = $org'],
  ['household_professionals', `household_id IN ${households}`],
  ['consents', `household_id IN ${households}`],
  ['scans', `household_id IN ${households}`],
  ['plans', `household_id IN ${households}`],
  ['child_drawings', `household_id IN ${households}`],
  ['household_signals', `household_id IN ${households}`],
  ['advice_questions', 'organisation_id = $org'],
  ['case_dialogues', 'organisation_id = $org'],
  ['team_sessions', 'organisation_id = $org'],
  ['team_session_members', `session_id IN ${teamSessions}`],
  ['team_session_answers', `session_id IN ${teamSessions}`],
  ['experience_experts', 'organisation_id = $org'],
  ['experience_expert_invitations', 'organisation_id = $org'],
  ['kompas_cycles', 'group_id = $org'],
  ['kompas_cycle_versions', `cycle_id IN ${kompasCycles}`],
  ['reflection_entries', `author_id IN ${users}`],
  ['learning_completions', `user_id IN ${users}`],
  ['quickscan_responses', 'organisation_id = $org'],
  ['signal_imports', 'organisation_id = $org'],
  ['signal_cases', 'organisation_id = $org'],
  ['signals', `case_id IN ${cases}`],
  ['signal_contacts', `case_id IN ${cases}`],
  ['offer_decisions', 'organisation_id = $org'],
  ['offer_decision_events', `decision_id IN ${offerDecisions}`],
  ['referrals', 'organisation_id = $org OR receiving_organisation_id = $org'],
];

async function textOf(t: TestApp, query: string): Promise<string> {
  const result = await t.database.db.execute(sql.raw(query));
  const rows = (result as unknown as { rows: { v: string | null }[] }).rows;
  return rows[0]?.v ?? '';
}

const UUID = /^[0-9a-f-]{36}$/;

/** Every row the organisation owns, table by table, as text: equal text means nothing changed. */
export async function ownedRows(t: TestApp, organisationId: string): Promise<string[]> {
  if (!UUID.test(organisationId)) throw new Error('not an organisation id');
  return Promise.all(
    OWNED_ROWS.map(([table, where]) =>
      textOf(
        t,
        `SELECT '${table}: ' || coalesce(json_agg(r ORDER BY r::text)::text, '[]') AS v
         FROM ${table} r WHERE ${where.replaceAll('$org', `'${organisationId}'`)}`,
      ),
    ),
  );
}

/** The tables a request can write to (the access log and sessions may grow on any request). */
export const WRITABLE_TABLES = OWNED_ROWS.map(([table]) => table);

/**
 * Row count and newest row version of every writable table, in one query: an insert or update
 * makes a row version with a newer transaction id, a delete lowers the count.
 */
export async function tableDigest(t: TestApp): Promise<string> {
  const parts = WRITABLE_TABLES.map(
    (table) => `(SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM ${table})`,
  );
  return textOf(t, `SELECT concat_ws(' ', ${parts.join(', ')}) AS v`);
}

/** How many rows of a household's table (drawings, signals, ...) this household has. */
export async function householdRowCount(
  t: TestApp,
  table: PgTable & { householdId: PgColumn },
  householdId: string,
): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(table as PgTable)
    .where(eq(table.householdId, householdId));
  return row!.n;
}

/** How many access-log entries record this action on this target. */
export async function auditCount(t: TestApp, targetId: string, action: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, action)));
  return row!.n;
}
