import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserBody,
  resetLinkSchema,
  updateUserBody,
  userSummarySchema,
} from '../../contract/admin';
import { idSchema } from '../../contract/common';
import {
  clearFailedLogins,
  createPasswordReset,
  createUser,
  endAllSessions,
  findUserByEmail,
  findUserInOrganisation,
  listUsers,
  setUserTeams,
  teamsInOrganisation,
  updateUser,
} from '../../db/repositories/users.repository';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { hashPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { assertAcceptablePassword } from './session.routes';
import { message } from '../../domain/message';

const RESET_LINK_HOURS = 72;
const userNotFound = () => notFound(message('problem.admin.notFound'));

const beheerder = ['beheerder'] as const;

async function checkTeams(db: Db, organisationId: string, teamIds: string[]) {
  const found = await teamsInOrganisation(db, organisationId, teamIds);
  if (found.length !== new Set(teamIds).size) {
    throw invalidField('teamIds', 'unknown_team', message('problem.admin.unknownTeam'));
  }
}

function userListAndCreateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/users',
    {
      config: { access: beheerder },
      schema: {
        summary: 'Accounts of your organisation',
        response: { 200: z.array(userSummarySchema) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      await audit(db, request, {
        action: 'user.list',
        targetType: 'organisation',
        targetId: auth.user.organisationId,
      });
      return listUsers(db, auth.user.organisationId, ctx.now());
    },
  );

  app.post(
    '/users',
    {
      config: { access: beheerder },
      schema: {
        summary: 'Create an account in your organisation',
        body: createUserBody,
        response: { 201: userSummarySchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const body = request.body;
      if (await findUserByEmail(db, body.email)) {
        throw invalidField('email', 'email_taken', message('problem.admin.emailTaken'));
      }
      await checkTeams(db, auth.user.organisationId, body.teamIds);
      await assertAcceptablePassword(body.password, [body.email, body.name], 'password');
      const passwordHash = await hashPassword(body.password);
      const id = await db.transaction(async (tx) => {
        const userId = await createUser(tx, {
          organisationId: auth.user.organisationId,
          email: body.email,
          name: body.name,
          role: body.role,
          passwordHash,
          teamIds: body.teamIds,
        });
        await audit(tx, request, {
          action: 'user.create',
          targetType: 'user',
          targetId: userId,
          details: { role: body.role, teamIds: body.teamIds },
        });
        return userId;
      });
      const list = await listUsers(db, auth.user.organisationId, ctx.now());
      return reply.status(201).send(list.find((u) => u.id === id)!);
    },
  );
}

function userUpdateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.patch(
    '/users/:id',
    {
      config: { changesAccess: true, access: beheerder },
      schema: {
        summary: 'Change name, role, teams or deactivate an account (accounts are never deleted)',
        params: z.strictObject({ id: idSchema }),
        body: updateUserBody,
        response: { 200: userSummarySchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const target = await findUserInOrganisation(db, auth.user.organisationId, request.params.id);
      if (!target) throw userNotFound();
      const body = request.body;
      if (
        target.id === auth.user.id &&
        (body.active === false || (body.role && body.role !== 'beheerder'))
      ) {
        throw conflict('cannot_demote_self', message('problem.admin.cannotDemoteSelf'));
      }
      if (body.teamIds) await checkTeams(db, auth.user.organisationId, body.teamIds);
      await db.transaction(async (tx) => {
        await updateUser(tx, target, {
          name: body.name || undefined,
          role: body.role,
          active: body.active,
          at: ctx.now(),
        });
        if (body.teamIds) await setUserTeams(tx, target.id, body.teamIds);
        // A changed role or a deactivation takes effect at once, not at the next login.
        if (body.active === false || (body.role && body.role !== target.role)) {
          await endAllSessions(tx, target.id);
        }
        await audit(tx, request, {
          action: body.active === false ? 'user.deactivate' : 'user.update',
          targetType: 'user',
          targetId: target.id,
          details: {
            changed: Object.keys(body),
            ...(body.role && body.role !== target.role
              ? { role: { from: target.role, to: body.role } }
              : {}),
          },
        });
      });
      const list = await listUsers(db, auth.user.organisationId, ctx.now());
      return list.find((u) => u.id === target.id)!;
    },
  );
}

function userResetLinkRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/users/:id/reset-link',
    {
      config: { access: beheerder },
      schema: {
        summary: 'Create a one-time password reset link to hand over to the user',
        params: z.strictObject({ id: idSchema }),
        response: { 201: resetLinkSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const target = await findUserInOrganisation(db, auth.user.organisationId, request.params.id);
      if (!target) throw userNotFound();
      if (!target.active) {
        throw conflict('user_inactive', message('problem.admin.userInactive'));
      }
      const token = newToken();
      const expiresAt = new Date(ctx.now().getTime() + RESET_LINK_HOURS * 3_600_000);
      await db.transaction(async (tx) => {
        await createPasswordReset(tx, {
          tokenHash: hashToken(token),
          userId: target.id,
          createdBy: auth.user.id,
          expiresAt,
        });
        // Unlock too: a user who locked themselves out gets back in with the link.
        await clearFailedLogins(tx, target.id);
        await audit(tx, request, {
          action: 'user.create_reset_link',
          targetType: 'user',
          targetId: target.id,
        });
      });
      return reply.status(201).send({ token, expiresAt: expiresAt.toISOString() });
    },
  );
}

export const adminRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    userListAndCreateRoutes(app, ctx);
    userUpdateRoutes(app, ctx);
    userResetLinkRoutes(app, ctx);
  };
