import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import {
  contactAttemptBody,
  outcomeBody,
  signalIssueMessage,
  signalCaseSchema,
  signalImportQuery,
  signalImportResultSchema,
  signalMonitorSchema,
  signalQueueQuery,
  signalQueueSchema,
  threatBody,
  type SignalImportResult,
} from '../../contract/signals';
import {
  addContactAttempt,
  monitorFigures,
  recordOutcome,
  signalCase,
  beginSignalImport,
  finishSignalImport,
  storeSignalBatch,
  refreshSignalStatistics,
  setThreat,
  ImportTally,
  type ImportSummary,
  workQueue,
} from '../../db/signals/signals.repository';
import { handoverLine } from '../../db/signals/handover.repository';
import {
  caseDeadlines,
  signalDataDeleteFrom,
  type SignalFileSummary,
  type Threat,
  type ThreatKind,
} from '../../domain/signals';
import {
  readAhead,
  readSignalStream,
  SIGNAL_FILE_MAX_BYTES,
  SignalFileTooLarge,
} from '../signals/import-stream';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit, auditRow } from '../audit';
import { AppError, conflict, notFound } from '../errors';
import { message } from '../../domain/message';
import { currentAuth } from '../plugins/auth';
import { todayInAmsterdam } from '../clock';
import { messages } from '../../content/message-files';

/** Only this role sees signal data (Wgs vroegsignalering; ADR 1401). */
const signalWorkers = ['vroegsignalering'] as const;

/** A CSV upload, still streaming in. It sits in a private field, so generic body checks skip it. */
class CsvUpload {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  get stream() {
    return this.#stream;
  }
}

/** A file with errors: thrown inside the import's transaction so everything written rolls back. */
class RefusedFile extends Error {
  constructor(readonly file: SignalFileSummary) {
    super('signal file refused');
  }
}

/**
 * An import this large refreshes the planner's statistics before it answers: until autovacuum
 * gets to it, PostgreSQL plans the queue on the old row counts (docs/benchmarks.md, "kept total").
 */
const REFRESH_STATISTICS_FROM = 1000;

const refused = () => messages.bilingual(message('signalen.problem.refused'));
const caseNotFound = () => notFound(message('signalen.problem.caseNotFound'));

function importResult(parsed: SignalFileSummary, stored: ImportSummary | null): SignalImportResult {
  return {
    imported: stored !== null,
    importId: stored?.importId ?? null,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    rows: parsed.dataRows,
    signals: stored?.signals ?? 0,
    newCases: stored?.newCases ?? 0,
    mergedCases: stored?.mergedCases ?? 0,
    issues: parsed.issues.map((issue) => ({
      ...issue,
      messages: messages.bilingual(signalIssueMessage(issue.code)),
    })),
  };
}

function signalImportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/signals/imports',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'Import a payment-arrears file (CSV) from a partner; all rows or none',
        consumes: ['text/csv'],
        querystring: signalImportQuery,
        body: z.unknown(),
        description:
          'A refused file answers 422 problem+json: one entry in `errors` per row error (field `line.N.field`) and the full row report, warnings included, in `report`.',
        response: { 201: signalImportResultSchema },
      },
    },
    async (request, reply) => {
      if (!(request.body instanceof CsvUpload))
        throw new AppError(415, 'unsupported_media_type', message('signalen.problem.sendCsv'));
      try {
        const { file, stored } = await importSignalFile(ctx, request, request.body);
        if (stored.signals >= REFRESH_STATISTICS_FROM) await refreshSignalStatistics(db);
        return reply.status(201).send(importResult(file, stored));
      } catch (error) {
        if (error instanceof SignalFileTooLarge) {
          request.raw.resume(); // let the client finish sending, so it reads the answer
          throw new AppError(
            413,
            'file_too_large',
            message('signalen.problem.fileTooLarge', {
              megabytes: SIGNAL_FILE_MAX_BYTES / 1024 / 1024,
            }),
          );
        }
        if (!(error instanceof RefusedFile)) throw error;
        await audit(db, request, {
          action: 'signal.import_refused',
          outcome: 'failure',
          details: {
            rows: error.file.dataRows,
            errors: error.file.issues.filter((i) => i.severity === 'error').length,
          },
        });
        return refusal(reply as unknown as FastifyReply, importResult(error.file, null));
      }
    },
  );
}

/**
 * Streams the upload into one transaction, batch by batch. Rows are written as they are read; at
 * the first error writing stops (the rest is still read for the report) and at the end a refused
 * file rolls the whole transaction back, so nothing is ever half-loaded.
 */
async function importSignalFile(ctx: AppContext, request: FastifyRequest, upload: CsvUpload) {
  const auth = currentAuth(request);
  const at = ctx.now();
  const fileName = (request.query as { fileName?: string }).fileName ?? null;
  const stream = readSignalStream(upload.stream, todayInAmsterdam(at));
  return ctx.database.db.transaction(async (tx) => {
    const { organisationId, id: userId } = auth.user;
    const importId = await beginSignalImport(tx, { organisationId, userId, at, fileName });
    const tally = new ImportTally();
    for await (const batch of readAhead(stream.batches))
      if (!stream.refused())
        await storeSignalBatch(tx, { organisationId, importId, at }, batch, tally);
    const file = stream.summary();
    if (!file.importable) throw new RefusedFile(file);
    const stored = await finishSignalImport(tx, importId, tally, {
      encoding: file.encoding,
      delimiter: file.delimiter ?? '',
      rows: file.dataRows,
      report: file.issues,
    });
    await audit(tx, request, {
      action: 'signal.import',
      targetType: 'signal_import',
      targetId: importId,
      details: { rows: file.dataRows, signals: stored.signals, newCases: stored.newCases },
    });
    return { file, stored };
  });
}

/** The typed reply knows only the 201 body; a refusal is the shared problem+json answer. */
function refusal(reply: FastifyReply, report: SignalImportResult) {
  return reply
    .status(422)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: 'https://wegwijs.nl/problems/signal_file_refused',
      title: 'Unprocessable Content',
      status: 422,
      detail: refused().en,
      code: 'signal_file_refused',
      messages: refused(),
      errors: report.issues
        .filter((i) => i.severity === 'error')
        .map((i) => ({
          field: `line.${i.line}.${i.field}`,
          code: i.code,
          messages: i.messages,
        })),
      report,
    });
}

function signalQueueRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/signals/cases',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'Work queue: open signal cases, highest priority first',
        querystring: signalQueueQuery,
        response: { 200: signalQueueSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { page, perPage } = request.query;
      // The access-log row is written by the read's own statement (the number shown is added).
      const result = await workQueue(
        db,
        auth.user.organisationId,
        { limit: perPage, offset: (page - 1) * perPage },
        auditRow(request, { action: 'signal.list', targetType: 'signal_case', details: { page } }),
      );
      const day = todayInAmsterdam(ctx.now());
      return {
        page,
        perPage,
        total: result.total,
        items: result.items.map(({ threatKnownOn, ...item }) => {
          const { firstContactBy, urgentConversationBy } = caseDeadlines(
            item.firstSignalOn,
            null,
            threatOf(item.threatKind, threatKnownOn),
          );
          return {
            ...item,
            firstContactBy,
            overdue: item.lastContactOn === null && day > firstContactBy,
            urgentConversationBy,
          };
        }),
      };
    },
  );
}

function signalCaseRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/signals/cases/:id',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'One signal case with its source rows, contact attempts and deadlines',
        params: z.strictObject({ id: idSchema }),
        response: { 200: signalCaseSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const found = await signalCase(db, auth.user.organisationId, request.params.id);
      if (!found) throw caseNotFound();
      await audit(db, request, {
        action: 'signal.read',
        targetType: 'signal_case',
        targetId: found.id,
      });
      // The link ids stay on the server: the signal side sees only who received it and when.
      const { handoverTeamId, handoverHouseholdId: _household, handedOverOn, ...caseData } = found;
      const { threatKind, threatKnownOn, ...rest } = caseData;
      const threat = threatOf(threatKind, threatKnownOn);
      return {
        ...rest,
        threat,
        handover: handoverTeamId && handedOverOn ? await handoverLine(db, found.id) : null,
        deadlines: {
          ...caseDeadlines(found.firstSignalOn, found.outcome, threat),
          deleteSignalDataFrom: signalDataDeleteFrom(found.lastSignalOn, found.outcome),
        },
      };
    },
  );
}

function signalCaseUpdateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/signals/cases/:id/contacts',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'Record a contact attempt (letter, phone call or home visit)',
        params: z.strictObject({ id: idSchema }),
        body: contactAttemptBody,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      if (request.body.on > todayInAmsterdam(ctx.now())) throw futureDate();
      const done = await db.transaction(async (tx) => {
        const added = await addContactAttempt(tx, auth.user.organisationId, request.params.id, {
          ...request.body,
          userId: auth.user.id,
          at: ctx.now(),
        });
        if (added)
          await audit(tx, request, {
            action: 'signal.contact',
            targetType: 'signal_case',
            targetId: request.params.id,
            details: { kind: request.body.kind, reached: request.body.reached },
          });
        return added;
      });
      if (!done) throw caseNotFound();
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.put(
    '/signals/cases/:id/outcome',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'Record how outreach on the case ended (fixed categories)',
        params: z.strictObject({ id: idSchema }),
        body: outcomeBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      if (request.body.on > todayInAmsterdam(ctx.now())) throw futureDate();
      const done = await db.transaction(async (tx) => {
        const updated = await recordOutcome(
          tx,
          auth.user.organisationId,
          request.params.id,
          request.body,
        );
        if (updated)
          await audit(tx, request, {
            action: 'signal.outcome',
            targetType: 'signal_case',
            targetId: request.params.id,
            details: { outcome: request.body.outcome },
          });
        return updated;
      });
      if (!done) {
        const found = await signalCase(db, auth.user.organisationId, request.params.id);
        if (found?.handoverTeamId)
          throw conflict('signal_handed_over', message('problem.signals.handedOver'));
        throw caseNotFound();
      }
      return { ok: true as const };
    },
  );
}

/** The threatening situation stored in two columns, or null when none was recorded. */
function threatOf(kind: ThreatKind | null, knownOn: string | null): Threat | null {
  return kind && knownOn ? { kind, knownOn } : null;
}

function signalThreatRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/signals/cases/:id/threat',
    {
      config: { access: signalWorkers },
      schema: {
        summary:
          'Record a threatening situation (Wgs art. 4 lid 2: eviction, cut-off, health insurance ended), or clear it with null',
        params: z.strictObject({ id: idSchema }),
        body: threatBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { threat } = request.body;
      if (threat && threat.knownOn > todayInAmsterdam(ctx.now()))
        throw futureDate('threat.knownOn');
      const done = await db.transaction(async (tx) => {
        const updated = await setThreat(tx, auth.user.organisationId, request.params.id, threat);
        if (updated)
          await audit(tx, request, {
            action: 'signal.threat',
            targetType: 'signal_case',
            targetId: request.params.id,
            details: { kind: threat?.kind ?? null },
          });
        return updated;
      });
      if (!done) throw caseNotFound();
      return { ok: true as const };
    },
  );
}

function signalMonitorRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/signals/monitor',
    {
      config: { access: signalWorkers },
      schema: {
        summary:
          'Monitor figures: signals received, people reached, help accepted, by month and creditor',
        response: { 200: signalMonitorSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await monitorFigures(db, auth.user.organisationId);
      await audit(db, request, { action: 'signal.monitor' });
      return { rows };
    },
  );
}

export const signalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // Partner files come as the CSV itself; this parser only applies to the routes in this plugin.
    // The body is handed on as a stream, never buffered: the import reads it batch by batch.
    app.addContentTypeParser(['text/csv', 'text/plain'], (_request, payload, done) =>
      done(null, new CsvUpload(payload as Readable)),
    );
    signalImportRoutes(app, ctx);
    signalQueueRoutes(app, ctx);
    signalCaseRoutes(app, ctx);
    signalCaseUpdateRoutes(app, ctx);
    signalThreatRoutes(app, ctx);
    signalMonitorRoutes(app, ctx);
  };

function futureDate(field = 'on') {
  return new AppError(422, 'validation_failed', message('signalen.problem.checkDate'), [
    {
      field,
      code: 'future_date',
      messages: messages.bilingual(message('signalen.problem.futureDate')),
    },
  ]);
}
