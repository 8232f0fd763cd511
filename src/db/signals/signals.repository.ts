import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import {
  casePriority,
  groupRows,
  HELP_OUTCOMES,
  matchCase,
  personKey,
  type ContactKind,
  type CreditorType,
  type Outcome,
  type RowIssue,
  type SignalRow,
  type Threat,
  type ThreatKind,
  urgentConversationBy,
} from '../../domain/signals';
import type { Db } from '../client';
import type { AuditRow } from '../repositories/audit.repository';
import {
  auditLog,
  signalCases,
  signalContacts,
  signalImports,
  signalOpenCounts,
  signals,
} from '../schema';

// Every function takes the organisation and filters on it: signal data never crosses organisations.

// Rows per statement. Rows travel as one JSON parameter (json_to_recordset): PostgreSQL parses
// one value instead of binding thousands of parameters, and no statement nears the 65 535 limit.
const BATCH = 5000;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A list of values or records as one statement parameter. */
const asJson = (value: unknown) => sql`${JSON.stringify(value)}::json`;

export type ImportSummary = {
  importId: string;
  signals: number;
  newCases: number;
  mergedCases: number;
};

type ImportTarget = { organisationId: string; importId: string; at: Date };

/**
 * What an import wrote so far, tallied while writing (no query over its signals at the end).
 * Case ids are made here, so a case an earlier batch of the same file created is known as new.
 */
export class ImportTally {
  signals = 0;
  readonly created = new Set<string>();
  readonly merged = new Set<string>();

  /** A case this file did not create got a signal: a person already known was signalled again. */
  matched(caseId: string) {
    if (!this.created.has(caseId)) this.merged.add(caseId);
  }
}

/** The import's own row, written first so its signals can point at it; the counts follow at the end. */
export async function beginSignalImport(
  tx: Db,
  input: { organisationId: string; userId: string; at: Date; fileName: string | null },
): Promise<string> {
  const [imported] = await tx
    .insert(signalImports)
    .values({
      organisationId: input.organisationId,
      createdBy: input.userId,
      createdAt: input.at,
      fileName: input.fileName,
      encoding: '',
      delimiter: '',
      rows: 0,
      signals: 0,
      newCases: 0,
      report: [],
    })
    .returning({ id: signalImports.id });
  return imported!.id;
}

/** A case already in the database that a row of this batch may belong to. */
type KnownCase = {
  id: string;
  surname: string;
  initials: string;
  /** The creditor of each of its signals so far, for the new priority. */
  creditorTypes: CreditorType[];
  firstSignalOn: string;
  lastSignalOn: string;
};

/** A known case with this batch's rows for it: its priority and dates are worked out again. */
type Merge = { known: KnownCase; added: SignalRow[] };

/**
 * Writes one batch of a streamed file: new cases for new people, the signals, and new priorities
 * for known people (including people an earlier batch of the same file created). Call inside the
 * import's transaction so a failure leaves nothing behind. Four statements a batch: the look-up
 * (which also brings what the priority needs), the new cases, the signals and the merged cases.
 */
export async function storeSignalBatch(
  tx: Db,
  target: ImportTarget,
  rows: SignalRow[],
  tally: ImportTally,
): Promise<number> {
  const known = await casesByKey(tx, target.organisationId, [...new Set(rows.map(personKey))]);
  const fresh: NewCase[] = [];
  const pending: SignalRecord[] = [];
  const merges = new Map<string, Merge>();
  for (const group of groupRows(rows)) {
    const candidates = known.get(personKey(group[0]!)) ?? [];
    const matched = candidates.find((c) => c.id === matchCase(group[0]!, candidates));
    let caseId: string;
    if (matched) {
      caseId = matched.id;
      const merge = merges.get(caseId) ?? { known: matched, added: [] };
      merges.set(caseId, { ...merge, added: [...merge.added, ...group] });
      tally.matched(caseId);
    } else {
      // The id is made here, so the signals need no answer from the insert.
      caseId = randomUUID();
      tally.created.add(caseId);
      fresh.push(newCase(caseId, group));
    }
    for (const row of group) pending.push(toSignal(caseId, row));
  }
  for (const batch of chunks(fresh)) await insertCases(tx, target, batch);
  for (const batch of chunks(pending)) await insertSignals(tx, target.importId, batch);
  await refreshMergedCases(tx, [...merges.values()]);
  tally.signals += pending.length;
  return pending.length;
}

// Values that are the same for every row of an import travel once, as their own parameters.
async function insertCases(tx: Db, target: ImportTarget, batch: NewCase[]) {
  await tx.execute(sql`
    insert into signal_cases (id, organisation_id, person_key, surname, initials, prefix, street,
      house_number, house_number_addition, postcode, city, date_of_birth, priority,
      first_signal_on, last_signal_on, created_at)
    select id, ${target.organisationId}::uuid, "personKey", surname, initials, prefix, street,
      "houseNumber", "houseNumberAddition", postcode, city, "dateOfBirth", priority,
      "firstSignalOn", "lastSignalOn", ${target.at.toISOString()}::timestamptz
    from json_to_recordset(${asJson(batch)}) as r(id uuid, "personKey" text, surname text,
      initials text, prefix text, street text, "houseNumber" int, "houseNumberAddition" text,
      postcode text, city text, "dateOfBirth" date, priority int, "firstSignalOn" date,
      "lastSignalOn" date)`);
}

async function insertSignals(tx: Db, importId: string, batch: SignalRecord[]) {
  await tx.execute(sql`
    insert into signals (case_id, import_id, line, creditor_type, amount_cents, months_in_arrears,
      arrears_since, signal_date)
    select "caseId", ${importId}::uuid, line, "creditorType", "amountCents", "monthsInArrears",
      "arrearsSince", "signalDate"
    from json_to_recordset(${asJson(batch)}) as r("caseId" uuid, line int,
      "creditorType" text, "amountCents" int, "monthsInArrears" int, "arrearsSince" date,
      "signalDate" date)`);
}

/**
 * Brings the planner's row counts up to date after a large import. Until autovacuum does, the
 * queue is planned on the old counts: a case looks like it has hundreds of signals, and the page's
 * sums cost enough to be JIT-compiled (an extra 60–200 ms per page). Run after the commit.
 */
export async function refreshSignalStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze signal_cases, signals`);
}

/** The import's counts and report, from the tally kept while its batches were written. */
export async function finishSignalImport(
  tx: Db,
  importId: string,
  tally: ImportTally,
  file: { encoding: string; delimiter: string; rows: number; report: RowIssue[] },
): Promise<ImportSummary> {
  const counts = { signals: tally.signals, newCases: tally.created.size };
  await tx
    .update(signalImports)
    .set({ ...file, ...counts })
    .where(eq(signalImports.id, importId));
  return { importId, ...counts, mergedCases: tally.merged.size };
}

type SignalRecord = Omit<typeof signals.$inferInsert, 'id' | 'importId'>;

function toSignal(caseId: string, row: SignalRow): SignalRecord {
  return {
    caseId,
    line: row.line,
    creditorType: row.creditorType,
    amountCents: row.amountCents,
    monthsInArrears: row.monthsInArrears,
    arrearsSince: row.arrearsSince,
    signalDate: row.signalDate,
  };
}

type NewCase = Omit<typeof signalCases.$inferInsert, 'organisationId' | 'createdAt'> & {
  id: string;
};

function newCase(id: string, group: SignalRow[]): NewCase {
  const first = group[0]!;
  const dates = group.map((r) => r.signalDate).sort();
  return {
    id,
    personKey: personKey(first),
    surname: first.surname,
    initials: first.initials,
    prefix: first.prefix,
    street: first.street,
    houseNumber: first.houseNumber,
    houseNumberAddition: first.houseNumberAddition,
    postcode: first.postcode,
    city: first.city,
    dateOfBirth: first.dateOfBirth,
    priority: casePriority(group),
    firstSignalOn: dates[0]!,
    lastSignalOn: dates.at(-1)!,
  };
}

/**
 * The known cases at these people's addresses and birth dates, with what a new priority needs.
 * `= any(array(…))` keeps the look-up on signal_cases_org_key_idx: with `in (select …)` the
 * planner, still counting the table as it was before the import, read every case of the
 * organisation for each batch.
 */
async function casesByKey(tx: Db, organisationId: string, keys: string[]) {
  const found = new Map<string, KnownCase[]>();
  for (const batch of chunks(keys)) {
    const result = await tx.execute(sql`
      select c.id, c.person_key as key, c.surname, c.initials,
        c.first_signal_on::text as "firstSignalOn", c.last_signal_on::text as "lastSignalOn",
        array(select s.creditor_type from signals s where s.case_id = c.id) as "creditorTypes"
      from signal_cases c
      where c.organisation_id = ${organisationId}
        and c.person_key = any(array(select json_array_elements_text(${asJson(batch)})))`);
    for (const { key, ...known } of (result as unknown as { rows: (KnownCase & { key: string })[] })
      .rows)
      found.set(key, [...(found.get(key) ?? []), known]);
  }
  return found;
}

/** A known person signalled again: new priority and dates, and the case is open again. */
async function refreshMergedCases(tx: Db, merges: Merge[]) {
  for (const batch of chunks(merges)) {
    const values = batch.map(({ known, added }) => {
      const dates = [known.firstSignalOn, known.lastSignalOn, ...added.map((r) => r.signalDate)];
      dates.sort();
      const all = [...known.creditorTypes.map((creditorType) => ({ creditorType })), ...added];
      return { id: known.id, priority: casePriority(all), first: dates[0]!, last: dates.at(-1)! };
    });
    if (values.length === 0) continue;
    // One statement per batch: a large file can merge tens of thousands of people.
    await tx.execute(sql`
      update signal_cases c set priority = v.priority, first_signal_on = v.first,
        last_signal_on = v.last, status = 'open', outcome = null, outcome_on = null
      from json_to_recordset(${asJson(values)}) as v(id uuid, priority int, first date, last date)
      where c.id = v.id`);
  }
}

/** A case in the work queue, with the sums over its signals and contacts. */
export type QueueCase = {
  id: string;
  surname: string;
  initials: string;
  prefix: string;
  postcode: string;
  houseNumber: number;
  houseNumberAddition: string;
  priority: number;
  firstSignalOn: string;
  threatKind: ThreatKind | null;
  threatKnownOn: string | null;
  signalCount: number;
  creditorTypes: CreditorType[];
  totalCents: number;
  lastContactOn: string | null;
};

type QueueRow = (QueueCase | { [K in keyof QueueCase]: null }) & {
  total: number;
  keptRows: number;
};

/**
 * The queue's order (ADR 1405): cases with a threatening situation first, earliest legal
 * deadline first (Wgs art. 4 lid 2), then highest priority, then oldest signal. Matches
 * signal_cases_queue_idx, so a page is read from the index.
 */
const QUEUE_ORDER = sql.raw(
  'urgent_conversation_by asc nulls last, priority desc nulls last, first_signal_on asc, id asc',
);

/**
 * One page of open cases, and the access-log row for reading it, in ONE statement: the log row
 * commits with the read (one round trip, one commit), and a log row that cannot be written fails
 * the statement, so nothing is read without being logged. The row's details get the number of
 * cases shown. The page's ids come from the queue index alone (a skipped row costs one index
 * entry); the sums are worked out for those cases only. The total is the kept count (migration
 * 0025), read in the same statement.
 */
export async function workQueue(
  db: Db,
  organisationId: string,
  page: { limit: number; offset: number },
  accessLog: AuditRow,
): Promise<{ total: number; items: QueueCase[] }> {
  const logged = db.insert(auditLog).values({
    ...accessLog,
    details: sql`${JSON.stringify(accessLog.details ?? {})}::jsonb || jsonb_build_object('shown', (select count(*) from page))`,
  });
  const result = await db.execute(sql`
    with page as (
      select id from signal_cases
      where organisation_id = ${organisationId} and status = 'open'
      order by ${QUEUE_ORDER}
      limit ${page.limit} offset ${page.offset}
    ),
    logged as (${logged.getSQL()}),
    kept as (
      select coalesce(sum(delta), 0)::int as total, count(*)::int as "keptRows"
      from signal_open_counts where organisation_id = ${organisationId}
    )
    select kept.total, kept."keptRows", c.* from kept left join lateral (
      select id, surname, initials, prefix, postcode, house_number as "houseNumber",
        house_number_addition as "houseNumberAddition", priority,
        first_signal_on::text as "firstSignalOn", threat_kind as "threatKind",
        threat_known_on::text as "threatKnownOn", urgent_conversation_by,
        (select count(*)::int from signals s where s.case_id = c.id) as "signalCount",
        (select coalesce(array_agg(distinct s.creditor_type order by s.creditor_type), '{}')
          from signals s where s.case_id = c.id) as "creditorTypes",
        (select coalesce(sum(s.amount_cents), 0)::int from signals s where s.case_id = c.id)
          as "totalCents",
        (select max(k.on)::text from signal_contacts k where k.case_id = c.id) as "lastContactOn"
      from signal_cases c where c.id in (select id from page)
    ) c on true
    order by urgent_conversation_by asc nulls last, priority desc nulls last, "firstSignalOn", id`);
  const rows = (result as unknown as { rows: (QueueRow & { urgent_conversation_by?: unknown })[] })
    .rows;
  const { total, keptRows } = rows[0]!;
  if (keptRows > COMPACT_ABOVE) await compactOpenCounts(db, organisationId);
  const items = rows.flatMap(({ total: _t, keptRows: _k, urgent_conversation_by: _u, ...item }) =>
    item.id === null ? [] : [item as QueueCase],
  );
  return { total, items };
}

// Kept rows per organisation above which a read folds them into one.
const COMPACT_ABOVE = 64;

/**
 * The organisation's number of open cases: the sum of the changes the triggers of migration 0025
 * kept, instead of counting tens of thousands of cases on every page.
 */
export async function openCaseCount(db: Db, organisationId: string): Promise<number> {
  const [kept] = await db
    .select({ total: sql<number>`coalesce(sum(${signalOpenCounts.delta}), 0)::int`, rows: count() })
    .from(signalOpenCounts)
    .where(eq(signalOpenCounts.organisationId, organisationId));
  if (kept!.rows > COMPACT_ABOVE) await compactOpenCounts(db, organisationId);
  return kept!.total;
}

/**
 * Folds an organisation's kept changes into one row, in one statement. It sees only committed
 * rows; a writer still busy adds its rows after, and a second compaction running at the same time
 * waits for the first and then finds those rows gone, so the sum never changes.
 */
export async function compactOpenCounts(db: Db, organisationId: string): Promise<void> {
  await db.execute(sql`
    with folded as (
      delete from signal_open_counts where organisation_id = ${organisationId} returning delta
    )
    insert into signal_open_counts (organisation_id, delta)
    select ${organisationId}::uuid, sum(delta) from folded having count(*) > 0`);
}

export async function signalCase(db: Db, organisationId: string, id: string) {
  const [found] = await db
    .select()
    .from(signalCases)
    .where(and(eq(signalCases.id, id), eq(signalCases.organisationId, organisationId)));
  if (!found) return null;
  const sources = await db
    .select({
      id: signals.id,
      line: signals.line,
      creditorType: signals.creditorType,
      amountCents: signals.amountCents,
      monthsInArrears: signals.monthsInArrears,
      arrearsSince: signals.arrearsSince,
      signalDate: signals.signalDate,
      importId: signals.importId,
    })
    .from(signals)
    .where(eq(signals.caseId, id))
    .orderBy(asc(signals.signalDate), asc(signals.line));
  const contacts = await db
    .select({
      id: signalContacts.id,
      kind: signalContacts.kind,
      on: signalContacts.on,
      reached: signalContacts.reached,
    })
    .from(signalContacts)
    .where(eq(signalContacts.caseId, id))
    .orderBy(asc(signalContacts.on), asc(signalContacts.createdAt));
  return { ...found, signals: sources, contacts };
}

export async function addContactAttempt(
  tx: Db,
  organisationId: string,
  caseId: string,
  attempt: { kind: ContactKind; on: string; reached: boolean; userId: string; at: Date },
): Promise<boolean> {
  const [owned] = await tx
    .select({ id: signalCases.id })
    .from(signalCases)
    .where(and(eq(signalCases.id, caseId), eq(signalCases.organisationId, organisationId)));
  if (!owned) return false;
  await tx.insert(signalContacts).values({
    caseId,
    kind: attempt.kind,
    on: attempt.on,
    reached: attempt.reached,
    createdBy: attempt.userId,
    createdAt: attempt.at,
  });
  return true;
}

/**
 * Records a threatening situation on the case (Wgs art. 4 lid 2), or clears it with null. Its
 * deadline is kept beside it, so the queue can order by it (ADR 1405).
 */
export async function setThreat(
  tx: Db,
  organisationId: string,
  caseId: string,
  threat: Threat | null,
): Promise<boolean> {
  const updated = await tx
    .update(signalCases)
    .set({
      threatKind: threat?.kind ?? null,
      threatKnownOn: threat?.knownOn ?? null,
      urgentConversationBy: threat ? urgentConversationBy(threat) : null,
    })
    .where(and(eq(signalCases.id, caseId), eq(signalCases.organisationId, organisationId)))
    .returning({ id: signalCases.id });
  return updated.length > 0;
}

export async function recordOutcome(
  tx: Db,
  organisationId: string,
  caseId: string,
  outcome: { outcome: Outcome; on: string },
): Promise<boolean> {
  const updated = await tx
    .update(signalCases)
    .set({ status: 'closed', outcome: outcome.outcome, outcomeOn: outcome.on })
    // A handed-over case keeps its outcome (changing it would let the retention job erase it),
    // unless a new signal reopened it.
    .where(
      and(
        eq(signalCases.id, caseId),
        eq(signalCases.organisationId, organisationId),
        or(isNull(signalCases.handoverTeamId), eq(signalCases.status, 'open')),
      ),
    )
    .returning({ id: signalCases.id });
  return updated.length > 0;
}

/** Signals received, people reached and help accepted, per month of the signal and creditor type. */
export async function monitorFigures(db: Db, organisationId: string) {
  const month = sql<string>`to_char(${signals.signalDate}, 'YYYY-MM')`;
  const reached = sql`exists (select 1 from signal_contacts c where c.case_id = signal_cases.id and c.reached)`;
  const helped = inArray(signalCases.outcome, [...HELP_OUTCOMES]);
  return db
    .select({
      month,
      creditorType: signals.creditorType,
      received: sql<number>`count(*)::int`,
      people: sql<number>`count(distinct ${signalCases.id})::int`,
      reached: sql<number>`count(distinct ${signalCases.id}) filter (where ${reached})::int`,
      acceptedHelp: sql<number>`count(distinct ${signalCases.id}) filter (where ${helped})::int`,
    })
    .from(signals)
    .innerJoin(signalCases, eq(signals.caseId, signalCases.id))
    .where(eq(signalCases.organisationId, organisationId))
    .groupBy(month, signals.creditorType)
    .orderBy(desc(month), asc(signals.creditorType));
}

/** Cases without help whose last signal is at least `notAfter` old: candidates for deletion. */
export async function retentionCandidates(db: Db, notAfter: string) {
  return db
    .select({
      id: signalCases.id,
      organisationId: signalCases.organisationId,
      lastSignalOn: signalCases.lastSignalOn,
      outcome: signalCases.outcome,
    })
    .from(signalCases)
    .where(
      and(
        lte(signalCases.lastSignalOn, notAfter),
        or(isNull(signalCases.outcome), notInArray(signalCases.outcome, [...HELP_OUTCOMES])),
      ),
    );
}

/** Removes a case with its source rows and contact attempts (cascade). */
export async function eraseSignalCase(tx: Db, id: string) {
  await tx.delete(signalCases).where(eq(signalCases.id, id));
}
