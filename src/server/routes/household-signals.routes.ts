import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SignalChecklist } from '../../contract/content';
import { householdDataSchema } from '../../contract/households';
import {
  householdSignalListSchema,
  recordedSignalSchema,
  signalObservationBody,
  signalWithNewHouseholdBody,
  type HouseholdSignalView,
} from '../../contract/neighbourhood-signals';
import { hasConsent, recordConsent } from '../../db/households/consents.repository';
import { createHousehold, referenceTaken } from '../../db/households/household-writes.repository';
import {
  insertHouseholdSignal,
  signalsOf,
  type HouseholdSignalRow,
} from '../../db/households/signals.repository';
import type { Db } from '../../db/client';
import { message } from '../../domain/message';
import { seenOnProblem, unknownSignalIds } from '../../domain/wijksignalen/observation';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { todayInAmsterdam } from '../clock';
import { conflict, invalidField } from '../errors';
import { caseworkers, openHousehold } from '../households/access';
import { currentAuth } from '../plugins/auth';
import { checkPeople } from './households.routes';

// Signalen uit de wijk (issue 14, item 1; ADR 1404): a professional records the signals of a
// checklist they saw, on a household of their own or their team's, or as a new pseudonymous
// household. It is household data: it needs the household's consent 'registratie', every read and
// write is in the access log, the export includes it and erasure (on request or after the
// retention period) removes it with the household.

const TAGS = ['households'];
const params = z.strictObject({ id: z.uuid() });

type Observation = z.infer<typeof signalObservationBody>;

const presentSignal = (row: {
  s: HouseholdSignalRow;
  recordedByName: string | null;
}): HouseholdSignalView => ({
  id: row.s.id,
  setting: row.s.setting as HouseholdSignalView['setting'],
  signalIds: row.s.signalIds,
  seenOn: row.s.seenOn,
  note: row.s.note,
  recordedAt: row.s.recordedAt.toISOString(),
  recordedByName: row.recordedByName,
});

/** Refuses item ids the setting's checklist does not have and a day that has not come yet. */
function checkObservation(ctx: AppContext, lists: Map<string, SignalChecklist>, o: Observation) {
  const list = lists.get(o.setting);
  const unknown = unknownSignalIds(list?.look_for.map((i) => i.id) ?? [], o.signalIds);
  if (unknown.length > 0)
    throw invalidField(
      'signalIds',
      'unknown_signal',
      message('wijkmelding.problem.unknownSignal', { ids: unknown.join(', ') }),
    );
  if (seenOnProblem(o.seenOn, todayInAmsterdam(ctx.now())))
    throw invalidField('seenOn', 'future_date', message('wijkmelding.problem.seenOnFuture'));
}

async function storeSignal(
  tx: Db,
  request: FastifyRequest,
  input: { householdId: string; userId: string; observation: Observation; at: Date },
) {
  const { observation: o } = input;
  const id = await insertHouseholdSignal(tx, {
    householdId: input.householdId,
    setting: o.setting,
    signalIds: [...new Set(o.signalIds)],
    seenOn: o.seenOn,
    note: o.note || null,
    recordedBy: input.userId,
    at: input.at,
  });
  await audit(tx, request, {
    action: 'household_signal.record',
    targetType: 'household',
    targetId: input.householdId,
    details: { setting: o.setting, count: o.signalIds.length },
  });
  return id;
}

function householdSignalReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/signals',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'The signals recorded on a household, and whether its consent allows a new one',
        tags: TAGS,
        params,
        response: { 200: householdSignalListSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household_signal.list');
      return {
        canRecord: await hasConsent(db, h.id, 'registratie'),
        signals: (await signalsOf(db, h.id)).map(presentSignal),
      };
    },
  );
}

function householdSignalRecordRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const lists = new Map(ctx.content.signalChecklists.map((l) => [l.id as string, l]));
  app.post(
    '/households/:id/signals',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Record signals from a checklist on a household you work with (needs its consent to keep data)',
        tags: TAGS,
        params,
        body: signalObservationBody,
        response: { 201: recordedSignalSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'household_signal.record', {
        logSuccess: false,
      });
      checkObservation(ctx, lists, request.body);
      if (!(await hasConsent(db, h.id, 'registratie')))
        throw conflict('consent_missing', message('wijkmelding.problem.consentMissing'));
      const id = await db.transaction((tx) =>
        storeSignal(tx, request, {
          householdId: h.id,
          userId: auth.user.id,
          observation: request.body,
          at: ctx.now(),
        }),
      );
      return reply.status(201).send({ id, householdId: h.id });
    },
  );
}

function signalWithNewHouseholdRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const lists = new Map(ctx.content.signalChecklists.map((l) => [l.id as string, l]));
  app.post(
    '/signal-records',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Record signals from a checklist as a new pseudonymous household (reference and label only, with its consent)',
        tags: TAGS,
        body: signalWithNewHouseholdBody,
        response: { 201: recordedSignalSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const organisationId = auth.user.organisationId;
      const { household, consent, ...observation } = request.body;
      checkObservation(ctx, lists, observation);
      const teamId = household.teamId === undefined ? (auth.teamIds[0] ?? null) : household.teamId;
      await checkPeople(db, organisationId, teamId, [auth.user.id]);
      if (await referenceTaken(db, organisationId, household.reference))
        throw invalidField(
          'household.reference',
          'reference_taken',
          message('problem.households.referenceTaken'),
        );
      const at = ctx.now();
      const result = await db.transaction(async (tx) => {
        const householdId = await createHousehold(tx, {
          organisationId,
          teamId,
          reference: household.reference,
          label: household.label,
          data: householdDataSchema.parse({ adults: [{}], gemeente: household.gemeente }),
          notes: null,
          startDate: todayInAmsterdam(at),
          professionalIds: [auth.user.id],
          createdBy: auth.user.id,
          at,
        });
        await recordConsent(tx, {
          householdId,
          purpose: 'registratie',
          how: consent.how,
          givenAt: consent.givenAt,
          note: null,
          recordedBy: auth.user.id,
          recordedAt: at,
        });
        await audit(tx, request, {
          action: 'household.create',
          targetType: 'household',
          targetId: householdId,
          details: { via: 'neighbourhood_signal' },
        });
        const id = await storeSignal(tx, request, {
          householdId,
          userId: auth.user.id,
          observation,
          at,
        });
        return { id, householdId };
      });
      return reply.status(201).send(result);
    },
  );
}

export const householdSignalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    householdSignalReadRoutes(app, ctx);
    householdSignalRecordRoutes(app, ctx);
    signalWithNewHouseholdRoutes(app, ctx);
  };
