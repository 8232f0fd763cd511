import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuery, searchResultSchema } from '../../contract/catalogue';

import { highlightTexts } from '../../db/catalogue/catalogue.repository';
import {
  searchWithoutTexts,
  SearchInputError,
  type SearchHit,
} from '../../domain/catalogue/search';
import { messages } from '../../content/message-files';
import type { AppContext } from '../app';

import { AppError, validationSummary } from '../errors';
import { currentAuth } from '../plugins/auth';
import { nextTurn } from '../next-turn';

type Snapshot = Awaited<ReturnType<AppContext['catalogue']>>;

/**
 * The search's answer, still without the highlights (their texts are read from the database); a
 * query the index cannot take becomes a 422 naming the parameter.
 */
function searchOrProblem(snap: Snapshot, input: Parameters<typeof searchWithoutTexts>[1]) {
  try {
    return searchWithoutTexts(snap.index, input);
  } catch (error) {
    if (error instanceof SearchInputError) {
      throw new AppError(
        422,
        'validation_failed',
        validationSummary,
        error.issues.map((i) => ({
          field: `querystring.${i.field}`,
          code: 'invalid',
          messages: messages.bilingual(i.message),
        })),
      );
    }
    throw error;
  }
}

/** One hit as the list shows it, with the organisations offering it (nearby ones first). */
function presentHit(snap: Snapshot, ownGemeenten: string[], hit: SearchHit) {
  const item = snap.items.get(hit.id)!;
  const offers = snap.offersByItem.get(hit.id) ?? [];
  const offeredBy = new Map<string, { id: string; name: string; near: boolean }>();
  for (const o of offers) {
    const near = o.gemeenten.some((g) => ownGemeenten.includes(g.code));
    const seen = offeredBy.get(o.organisationId);
    offeredBy.set(o.organisationId, {
      id: o.organisationId,
      name: o.organisationName,
      near: near || Boolean(seen?.near),
    });
  }
  return {
    id: item.id,
    name: item.name,
    summary: item.summary,
    kind: item.kind,
    origin: item.origin,
    capitals: item.capitals,
    evidenceLevel: item.evidence.level,
    ageRange: item.ageRange,
    highlights: hit.highlights,
    offeredBy: [...offeredBy.values()].sort(
      (a, b) => Number(b.near) - Number(a.near) || a.name.localeCompare(b.name, 'nl'),
    ),
  };
}

export const searchRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const snapshot = ctx.catalogue;

    app.get(
      '/catalogue/search',
      {
        config: { access: 'authenticated' },
        schema: {
          summary:
            'Search the wegwijzer in Dutch (stemming, typos, synonyms) with live facet counts',
          querystring: searchQuery,
          response: { 200: searchResultSchema },
        },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        const q = request.query;
        const ownGemeenten = auth.gemeenteCodes;
        const t0 = performance.now();
        const snap = await snapshot();
        const t1 = performance.now();
        const pending = searchOrProblem(snap, {
          text: q.q,
          capitals: q.capital,
          targetGroups: q.targetGroup,
          age: q.age,
          phases: q.phase,
          povertyTypes: q.povertyType,
          lifeEvents: q.lifeEvent,
          evidenceLevels: q.evidenceLevel,
          kinds: q.kind,
          gemeenten: q.gemeente?.map((g) => g.toUpperCase()),
          organisations: q.organisation,
          nearMe: q.nearMe ? ownGemeenten : undefined,
          viewerGemeenten: ownGemeenten,
          page: q.page,
          perPage: q.perPage,
          sort: q.sort ?? 'relevance',
        });
        // One query of at most a page of rows: the index does not keep these texts (issue 12.1).
        // A turn later, so a request that came in meanwhile waits for the search or for the rest.
        await nextTurn();
        const result = pending.complete(await highlightTexts(ctx.database.db, pending.ids));
        // How long the index took, for operators and the benchmark (Server-Timing shows in devtools).
        reply.header(
          'server-timing',
          `index;dur=${(t1 - t0).toFixed(1)}, search;dur=${(performance.now() - t1).toFixed(1)}`,
        );
        return {
          ...result,
          items: result.items.map((hit) => presentHit(snap, ownGemeenten, hit)),
        };
      },
    );
  };
