import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signalSettings, type SignalChecklist } from '../../contract/content';
import {
  signalChecklistDetailSchema,
  signalChecklistListSchema,
  signalSettingParams,
  type SignalChecklistDetail,
} from '../../contract/signal-checklists';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import { notFound } from '../errors';

// Signalen uit de wijk (issue 14): the signal checklists of content/signal-checklists, read-only,
// for every signed-in user. Nothing here touches household data.

const TAGS = ['signal-checklists'];

export const signalChecklistRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const lists = new Map(ctx.content.signalChecklists.map((l) => [l.id, l]));
    // In the order of the brief: school first, then the other settings.
    const ordered = signalSettings.flatMap((s) => lists.get(s) ?? []);
    const summary = (l: SignalChecklist) => ({
      id: l.id,
      title: l.title,
      intro: l.intro,
      signalCount: l.look_for.length,
    });

    app.get(
      '/signal-checklists',
      {
        config: { access: 'authenticated' },
        schema: {
          summary:
            'The signal checklists per setting (school, childcare, GP, neighbourhood team, youth work)',
          tags: TAGS,
          response: { 200: signalChecklistListSchema },
        },
      },
      async () => ({ checklists: ordered.map(summary) }),
    );

    app.get(
      '/signal-checklists/:setting',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: 'One setting: what to look for, how to start the conversation, where to refer',
          tags: TAGS,
          params: signalSettingParams,
          response: { 200: signalChecklistDetailSchema },
        },
      },
      async (request): Promise<SignalChecklistDetail> => {
        const list = lists.get(request.params.setting);
        if (!list) throw notFound(message('problem.signalChecklists.notFound'));
        const { items } = await ctx.catalogue();
        return {
          ...summary(list),
          lookFor: list.look_for,
          conversation: list.conversation,
          refer: list.refer.flatMap((id) => {
            const item = items.get(id);
            return item ? [{ id, name: item.name, summary: item.summary }] : [];
          }),
          sources: list.sources,
          lastReviewed: list.last_reviewed,
        };
      },
    );
  };
