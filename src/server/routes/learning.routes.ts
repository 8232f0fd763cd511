import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completionBody,
  completionResultSchema,
  completionViewSchema,
  learningCompletionParams,
  learningModuleDetailSchema,
  learningModuleListSchema,
  learningModuleParams,
  teamTotalsSchema,
} from '../../contract/learning';
import {
  completionCountsPerTeam,
  getOwnCompletion,
  insertCompletion,
  listOwnCompletions,
  teamSizes,
} from '../../db/learning/learning-completions.repository';
import { gradeAnswers } from '../../domain/learning';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import { todayInAmsterdam } from '../clock';
import { conflict, invalidField, notFound } from '../errors';
import { moduleDetail, moduleSummary, progressById } from '../learning/module-view';
import { currentAuth } from '../plugins/auth';
import type { RouteApp } from './route-app';

// Leren (issue 13): learning modules for professionals and their own completions. Every read of
// completions is scoped to the signed-in user; another person's completion answers 404 for every
// role. A teamleider gets counts per team and module, never who. No household data here, so no
// access-log rows (ADR 1304).

const TAGS = ['learning'];

function moduleFinder(ctx: AppContext) {
  const modules = new Map(ctx.content.learningModules.map((m) => [m.id, m]));
  return (moduleId: string) => {
    const module = modules.get(moduleId);
    if (!module) throw notFound(message('leren.problem.moduleNotFound'));
    return module;
  };
}

type FindModule = ReturnType<typeof moduleFinder>;

function moduleReadRoutes(app: RouteApp, ctx: AppContext, find: FindModule) {
  const { db } = ctx.database;
  const { learningModules } = ctx.content;
  app.get(
    '/learning/modules',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The learning modules, with your own progress',
        tags: TAGS,
        response: { 200: learningModuleListSchema },
      },
    },
    async (request) => {
      const rows = await listOwnCompletions(db, currentAuth(request).user.id);
      const progress = progressById(learningModules, rows);
      return { modules: learningModules.map((m) => moduleSummary(m, progress.get(m.id)!)) };
    },
  );

  app.get(
    '/learning/modules/:moduleId',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One learning module: its sections, check questions, links and your progress',
        tags: TAGS,
        params: learningModuleParams,
        response: { 200: learningModuleDetailSchema },
      },
    },
    async (request) => {
      const module = find(request.params.moduleId);
      const rows = await listOwnCompletions(db, currentAuth(request).user.id);
      const progress = progressById([module], rows).get(module.id)!;
      return moduleDetail(module, progress, ctx.content);
    },
  );
}

function completionRoutes(app: RouteApp, ctx: AppContext, find: FindModule) {
  const { db } = ctx.database;
  app.post(
    '/learning/modules/:moduleId/completions',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Answer the check questions of a module; records your completion and score',
        tags: TAGS,
        params: learningModuleParams,
        body: completionBody,
        response: { 201: completionResultSchema },
      },
    },
    async (request, reply) => {
      const module = find(request.params.moduleId);
      if (request.body.version !== module.version)
        throw conflict('module_changed', message('leren.problem.versionChanged'));
      const graded = gradeAnswers(module.questions, request.body.answers);
      if (!graded.ok) throw invalidField(graded.field, graded.code, graded.message);
      const now = ctx.now();
      const row = await insertCompletion(db, {
        userId: currentAuth(request).user.id,
        moduleId: module.id,
        moduleVersion: module.version,
        completedOn: todayInAmsterdam(now),
        score: graded.score,
        questionCount: graded.questionCount,
        now,
      });
      const explanations = new Map(module.questions.map((q) => [q.id, q.explanation]));
      return reply.code(201).send({
        id: row.id,
        moduleId: row.moduleId,
        moduleVersion: row.moduleVersion,
        completedOn: row.completedOn,
        score: row.score,
        questionCount: row.questionCount,
        results: graded.results.map((r) => ({
          ...r,
          explanation: explanations.get(r.questionId)!,
        })),
      });
    },
  );

  app.get(
    '/learning/completions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One of your own completions: module, version, day and score',
        tags: TAGS,
        params: learningCompletionParams,
        response: { 200: completionViewSchema },
      },
    },
    async (request) => {
      const row = await getOwnCompletion(db, currentAuth(request).user.id, request.params.id);
      if (!row) throw notFound(message('leren.problem.completionNotFound'));
      const current = ctx.content.learningModules.find((m) => m.id === row.moduleId)?.version;
      return {
        id: row.id,
        moduleId: row.moduleId,
        moduleVersion: row.moduleVersion,
        completedOn: row.completedOn,
        score: row.score,
        questionCount: row.questionCount,
        current: current === row.moduleVersion,
      };
    },
  );
}

function teamTotalRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const { learningModules } = ctx.content;
  app.get(
    '/learning/team-totals',
    {
      config: { access: ['teamleider'] },
      schema: {
        summary: 'Per team you lead: how many members completed each module (never who)',
        tags: TAGS,
        response: { 200: teamTotalsSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const organisationId = auth.user.organisationId;
      const [sizes, counts] = await Promise.all([
        teamSizes(db, organisationId, auth.teamIds),
        completionCountsPerTeam(db, organisationId, auth.teamIds),
      ]);
      const countOf = (teamId: string, moduleId: string) =>
        counts.find((c) => c.teamId === teamId && c.moduleId === moduleId)?.completed ?? 0;
      return {
        teams: sizes.map((team) => ({
          ...team,
          modules: learningModules.map((m) => ({
            moduleId: m.id,
            title: m.title,
            completed: countOf(team.teamId, m.id),
          })),
        })),
      };
    },
  );
}

export const learningRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const find = moduleFinder(ctx);
    moduleReadRoutes(app, ctx, find);
    completionRoutes(app, ctx, find);
    teamTotalRoutes(app, ctx);
  };
