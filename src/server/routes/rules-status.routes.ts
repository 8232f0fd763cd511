import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rulesStatusSchema, type RulesStatus } from '../../contract/benefits';
import { defaultRules, staleParameters, unverifiedValues } from '../../domain/benefits';
import type { ParameterSet } from '../../domain/benefits';
import { messages } from '../../content/message-files';
import type { AppContext } from '../app';
import { todayInAmsterdam } from '../clock';

// Read-only: which legal parameters of the rules engine are out of date today, and which values
// nobody has checked against their source yet. Shown on the beheer page (issue 17).

const shipped = defaultRules().parameters;

export function rulesStatus(parameters: ParameterSet, today: string): RulesStatus {
  return {
    today,
    stale: staleParameters(parameters, today).map((p) => ({
      ...p,
      message: messages.bilingual(p.message),
    })),
    unverified: unverifiedValues(parameters),
  };
}

export const rulesStatusRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/benefits/rules/status',
      {
        config: { access: ['beheerder'] },
        schema: {
          summary: 'Legal parameters that are out of date today, and values not yet verified',
          response: { 200: rulesStatusSchema },
        },
      },
      async () => rulesStatus(shipped, todayInAmsterdam(ctx.now())),
    );
  };
