import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamBody, teamSchema, updateTeamBody } from '../../contract/admin';
import { idSchema } from '../../contract/common';
import {
  createTeams,
  findTeam,
  listTeams,
  teamNameInUse,
  updateTeam,
} from '../../db/repositories/teams.repository';
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

    app.get(
      '/teams',
      {
        config: { access: 'authenticated' },
        schema: { summary: 'Teams of your organisation', response: { 200: z.array(teamSchema) } },
      },
      async (request) => listTeams(db, currentAuth(request).user.organisationId),
    );

    app.post(
      '/teams',
      {
        config: { access: ['beheerder'] },
        schema: { summary: 'Create a team', body: teamBody, response: { 201: teamSchema } },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        const organisationId = auth.user.organisationId;
        if (await teamNameInUse(db, organisationId, request.body.name)) throw nameTaken();
        const id = await db.transaction(async (tx) => {
          const [created] = await createTeams(tx, organisationId, [request.body.name]);
          await audit(tx, request, {
            action: 'team.create',
            targetType: 'team',
            targetId: created,
          });
          return created!;
        });
        const list = await listTeams(db, organisationId);
        return reply.status(201).send(list.find((t) => t.id === id)!);
      },
    );

    app.patch(
      '/teams/:id',
      {
        config: { changesAccess: true, access: ['beheerder'] },
        schema: {
          summary: 'Rename or archive a team',
          params: z.strictObject({ id: idSchema }),
          body: updateTeamBody,
          response: { 200: teamSchema },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const organisationId = auth.user.organisationId;
        const { id } = request.params;
        const { name, archived } = request.body;
        if (!(await findTeam(db, organisationId, id)))
          throw notFound(message('problem.team.notFound'));
        if (name && (await teamNameInUse(db, organisationId, name, id))) throw nameTaken();
        await db.transaction(async (tx) => {
          await updateTeam(tx, organisationId, id, {
            name: name || undefined,
            archivedAt: archived === undefined ? undefined : archived ? ctx.now() : null,
          });
          await audit(tx, request, {
            action: 'team.update',
            targetType: 'team',
            targetId: id,
            details: { changed: Object.keys(request.body) },
          });
        });
        const list = await listTeams(db, organisationId);
        return list.find((t) => t.id === id)!;
      },
    );
  };
