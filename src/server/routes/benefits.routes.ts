import type { FastifySchemaCompiler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { versionEntrySchema } from '../../contract/catalogue';
import {
  BENEFITS_API_VERSION,
  calculateBody,
  calculateEnvelope,
  calculateResponseSchema,
  configuredGemeentenSchema,
  gemeenteCodeParams,
  gemeenteSchemesSchema,
  publicGemeenteConfigSchema,
  saveGemeenteSchemesBody,
  type CalculateResponse,
  type ConfiguredGemeente,
  type HouseholdChangeBody,
} from '../../contract/benefits';
import type { FieldError } from '../../contract/problem';
import { messages } from '../../content/message-files';
import { message } from '../../domain/message';
import { fieldErrors } from '../../contract/validation-messages';
import type { Language } from '../../contract/messages/catalogue';
import { wordedScheme } from '../../contract/scheme-words';
import {
  getGemeenteSchemes,
  listGemeenteSchemes,
  listGemeenteSchemeVersions,
  organisationWorksIn,
  saveGemeenteSchemes,
} from '../../db/benefits/gemeente-schemes.repository';
import {
  calculateAll,
  confirmValues,
  forResidents,
  gemeenteConfigSchema,
  hasKnownSchemes,
  registeredName,
  schemeProblems,
  unconfiguredGemeente,
  validateHousehold,
  whatIf,
  withGemeenten,
  type CalculationResult,
  type GemeenteConfig,
  type Household,
} from '../../domain/benefits';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import { todayInAmsterdam } from '../clock';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { AppError, conflict, forbidden, notFound, validationSummary } from '../errors';
import { currentAuth } from '../plugins/auth';
import { requestLanguage } from '../plugins/problem-json';
import { auditRefusedSchemesChange, notKeeper } from './gemeente-keeper.routes';
import {
  baseRules,
  shippedByCode,
  shippedGemeenten,
  shippedStart,
} from '../benefits/shipped-gemeenten';

/** Calculations per IP address per minute on the public API (ADR 0106). */
export const CALCULATE_RATE_LIMIT_PER_MINUTE = 60;

/**
 * The calculation body is not checked by fastify: the rules engine checks the household, so the
 * API gives the same messages as the resident page and the batch report. The zod schema of the
 * route still documents the body in OpenAPI.
 */
const passThrough: FastifySchemaCompiler<unknown> = () => (data) => ({ value: data });

const invalid = (errors: FieldError[]) =>
  new AppError(422, 'validation_failed', validationSummary, errors);

const storedConfigBroken = (code: string) =>
  new AppError(500, 'gemeente_config_invalid', message('problem.benefits.storedBroken', { code }));

const gemeenteNotConfigured = (code: string) =>
  notFound(message('problem.benefits.notConfigured', { code }));

/** A stored configuration, checked again: the schema may have grown since it was saved. */
function parseStored(code: string, config: unknown): GemeenteConfig {
  const parsed = gemeenteConfigSchema.safeParse(config);
  if (!parsed.success) throw storedConfigBroken(code);
  return parsed.data;
}

const prefixed = (field: string) => `config.${field}`;

/** Why a configuration may not be saved as a gemeente's rules: example data, missing sources, unchecked figures. */
function saveProblems(config: GemeenteConfig): FieldError[] {
  const errors: FieldError[] = [];
  if (config.example)
    errors.push({
      field: 'config.example',
      code: 'example_not_allowed',
      messages: messages.bilingual(message('problem.benefits.exampleNotAllowed')),
    });
  for (const issue of schemeProblems(config))
    errors.push({
      field: prefixed(issue.field),
      code:
        issue.field.endsWith('.title') || issue.field.endsWith('.url')
          ? 'source_missing'
          : 'not_confirmed',
      messages: messages.bilingual(issue.message),
    });
  return errors;
}

function checkChange(h: Household, change: HouseholdChangeBody | undefined): FieldError[] {
  if (change?.kind === 'income' && change.person === 'partner' && !h.partner)
    return [
      {
        field: 'whatIf.person',
        code: 'no_partner',
        messages: messages.bilingual(message('problem.benefits.noPartner')),
      },
    ];
  if (change?.kind === 'rent' && h.home.type !== 'huur')
    return [
      {
        field: 'whatIf.rentMonthlyCents',
        code: 'not_rented',
        messages: messages.bilingual(message('problem.benefits.notRented')),
      },
    ];
  return [];
}

function toResponse(
  result: CalculationResult,
  configVersion: number,
  language: Language,
): Omit<CalculateResponse, 'whatIf'> {
  return {
    apiVersion: BENEFITS_API_VERSION,
    peildatum: result.peildatum,
    gemeente: result.gemeente,
    gemeenteName: result.gemeenteName,
    gemeenteIsExample: result.gemeenteIsExample,
    gemeenteConfigVersion: configVersion,
    schemes: result.schemes.map((s) => wordedScheme(s, language)),
    totals: result.totals,
  };
}

/** Configured gemeenten: the researched ones shipped in rules/, overridden by the database. */
async function configuredGemeenten(db: Db): Promise<ConfiguredGemeente[]> {
  const stored = await listGemeenteSchemes(db);
  const byCode = new Map<string, ConfiguredGemeente>();
  for (const g of shippedGemeenten.filter(hasKnownSchemes))
    byCode.set(g.code, {
      code: g.code,
      name: g.name,
      example: g.example,
      validFrom: g.valid_from,
      version: 0,
      updatedAt: null,
    });
  for (const row of stored) {
    const config = parseStored(row.code, row.config);
    if (config.example || !hasKnownSchemes(forResidents(config))) continue;
    byCode.set(row.code, {
      code: row.code,
      name: config.name,
      example: config.example,
      validFrom: config.valid_from,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    });
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/**
 * One gemeente's configuration as residents may see it (from the database, else the shipped
 * research), or null when the gemeente has none. A scheme without source or checked figures
 * becomes 'vraag-na' (forResidents), and example data is never used.
 */
async function configFor(
  db: Db,
  code: string,
): Promise<{ config: GemeenteConfig; version: number; updatedAt: string | null } | null> {
  const row = await getGemeenteSchemes(db, code);
  const stored = row ? parseStored(code, row.config) : null;
  if (row && stored && !stored.example)
    return {
      config: forResidents(stored),
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    };
  const shipped = shippedByCode.get(code);
  return shipped ? { config: forResidents(shipped), version: 0, updatedAt: null } : null;
}

function calculateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/benefits/calculate',
    {
      config: {
        access: 'public',
        // Changes nothing and reads no cookie, so there is nothing to forge (ADR 0106).
        csrf: false,
        rateLimit: { max: CALCULATE_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
      },
      validatorCompiler: passThrough,
      schema: {
        summary: 'Voorzieningencheck: what a household may get, with the full explanation',
        description:
          'Public and anonymous: nothing is stored and no cookie or CSRF token is needed. ' +
          'Money is integer eurocent. Every scheme comes with its trace: the conditions with ' +
          'the values compared, the steps of the amount and the parameters with their legal ' +
          'source. With `whatIf` the answer also shows the effect of one change (for example ' +
          '200 euro more income per month). Invalid input gives a 422 problem naming each ' +
          `field in Dutch and English. At most ${CALCULATE_RATE_LIMIT_PER_MINUTE} requests ` +
          'per minute per address.',
        body: calculateBody,
        response: { 200: calculateResponseSchema },
      },
    },
    async (request, reply) => {
      const envelope = calculateEnvelope.safeParse(request.body);
      if (!envelope.success) throw invalid(fieldErrors(envelope.error.issues));
      const { household: raw, whatIf: change } = envelope.data;
      const peildatum = envelope.data.peildatum ?? todayInAmsterdam(ctx.now());

      // Only the household's own gemeente is looked up. A registered gemeente without schemes
      // gets the national schemes and 'ask your gemeente' for each municipal one.
      const code = typeof raw.gemeente === 'string' ? raw.gemeente.trim().toUpperCase() : '';
      const name = /^GM\d{4}$/.test(code) ? registeredName(code) : null;
      const found = name ? await configFor(db, code) : null;
      const config = found?.config ?? (name ? unconfiguredGemeente(code, name) : null);
      const rules = withGemeenten(baseRules, config ? [config] : []);
      const checked = validateHousehold(raw, peildatum, {
        knownGemeenten: Object.keys(rules.municipal.configs),
      });
      if (!checked.ok)
        throw invalid(
          checked.issues.map((i) => ({
            field: i.field ? `household.${i.field}` : 'household',
            code: i.field === 'gemeente' ? 'unknown_gemeente' : 'invalid_household',
            messages: messages.bilingual(i.message),
          })),
        );
      const household = checked.household;
      const changeErrors = checkChange(household, change);
      if (changeErrors.length) throw invalid(changeErrors);

      const version = found?.version ?? 0;
      reply.header('cache-control', 'no-store');
      const language = requestLanguage(request);
      if (!change) return toResponse(calculateAll(household, peildatum, rules), version, language);
      const w = whatIf(household, change, peildatum, rules);
      return {
        ...toResponse(w.before, version, language),
        whatIf: {
          change,
          schemes: w.schemes,
          totalsAfter: w.after.totals,
          netIncomeDeltaPerMonthCents: w.netIncomeDeltaPerMonthCents,
          benefitsDeltaPerMonthCents: w.benefitsDeltaPerMonthCents,
          netEffectPerMonthCents: w.netEffectPerMonthCents,
          keptPercent: w.keptPercent,
          armoedeval: w.armoedeval,
        },
      };
    },
  );
}

function gemeenteSchemeReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/benefits/gemeenten',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'The gemeenten whose municipal schemes are set up (public policy, no personal data)',
        response: { 200: configuredGemeentenSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { apiVersion: BENEFITS_API_VERSION, gemeenten: await configuredGemeenten(db) };
    },
  );

  app.get(
    '/benefits/gemeenten/:code',
    {
      config: { access: 'public' },
      schema: {
        summary:
          "One gemeente's municipal schemes, for the resident page to compute in the browser",
        params: gemeenteCodeParams,
        response: { 200: publicGemeenteConfigSchema },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const found = registeredName(code) ? await configFor(db, code) : null;
      if (!found) throw gemeenteNotConfigured(code);
      reply.header('cache-control', 'public, max-age=300');
      return {
        code,
        name: found.config.name,
        example: found.config.example,
        validFrom: found.config.valid_from,
        version: found.version,
        updatedAt: found.updatedAt,
        config: found.config,
      };
    },
  );

  app.get(
    '/gemeenten/:code/schemes',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: "A gemeente's municipal schemes as stored, and whether you may change them",
        params: gemeenteCodeParams,
        response: { 200: gemeenteSchemesSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { code } = request.params;
      const row = await getGemeenteSchemes(db, code);
      const canEdit =
        auth.user.role === 'beheerder' &&
        (!row || row.organisationId === auth.user.organisationId) &&
        (await organisationWorksIn(db, auth.user.organisationId, code));
      return {
        code,
        version: row?.version ?? 0,
        updatedAt: row?.updatedAt.toISOString() ?? null,
        updatedBy: row?.updatedBy ?? null,
        organisationName: row?.organisationName ?? null,
        canEdit,
        config: row ? parseStored(code, row.config) : null,
        shippedConfig: shippedStart(code),
      };
    },
  );
}

function gemeenteSchemeSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/gemeenten/:code/schemes',
    {
      config: { access: ['beheerder'] },
      schema: {
        summary:
          "Save a gemeente's municipal schemes (beheerder of an organisation that works there); a new version is kept",
        params: gemeenteCodeParams,
        body: saveGemeenteSchemesBody,
        response: { 200: gemeenteSchemesSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { code } = request.params;
      if (!(await organisationWorksIn(db, auth.user.organisationId, code))) throw forbidden();
      const { expectedVersion, confirmed } = request.body;
      const today = todayInAmsterdam(ctx.now());
      const config = confirmValues(request.body.config, confirmed, auth.user.name, today);
      if (config.code !== code)
        throw invalid([
          {
            field: 'config.code',
            code: 'code_mismatch',
            messages: messages.bilingual(
              message('problem.benefits.codeMismatch', { given: config.code, code }),
            ),
          },
        ]);
      const problems = saveProblems(config);
      if (problems.length > 0) throw invalid(problems);
      const saved = await db.transaction(async (tx) => {
        const result = await saveGemeenteSchemes(tx, {
          code,
          config,
          expectedVersion,
          organisationId: auth.user.organisationId,
          userId: auth.user.id,
          now: ctx.now(),
        });
        if (result.ok)
          await audit(tx, request, {
            action: 'gemeente_schemes.save',
            targetType: 'gemeente-schemes',
            targetId: code,
            details: { version: result.version },
          });
        return result;
      });
      if (!saved.ok && saved.keeperId && saved.keeperId !== auth.user.organisationId) {
        await auditRefusedSchemesChange(db, request, code, saved.keeperId);
        throw notKeeper();
      }
      if (!saved.ok)
        throw conflict(
          'version_conflict',
          message('problem.benefits.versionConflict', { version: saved.currentVersion }),
        );
      const row = (await getGemeenteSchemes(db, code))!;
      return {
        code,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        updatedBy: row.updatedBy,
        organisationName: row.organisationName,
        canEdit: true,
        config: parseStored(code, row.config),
        shippedConfig: shippedStart(code),
      };
    },
  );
}

function gemeenteSchemeHistoryRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/gemeenten/:code/schemes/history',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: "Every saved version of a gemeente's municipal schemes: who, when and what",
        params: gemeenteCodeParams,
        response: { 200: z.array(versionEntrySchema) },
      },
    },
    async (request) => listGemeenteSchemeVersions(db, request.params.code),
  );
}

export const benefitsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    calculateRoutes(app, ctx);
    gemeenteSchemeReadRoutes(app, ctx);
    gemeenteSchemeSaveRoutes(app, ctx);
    gemeenteSchemeHistoryRoutes(app, ctx);
  };
