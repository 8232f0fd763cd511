import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { okSchema } from '../../contract/common';
import {
  createExperienceExpertBody,
  experienceExpertListSchema,
  experienceExpertParams,
  experienceExpertSchema,
  invitationListQuery,
  invitationListSchema,
  invitationSchema,
  inviteExpertBody,
  updateExperienceExpertBody,
} from '../../contract/experience-experts';
import {
  eraseExpert,
  findExpert,
  findTarget,
  insertExpert,
  insertInvitation,
  listExperts,
  listInvitations,
  updateExpert,
} from '../../db/experience-experts/experience-experts.repository';
import { mayInvite, pausedOn } from '../../domain/experience-experts/experience-expert';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { todayInAmsterdam } from '../clock';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { currentAuth, type AuthContext } from '../plugins/auth';
import type { RouteApp } from './route-app';

// The register of experience experts (issue 13 item 5, ADR 1305). Team leaders and beheerders of
// the organisation keep it, its social workers read it; to anyone else an entry does not exist.
// Every read and change writes an access-log row without personal data (ids and counts only).

const TAGS = ['experience-experts'];
const readers = ['sociaal_werker', 'teamleider', 'beheerder'] as const;
const keepers = ['teamleider', 'beheerder'] as const;
const inviters = ['sociaal_werker', 'teamleider'] as const;

const problem = (key: string, values?: Record<string, string>) =>
  message(`ervaringsdeskundigen.problem.${key}`, values);
const expertNotFound = () => notFound(problem('notFound'));

function registerReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/experience-experts',
    {
      config: { access: readers },
      schema: {
        summary: 'The experience experts of your organisation who consented to be in the register',
        tags: TAGS,
        response: { 200: experienceExpertListSchema },
      },
    },
    async (request) => {
      const experts = await listExperts(db, currentAuth(request).user.organisationId);
      await audit(db, request, {
        action: 'experience_expert.list',
        targetType: 'experience_expert',
        details: { count: experts.length },
      });
      return { experts };
    },
  );

  app.get(
    '/experience-experts/:expertId',
    {
      config: { access: readers },
      schema: {
        summary: 'One experience expert of your organisation',
        tags: TAGS,
        params: experienceExpertParams,
        response: { 200: experienceExpertSchema },
      },
    },
    async (request) => {
      const { organisationId } = currentAuth(request).user;
      const expert = await findExpert(db, organisationId, request.params.expertId);
      if (!expert) throw expertNotFound();
      await audit(db, request, {
        action: 'experience_expert.read',
        targetType: 'experience_expert',
        targetId: expert.id,
      });
      return expert;
    },
  );
}

/** A consent date lies today or before: a consent cannot be recorded ahead. */
function consentNotAhead(ctx: AppContext, givenAt: string) {
  if (givenAt > todayInAmsterdam(ctx.now()))
    throw invalidField('consent.givenAt', 'future_date', problem('consentInFuture'));
}

function registerWriteRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/experience-experts',
    {
      config: { access: keepers },
      schema: {
        summary: 'Register an experience expert, with the consent they gave',
        description: 'No consent, no entry: the consent (date and how it was given) is required.',
        tags: TAGS,
        body: createExperienceExpertBody,
        response: { 201: experienceExpertSchema },
      },
    },
    async (request, reply) => {
      const { user } = currentAuth(request);
      consentNotAhead(ctx, request.body.consent.givenAt);
      const expert = await db.transaction(async (tx) => {
        const created = await insertExpert(tx, {
          ...request.body,
          organisationId: user.organisationId,
          createdBy: user.id,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'experience_expert.create',
          targetType: 'experience_expert',
          targetId: created.id,
        });
        return created;
      });
      return reply.status(201).send(expert);
    },
  );
}

function registerChangeRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/experience-experts/:expertId',
    {
      config: { access: keepers },
      schema: {
        summary: 'Change an experience expert’s roles, contact, agreements or availability',
        tags: TAGS,
        params: experienceExpertParams,
        body: updateExperienceExpertBody,
        response: { 200: experienceExpertSchema },
      },
    },
    async (request) => {
      const { organisationId } = currentAuth(request).user;
      return db.transaction(async (tx) => {
        const changed = await updateExpert(tx, organisationId, request.params.expertId, {
          ...request.body,
          at: ctx.now(),
        });
        if (!changed) throw expertNotFound();
        await audit(tx, request, {
          action: 'experience_expert.update',
          targetType: 'experience_expert',
          targetId: changed.id,
        });
        return changed;
      });
    },
  );

  app.delete(
    '/experience-experts/:expertId',
    {
      config: { access: keepers },
      schema: {
        summary: 'Consent withdrawn: erase the entry and its invitations for good',
        tags: TAGS,
        params: experienceExpertParams,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { organisationId } = currentAuth(request).user;
      await db.transaction(async (tx) => {
        const erased = await eraseExpert(tx, organisationId, request.params.expertId);
        if (!erased) throw expertNotFound();
        await audit(tx, request, {
          action: 'experience_expert.erase',
          targetType: 'experience_expert',
          targetId: request.params.expertId,
          details: { invitationsErased: erased.invitations },
        });
      });
      return { ok: true as const };
    },
  );
}

/** The entry and the session or dialogue of an invitation, once every rule allows it. */
async function checkedInvitation(
  ctx: AppContext,
  auth: AuthContext,
  expertId: string,
  { kind, targetId, role }: z.infer<typeof inviteExpertBody>,
) {
  const { db } = ctx.database;
  const { organisationId } = auth.user;
  const expert = await findExpert(db, organisationId, expertId);
  if (!expert) throw expertNotFound();
  const target = await findTarget(db, organisationId, kind, targetId);
  if (!target || !auth.teamIds.includes(target.teamId))
    throw invalidField('targetId', 'unknown_target', problem(`unknownTarget.${kind}`));
  const inviter = { userId: auth.user.id, role: auth.user.role, teamIds: auth.teamIds };
  if (!mayInvite(inviter, target))
    throw new AppError(403, 'only_teamleader_or_starter', problem('onlyTeamleaderOrStarter'));
  if (!expert.roles.includes(role))
    throw invalidField('role', 'role_not_taken', problem('roleNotTaken'));
  if (target.closedAt) throw conflict('session_closed', problem('sessionClosed'));
  if (pausedOn(expert.availability, todayInAmsterdam(ctx.now())))
    throw conflict(
      'expert_unavailable',
      problem('unavailable', { until: expert.availability.unavailableUntil! }),
    );
  return { expert, target };
}

function invitationRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/experience-experts/:expertId/invitations',
    {
      config: { access: inviters },
      schema: {
        summary:
          'Invite an experience expert to a team session or case dialogue of your team (the team leader or its starter)',
        description:
          'Records the invitation; no message is sent. The answer holds what the worker needs to reach the person.',
        tags: TAGS,
        params: experienceExpertParams,
        body: inviteExpertBody,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const { organisationId } = auth.user;
      const { kind, role } = request.body;
      const { expert, target } = await checkedInvitation(
        ctx,
        auth,
        request.params.expertId,
        request.body,
      );
      const id = await db.transaction(async (tx) => {
        const created = await insertInvitation(tx, {
          organisationId,
          expertId: expert.id,
          target: { kind, id: target.id },
          role,
          invitedBy: auth.user.id,
          at: ctx.now(),
        });
        if (!created) throw conflict('already_invited', problem('alreadyInvited'));
        await audit(tx, request, {
          action: 'experience_expert.invite',
          targetType: 'experience_expert',
          targetId: expert.id,
          details: { kind, targetId: target.id, role },
        });
        return created;
      });
      const invitations = await listInvitations(db, organisationId, target, ctx.now());
      return reply.status(201).send(invitations.find((i) => i.id === id)!);
    },
  );
}

function invitationListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/experience-experts/invitations',
    {
      config: { access: inviters },
      schema: {
        summary: 'The experience experts invited to a team session or case dialogue of your team',
        tags: TAGS,
        querystring: invitationListQuery,
        response: { 200: invitationListSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { organisationId } = auth.user;
      const { kind, targetId } = request.query;
      const target = await findTarget(db, organisationId, kind, targetId);
      if (!target || !auth.teamIds.includes(target.teamId))
        throw notFound(problem(`unknownTarget.${kind}`));
      const invitations = await listInvitations(db, organisationId, target, ctx.now());
      await audit(db, request, {
        action: 'experience_expert.list_invitations',
        targetType: kind,
        targetId: target.id,
        details: { count: invitations.length },
      });
      const inviter = { userId: auth.user.id, role: auth.user.role, teamIds: auth.teamIds };
      return { invitations, mayInvite: mayInvite(inviter, target) };
    },
  );
}

export const experienceExpertRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    registerReadRoutes(app, ctx);
    registerWriteRoutes(app, ctx);
    registerChangeRoutes(app, ctx);
    invitationRoutes(app, ctx);
    invitationListRoutes(app, ctx);
  };
