import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LIFECYCLE_VERB,
  type EntryVerb,
  type VersionedSubject,
} from '../../contract/audit-actions';
import { lifecycleSteps, versionEntrySchema } from '../../contract/catalogue';
import type {
  NewVersionedRow,
  VersionedEntries,
  VersionedEntryRow as Row,
  VersionedTable,
} from '../../db/catalogue/versioned-entries.repository';
import type { AppContext } from '../app';
import { audit } from '../audit';
import type { AppError } from '../errors';
import { currentAuth, type Access } from '../plugins/auth';

type App = Parameters<FastifyPluginAsyncZod>[0];

export type VersionedEntryRoutes<T extends VersionedTable, R extends z.ZodType> = {
  entries: VersionedEntries<T>;
  /** The collection's path, without the id: `/specialists`. */
  path: string;
  /** How the id in the path looks (a uuid, or a local item's slug). */
  idSchema: z.ZodType<string>;
  /** Who may take the steps (on their own organisation's entries); anyone signed in reads history. */
  access: Access;
  /** The access log's subject for the steps, also its target type. */
  subject: VersionedSubject;
  notFound: () => AppError;
  /** What an editor hears about another organisation's entry; by default that it does not exist. */
  notOwn?: () => AppError;
  summaries: { step: string; history: string };
  /** The answer to a step: the entry as its own routes show it. */
  response: R;
  present: (row: Row<T>) => Promise<z.infer<R>> | z.infer<R>;
};

type Details = Record<string, unknown>;
/** Extra access-log details, and whether the person saving confirmed the entry is right. */
type SaveOptions = Details & { checked?: boolean };

const withChecked = (details: Details, checked: boolean | undefined) => {
  const all = checked ? { ...details, checked: true } : details;
  return Object.keys(all).length ? all : undefined;
};

/** What the routes and the writers share: the actor, the access-log line, the own-entry check. */
function entryHelpers<T extends VersionedTable, R extends z.ZodType>(
  ctx: AppContext,
  options: VersionedEntryRoutes<T, R>,
) {
  const { db } = ctx.database;
  const { entries, subject } = options;
  const actorOf = (request: FastifyRequest) => ({
    userId: currentAuth(request).user.id,
    now: ctx.now(),
  });
  const logLine = (verb: EntryVerb, row: Row<T>, details?: Details) => ({
    action: `${subject}.${verb}` as const,
    targetType: subject,
    targetId: row.id,
    ...(details ? { details } : {}),
  });

  /** The entry if the organisation keeps it; another organisation's is not theirs to change. */
  async function own(organisationId: string, id: string): Promise<Row<T>> {
    const row = await entries.get(db, id);
    if (!row) throw options.notFound();
    if (row.organisationId !== organisationId) throw (options.notOwn ?? options.notFound)();
    return row;
  }

  return { db, actorOf, logLine, own };
}

// The helpers do not depend on the response schema, so any stands in for it.
type EntryHelpers<T extends VersionedTable> = ReturnType<typeof entryHelpers<T, z.ZodType>>;

/** Marks an entry checked, archives or restores it: editors of its own organisation. */
function lifecycleStepRoute<T extends VersionedTable, R extends z.ZodType>(
  app: App,
  options: VersionedEntryRoutes<T, R>,
  { db, actorOf, logLine, own }: EntryHelpers<T>,
) {
  const { entries, idSchema } = options;
  app.post(
    `${options.path}/:id/:action`,
    {
      config: { access: options.access },
      schema: {
        summary: options.summaries.step,
        params: z.strictObject({ id: idSchema, action: z.enum(lifecycleSteps) }),
        // Typed as any schema here: each kind's `present` is checked against its own.
        response: { 200: options.response as z.ZodType },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { id, action } = request.params;
      await own(auth.user.organisationId, id);
      const changed = await db.transaction(async (tx) => {
        const row = await entries.step(tx, id, action, actorOf(request));
        await audit(tx, request, logLine(LIFECYCLE_VERB[action], row));
        return row;
      });
      return options.present(changed);
    },
  );
}

/** An entry's versions, for anyone who may see the entry. */
function historyRoute<T extends VersionedTable, R extends z.ZodType>(
  app: App,
  ctx: AppContext,
  options: VersionedEntryRoutes<T, R>,
) {
  const { db } = ctx.database;
  const { entries, idSchema } = options;
  app.get(
    `${options.path}/:id/history`,
    {
      config: { access: 'authenticated' },
      schema: {
        summary: options.summaries.history,
        params: z.strictObject({ id: idSchema }),
        response: { 200: z.array(versionEntrySchema) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      // The history is visible exactly when the entry is: an archived one only to its own.
      const row = await entries.readable(db, request.params.id, auth.user.organisationId);
      if (!row) throw options.notFound();
      return entries.history(db, row.id);
    },
  );
}

/** Adding and changing an entry, each together with its line in the access log. */
function entryWriters<T extends VersionedTable>(
  entries: VersionedEntries<T>,
  { db, actorOf, logLine }: EntryHelpers<T>,
) {
  return {
    /**
     * Adds an entry and logs it, in one transaction. `checked`: the person confirmed "Ik heb dit
     * nagekeken" (the body's `checked`); without it the entry starts as not checked.
     */
    create: (
      request: FastifyRequest,
      values: NewVersionedRow<T>,
      { checked, ...details }: SaveOptions = {},
    ) =>
      db.transaction(async (tx) => {
        const row = await entries.create(tx, values, actorOf(request), { checked });
        await audit(tx, request, logLine('create', row, withChecked(details, checked)));
        return row;
      }),

    /**
     * Saves new data as a new version and logs it, in one transaction. Without `checked`, changed
     * content loses its checked date; unchanged content keeps it.
     */
    update: (
      request: FastifyRequest,
      id: string,
      data: Row<T>['data'],
      { checked, ...details }: SaveOptions = {},
    ) =>
      db.transaction(async (tx) => {
        const row = await entries.change(tx, id, { data, checked }, actorOf(request), 'updated');
        await audit(tx, request, logLine('update', row, withChecked(details, checked)));
        return row;
      }),
  };
}

/**
 * Declares, once for every kind of versioned entry, the routes that mark it checked, archive or
 * restore it (editors of its own organisation) and list its history (anyone who may see it).
 * Returns what the kind's own add and edit routes share: the check that an entry is the editor's
 * own, and adding or changing it together with its line in the access log.
 */
export function registerVersionedEntryRoutes<T extends VersionedTable, R extends z.ZodType>(
  app: App,
  ctx: AppContext,
  options: VersionedEntryRoutes<T, R>,
) {
  const helpers = entryHelpers(ctx, options);
  lifecycleStepRoute(app, options, helpers);
  historyRoute(app, ctx, options);
  return { own: helpers.own, ...entryWriters(options.entries, helpers) };
}
