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
  type ParsedSignalFile,
  type SignalRow,
} from '../../domain/signals';
import type { Db } from '../client';
import { signalCases, signalContacts, signalImports, signals } from '../schema';

// Every function takes the organisation and filters on it: signal data never crosses organisations.

// Rows per INSERT: large enough to keep round trips few, under PostgreSQL's 65 535 parameters.
const BATCH = 1000;
const SIGNAL_BATCH = 5000;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type ImportSummary = {
  importId: string;
  signals: number;
  newCases: number;
  mergedCases: number;
};

/**
 * Writes a parsed file: one import row, the signals, new cases for new people and updated
 * priorities for known ones. Call inside a transaction so a failure leaves nothing behind.
 */
export async function storeSignalImport(
  tx: Db,
  input: {
    organisationId: string;
    userId: string;
    at: Date;
    fileName: string | null;
    parsed: ParsedSignalFile;
    onProgress?: (done: number) => void;
  },
): Promise<ImportSummary> {
  const { organisationId, parsed } = input;
  const groups = groupRows(parsed.rows);
  const existing = await casesByKey(tx, organisationId, [...new Set(parsed.rows.map(personKey))]);

  const [imported] = await tx
    .insert(signalImports)
    .values({
      organisationId,
      createdBy: input.userId,
      createdAt: input.at,
      fileName: input.fileName,
      encoding: parsed.encoding,
      delimiter: parsed.delimiter ?? '',
      rows: parsed.dataRows,
      signals: parsed.rows.length,
      newCases: 0,
      report: parsed.issues,
    })
    .returning({ id: signalImports.id });

  const fresh: SignalRow[][] = [];
  const merged = new Map<string, SignalRow[]>();
  for (const group of groups) {
    const caseId = matchCase(group[0]!, existing.get(personKey(group[0]!)) ?? []);
    if (caseId) merged.set(caseId, [...(merged.get(caseId) ?? []), ...group]);
    else fresh.push(group);
  }

  const pending: (typeof signals.$inferInsert)[] = [];
  let written = 0;
  const flush = async (all = false) => {
    while (pending.length >= SIGNAL_BATCH || (all && pending.length > 0)) {
      const batch = pending.splice(0, SIGNAL_BATCH);
      await tx.insert(signals).values(batch);
      written += batch.length;
      input.onProgress?.(written);
    }
  };
  const toSignal = (caseId: string, row: SignalRow): typeof signals.$inferInsert => ({
    caseId,
    importId: imported!.id,
    line: row.line,
    creditorType: row.creditorType,
    amountCents: row.amountCents,
    monthsInArrears: row.monthsInArrears,
    arrearsSince: row.arrearsSince,
    signalDate: row.signalDate,
  });

  for (const batch of chunks(fresh)) {
    const ids = await tx
      .insert(signalCases)
      .values(batch.map((group) => newCase(organisationId, group, input.at)))
      .returning({ id: signalCases.id });
    batch.forEach((group, i) => pending.push(...group.map((row) => toSignal(ids[i]!.id, row))));
    await flush();
  }
  for (const [caseId, rows] of merged) pending.push(...rows.map((row) => toSignal(caseId, row)));
  await flush(true);
  await refreshMergedCases(tx, [...merged.keys()]);

  await tx
    .update(signalImports)
    .set({ newCases: fresh.length })
    .where(eq(signalImports.id, imported!.id));
  return {
    importId: imported!.id,
    signals: written,
    newCases: fresh.length,
    mergedCases: merged.size,
  };
}

function newCase(
  organisationId: string,
  group: SignalRow[],
  at: Date,
): typeof signalCases.$inferInsert {
  const first = group[0]!;
  const dates = group.map((r) => r.signalDate).sort();
  return {
    organisationId,
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
    createdAt: at,
  };
}

async function casesByKey(tx: Db, organisationId: string, keys: string[]) {
  const found = new Map<string, { id: string; surname: string; initials: string }[]>();
  for (const batch of chunks(keys)) {
    const rows = await tx
      .select({
        id: signalCases.id,
        key: signalCases.personKey,
        surname: signalCases.surname,
        initials: signalCases.initials,
      })
      .from(signalCases)
      .where(
        and(eq(signalCases.organisationId, organisationId), inArray(signalCases.personKey, batch)),
      );
    for (const row of rows) found.set(row.key, [...(found.get(row.key) ?? []), row]);
  }
  return found;
}

/** A known person signalled again: new priority and dates, and the case is open again. */
async function refreshMergedCases(tx: Db, caseIds: string[]) {
  for (const batch of chunks(caseIds)) {
    const rows = await tx
      .select({
        caseId: signals.caseId,
        creditorType: signals.creditorType,
        signalDate: signals.signalDate,
      })
      .from(signals)
      .where(inArray(signals.caseId, batch));
    const byCase = new Map<string, typeof rows>();
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
    for (const [caseId, caseSignals] of byCase) {
      const dates = caseSignals.map((s) => s.signalDate).sort();
      await tx
        .update(signalCases)
        .set({
          priority: casePriority(caseSignals),
          firstSignalOn: dates[0]!,
          lastSignalOn: dates.at(-1)!,
          status: 'open',
          outcome: null,
          outcomeOn: null,
        })
        .where(eq(signalCases.id, caseId));
    }
  }
}

// Written out with table names: inside a subquery drizzle would leave "id" unqualified.
const signalSummary = {
  signalCount: sql<number>`(select count(*)::int from signals s where s.case_id = signal_cases.id)`,
  creditorTypes: sql<
    CreditorType[]
  >`(select coalesce(array_agg(distinct s.creditor_type order by s.creditor_type), '{}') from signals s where s.case_id = signal_cases.id)`,
  totalCents: sql<number>`(select coalesce(sum(s.amount_cents), 0)::int from signals s where s.case_id = signal_cases.id)`,
  lastContactOn: sql<
    string | null
  >`(select max(c.on)::text from signal_contacts c where c.case_id = signal_cases.id)`,
};

/** Open cases, highest priority first, oldest first within a priority. */
export async function workQueue(
  db: Db,
  organisationId: string,
  page: { limit: number; offset: number },
) {
  const where = and(eq(signalCases.organisationId, organisationId), eq(signalCases.status, 'open'));
  const [total] = await db.select({ n: count() }).from(signalCases).where(where);
  const items = await db
    .select({
      id: signalCases.id,
      surname: signalCases.surname,
      initials: signalCases.initials,
      prefix: signalCases.prefix,
      postcode: signalCases.postcode,
      houseNumber: signalCases.houseNumber,
      houseNumberAddition: signalCases.houseNumberAddition,
      priority: signalCases.priority,
      firstSignalOn: signalCases.firstSignalOn,
      ...signalSummary,
    })
    .from(signalCases)
    .where(where)
    .orderBy(
      // Matches signal_cases_queue_idx, so a page is read from the index in order.
      sql`${signalCases.priority} desc nulls last`,
      asc(signalCases.firstSignalOn),
      asc(signalCases.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  return { total: total!.n, items };
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
