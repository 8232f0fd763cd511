import { message } from '../../domain/message';
import type { FastifyBaseLogger } from 'fastify';
import { importHsds, type HsdsImportRecord } from '../../contract/hsds/import-hsds';
import type { Db } from '../../db/client';
import {
  localItemByHsdsId,
  localItemEntries,
  newLocalItem,
  type LocalItemData,
} from '../../db/catalogue/local-items.repository';
import { offerByHsdsId, offerEntries, type OfferData } from '../../db/catalogue/offers.repository';
import {
  updateImportJob,
  type ImportMode,
  type ImportReportLine,
} from '../../db/catalogue/import-jobs.repository';
import { appendAuditEntry } from '../../db/repositories/audit.repository';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import { messages } from '../../content/message-files';
import { offerIsReachable, unreachableOffer } from '../../domain/catalogue/reachable';
import type { HsdsVocabularies } from '../../domain/hsds';
import { IMPORT_HEARTBEAT_MS } from './import-liveness';

type Job = {
  id: string;
  organisationId: string;
  userId: string;
  sessionId: string | null;
  ip: string;
  mode: ImportMode;
  json: unknown;
};

const PROGRESS_EVERY = 25;

/**
 * Runs one HSDS import: checks every record, then writes the valid ones in one transaction.
 * 'all-or-nothing' writes nothing when any record is rejected. Progress and the report per record
 * are kept on the job row, so any app instance can show them.
 */
export async function runImportJob(
  db: Db,
  job: Job,
  vocabularies: HsdsVocabularies,
  options: {
    now: () => Date;
    log: FastifyBaseLogger;
    /**
     * Progress during the write transaction goes through a second connection so pollers see it.
     * PGlite has one connection (a second query would wait for the transaction), so there it is null.
     */
    separateConnection: boolean;
  },
) {
  const { now, log } = options;
  const setJob = (values: Parameters<typeof updateImportJob>[2]) =>
    updateImportJob(db, job.id, values);
  // Other instances see that this job is alive (see import-liveness.ts).
  const heartbeat = options.separateConnection
    ? setInterval(
        () => void setJob({ heartbeatAt: now() }).catch(() => {}),
        IMPORT_HEARTBEAT_MS,
      ).unref()
    : undefined;
  try {
    await setJob({ status: 'running', heartbeatAt: now() });
    const org = await getOrganisation(db, job.organisationId);
    const result = importHsds(job.json, vocabularies, {
      peildatum: now().toISOString().slice(0, 10),
      gemeenten: org?.gemeenten ?? [],
    });
    if (!result.ok) {
      await setJob({
        status: 'failed',
        report: wholeFileRejected(result.error),
        finishedAt: now(),
      });
      return;
    }
    const records = result.records;
    await setJob({ total: records.length, processed: 0 });
    const blocked = job.mode === 'all-or-nothing' && result.counts.rejected > 0;
    const report: ImportReportLine[] = [];
    const ownCodes = new Set(org?.gemeenten.map((g) => g.code) ?? []);
    await db.transaction(async (tx) => {
      for (const [i, record] of records.entries()) {
        report.push(
          blocked || record.status === 'rejected'
            ? notImported(record, blocked)
            : await applyRecord(tx, job, record, ownCodes, now()),
        );
        if (options.separateConnection && (i + 1) % PROGRESS_EVERY === 0) {
          await setJob({ processed: i + 1 });
        }
      }
      await auditImport(tx, job, report, now());
    });
    await setJob({ status: 'done', processed: records.length, report, finishedAt: now() });
  } catch (error) {
    log.error({ err: error, job: job.id }, 'HSDS import failed');
    await setJob({
      status: 'failed',
      finishedAt: now(),
      report: wholeFileRejected({
        path: '',
        ...messages.bilingual(message('hsdsImport.serverError')),
      }),
    });
  } finally {
    clearInterval(heartbeat);
  }
}

/** The report of an import that stopped before any record: one line with the reason. */
function wholeFileRejected(reason: ImportReportLine['reasons'][number]): ImportReportLine[] {
  return [
    { index: 0, hsdsId: null, name: null, outcome: 'rejected', reasons: [reason], warnings: [] },
  ];
}

/** One audit entry for the whole import, with the counts per outcome. */
async function auditImport(tx: Db, job: Job, report: ImportReportLine[], now: Date) {
  await appendAuditEntry(tx, {
    at: now,
    organisationId: job.organisationId,
    actorId: job.userId,
    sessionId: job.sessionId,
    action: 'catalogue.import',
    targetType: 'import',
    targetId: job.id,
    ip: job.ip,
    details: {
      mode: job.mode,
      created: report.filter((r) => r.outcome === 'created').length,
      updated: report.filter((r) => r.outcome === 'updated').length,
      rejected: report.filter((r) => r.outcome === 'rejected').length,
    },
  });
}

function notImported(record: HsdsImportRecord, blocked: boolean): ImportReportLine {
  return {
    index: record.index,
    hsdsId: record.hsdsId,
    name: record.name,
    // In all-or-nothing mode a valid record is held back because another one was rejected.
    outcome: record.status === 'rejected' ? 'rejected' : blocked ? 'not-imported' : 'rejected',
    reasons: record.reasons,
    warnings: record.warnings,
  };
}

async function applyRecord(
  tx: Db,
  job: Job,
  record: HsdsImportRecord,
  ownCodes: Set<string>,
  now: Date,
): Promise<ImportReportLine> {
  // An import is never a check (ADR 0205): new entries start unchecked, and a changed one loses
  // its checked date; `lastReviewed` stays the date the item was first written.
  const actor = { userId: job.userId, now };
  const existing = record.hsdsId
    ? await localItemByHsdsId(tx, job.organisationId, record.hsdsId)
    : null;
  const data: LocalItemData = {
    ...record.item!,
    sources: [{ document: 'HSDS-import', section: record.hsdsId ?? undefined }],
    lastReviewed: existing?.data.lastReviewed ?? now.toISOString().slice(0, 10),
  };
  const item = existing
    ? await localItemEntries.change(tx, existing.id, { data, archived: false }, actor, 'imported')
    : await localItemEntries.create(
        tx,
        newLocalItem({ organisationId: job.organisationId, data, hsdsId: record.hsdsId }),
        actor,
        { action: 'imported' },
      );
  const warnings = [...record.warnings];
  for (const offer of record.offers ?? [])
    await applyOffer(tx, { job, record, itemId: item.id, ownCodes, actor }, offer, warnings);
  return {
    index: record.index,
    hsdsId: record.hsdsId,
    name: record.name,
    outcome: existing ? 'updated' : 'created',
    interventionId: item.id,
    reasons: [],
    warnings,
  };
}

type Offer = NonNullable<HsdsImportRecord['offers']>[number];

/**
 * Writes one offer of an imported item, in the organisation's own gemeenten only; an offer that
 * reaches nobody is left out with a warning.
 */
async function applyOffer(
  tx: Db,
  {
    job,
    record,
    itemId,
    ownCodes,
    actor,
  }: {
    job: Job;
    record: HsdsImportRecord;
    itemId: string;
    ownCodes: Set<string>;
    actor: { userId: string; now: Date };
  },
  offer: Offer,
  warnings: ImportReportLine['warnings'],
): Promise<void> {
  // An offer can only be in gemeenten the organisation works in; others are dropped with a warning.
  const gemeenten = offer.gemeenten.map((g) => g.code).filter((c) => ownCodes.has(c));
  const dropped = offer.gemeenten.filter((g) => !ownCodes.has(g.code));
  if (dropped.length) {
    const gemeenten = dropped.map((g) => g.name).join(', ');
    warnings.push({
      path: 'service_areas',
      ...messages.bilingual(message('hsdsImport.areaNotServed', { gemeenten })),
    });
  }
  if (gemeenten.length === 0) return;
  const offerData: OfferData = {
    gemeenten,
    wijk: offer.wijk,
    howToRefer: offer.howToRefer,
    costs: offer.costs,
    contact: offer.contact,
  };
  if (!offerIsReachable(offerData)) {
    warnings.push({ path: 'contacts', ...messages.bilingual(unreachableOffer) });
    return;
  }
  const current = record.hsdsId ? await offerByHsdsId(tx, job.organisationId, record.hsdsId) : null;
  if (current)
    await offerEntries.change(
      tx,
      current.id,
      { data: offerData, archived: false },
      actor,
      'imported',
    );
  else
    await offerEntries.create(
      tx,
      {
        organisationId: job.organisationId,
        interventionId: itemId,
        data: offerData,
        hsdsId: record.hsdsId,
      },
      actor,
      { action: 'imported' },
    );
}
