import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { teamBody, teamSchema, updateTeamBody } from '../../contract/admin';
import { idSchema } from '../../contract/common';
import { teams, userTeams } from '../../db/schema';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';

const nameTaken = () =>
  invalidField('name', 'team_name_taken', message('problem.team.teamNameTaken'));

export const teamRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    async function listTeams(organisationId: string) {
      const rows = await db
        .select({
          id: teams.id,
          name: teams.name,
          archivedAt: teams.archivedAt,
          memberCount: count(userTeams.userId),
        })
        .from(teams)
        .leftJoin(userTeams, eq(userTeams.teamId, teams.id))
        .where(eq(teams.organisationId, organisationId))
        .groupBy(teams.id)
        .orderBy(asc(teams.name));
      return rows.map((t) => ({
        id: t.id,
        name: t.name,
        archived: t.archivedAt !== null,
        memberCount: Number(t.memberCount),
      }));
    }

    async function nameInUse(organisationId: string, name: string, exceptId?: string) {
      const rows = await db
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.organisationId, organisationId), eq(teams.name, name)));
      return rows.some((r) => r.id !== exceptId);
    }

    app.get(
      '/teams',
      {
        config: { access: 'authenticated' },
        schema: { summary: 'Teams of your organisation', response: { 200: z.array(teamSchema) } },
      },
      async (request) => listTeams(currentAuth(request).user.organisationId),
    );

    app.post(
      '/teams',
      {
        config: { access: ['beheerder'] },
        schema: { summary: 'Create a team', body: teamBody, response: { 201: teamSchema } },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        if (await nameInUse(auth.user.organisationId, request.body.name)) throw nameTaken();
        const id = await db.transaction(async (tx) => {
          const [team] = await tx
            .insert(teams)
            .values({ organisationId: auth.user.organisationId, name: request.body.name })
            .returning({ id: teams.id });
          await audit(tx, request, {
            action: 'team.create',
            targetType: 'team',
            targetId: team!.id,
          });
          return team!.id;
        });
        const list = await listTeams(auth.user.organisationId);
        return reply.status(201).send(list.find((t) => t.id === id)!);
      },
    );

    app.patch(
      '/teams/:id',
      {
        config: { access: ['beheerder'] },
        schema: {
          summary: 'Rename or archive a team',
          params: z.strictObject({ id: idSchema }),
          body: updateTeamBody,
          response: { 200: teamSchema },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const { id } = request.params;
        const [team] = await db
          .select()
          .from(teams)
          .where(and(eq(teams.id, id), eq(teams.organisationId, auth.user.organisationId)));
        if (!team) throw notFound(message('problem.team.notFound'));
        if (
          request.body.name &&
          (await nameInUse(auth.user.organisationId, request.body.name, id))
        ) {
          throw nameTaken();
        }
        await db.transaction(async (tx) => {
          await tx
            .update(teams)
            .set({
              ...(request.body.name ? { name: request.body.name } : {}),
              ...(request.body.archived !== undefined
                ? { archivedAt: request.body.archived ? ctx.now() : null }
                : {}),
            })
            .where(eq(teams.id, id));
          await audit(tx, request, {
            action: 'team.update',
            targetType: 'team',
            targetId: id,
            details: { changed: Object.keys(request.body) },
          });
        });
        const list = await listTeams(auth.user.organisationId);
        return list.find((t) => t.id === id)!;
      },
    );
  };
