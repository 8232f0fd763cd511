import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The Fastify instance a route plugin receives; route groups register their routes on it. */
export type RouteApp = Parameters<FastifyPluginAsyncZod>[0];
