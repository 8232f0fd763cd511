import { sql } from 'drizzle-orm';
import { roles } from '../contract/common';
import type {
  CloseReason,
  ConsentHow,
  ConsentPurpose,
  HouseholdData,
  Plan,
} from '../contract/households';
import type { CaseDialogueData } from '../contract/case-dialogues';
import type { Availability, ExpertRole } from '../domain/experience-experts/experience-expert';
import type { ScanAnswers } from '../domain/assessment';
import type { KompasBlocks } from '../domain/kompas';
import type {
  ReferralOutcome,
  ReferralSide,
  ReferralStatus,
  SharedGoal,
} from '../domain/referrals';
import type { ContactKind, CreditorType, Outcome, RowIssue, ThreatKind } from '../domain/signals';
import type { GemeenteConfig } from '../domain/benefits/municipal-config';
import type { CatalogueItem } from '../domain/catalogue/types';
import type { ImportReportLine } from './catalogue/import-jobs.repository';
import type { OfferData } from './catalogue/offers.repository';
import type { SpecialistData } from './catalogue/specialists.repository';
import type { OrganisationSettings } from './repositories/organisations.repository';
import type { QuickscanAnswers } from '../domain/quickscan';
import {
  bigint,
  date,
  bigserial,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** One row once setup has run; setup never opens again after that. */
/** What an intervention row keeps in `data`: the item without the columns of its own. */
export type InterventionData = Omit<CatalogueItem, 'id' | 'origin' | 'organisationId'>;

export const installation = pgTable('installation', {
  id: integer('id').primaryKey().default(1),
  setupCompletedAt: timestamp('setup_completed_at', { withTimezone: true }).notNull(),
  demo: boolean('demo').notNull().default(false),
});

/** Koepel → werkorganisatie. Teams hang under a werkorganisatie. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: ['koepel', 'werkorganisatie'] }).notNull(),
    name: text('name').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    settings: jsonb('settings').$type<Partial<OrganisationSettings>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('organisations_parent_idx').on(t.parentId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'organisations_parent_fk' }),
    check('organisations_kind_parent', sql`${t.kind} = 'werkorganisatie' OR ${t.parentId} IS NULL`),
  ],
);

export const organisationGemeenten = pgTable(
  'organisation_gemeenten',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.code] }),
    index('org_gemeenten_code_idx').on(t.code),
  ],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_org_name_idx').on(t.organisationId, t.name)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    language: text('language', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    index('users_org_idx').on(t.organisationId),
  ],
);

export const userTeams = pgTable(
  'user_teams',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] }), index('user_teams_team_idx').on(t.teamId)],
);

/** Server-side sessions. Only a hash of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** One-time password reset links created by a beheerder. Only a hash is stored. */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * Append-only access log: who did what to which record, when and from which session.
 * A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    organisationId: uuid('organisation_id'),
    actorId: uuid('actor_id'),
    sessionId: uuid('session_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] })
      .notNull()
      .default('success'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_org_at_idx').on(t.organisationId, t.at),
    index('audit_actor_idx').on(t.actorId),
    index('audit_target_idx').on(t.targetType, t.targetId),
  ],
);

// ───────────────────────────── Wegwijzer (catalogue) ─────────────────────────────

/**
 * National items (from content/, origin 'national') and local items a werkorganisatie adds
 * (origin 'local'). The searchable fields live in `data`; search runs on an in-process index
 * (ADR 0203), so no full-text columns are needed here.
 */
export const interventions = pgTable(
  'interventions',
  {
    id: text('id').primaryKey(),
    origin: text('origin', { enum: ['national', 'local'] }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    name: text('name').notNull(),
    data: jsonb('data').$type<InterventionData>().notNull(),
    /** Hash of the content file, so loading content again only touches what changed. */
    contentHash: text('content_hash'),
    /** Id of the record in an imported HSDS file, so importing again updates instead of duplicating. */
    hsdsId: text('hsds_id'),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set only when a person confirms the entry is right; null: not (yet) checked (ADR 0205). */
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    lastCheckedBy: uuid('last_checked_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    index('interventions_org_idx').on(t.organisationId),
    uniqueIndex('interventions_hsds_idx').on(t.organisationId, t.hsdsId),
    check(
      'interventions_origin_org',
      sql`(${t.origin} = 'national') = (${t.organisationId} IS NULL)`,
    ),
  ],
);

/** Who offers an intervention where, how to refer, what it costs and whom to call. */
export const localOffers = pgTable(
  'local_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    interventionId: text('intervention_id')
      .notNull()
      .references(() => interventions.id),
    data: jsonb('data').$type<OfferData>().notNull(),
    hsdsId: text('hsds_id'),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set only when a person confirms the entry is right; null: not (yet) checked (ADR 0205). */
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    lastCheckedBy: uuid('last_checked_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    index('local_offers_org_idx').on(t.organisationId),
    index('local_offers_intervention_idx').on(t.interventionId),
    uniqueIndex('local_offers_hsds_idx').on(t.organisationId, t.hsdsId),
  ],
);

/** Colleagues to phone about poverty, per werkorganisatie. */
export const specialists = pgTable(
  'specialists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    data: jsonb('data').$type<SpecialistData>().notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set only when a person confirms the entry is right; null: not (yet) checked (ADR 0205). */
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    lastCheckedBy: uuid('last_checked_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [index('specialists_org_idx').on(t.organisationId)],
);

/** Every version of every local entry (local item, offer, specialist): who changed what, when. */
export const entryVersions = pgTable(
  'entry_versions',
  {
    entityType: text('entity_type', {
      enum: [
        'intervention',
        'offer',
        'specialist',
        'gemeente-schemes',
        'household',
        'scan',
        'plan',
      ],
    }).notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    action: text('action', {
      enum: ['created', 'updated', 'checked', 'archived', 'restored', 'imported'],
    }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.entityId, t.version] })],
);

/** Correction suggestions from colleagues, waiting in the review queue of the owning organisation. */
export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    targetType: text('target_type', { enum: ['intervention', 'offer', 'specialist'] }).notNull(),
    targetId: text('target_id').notNull(),
    message: text('message').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    status: text('status', { enum: ['open', 'accepted', 'rejected'] })
      .notNull()
      .default('open'),
    response: text('response'),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [index('suggestions_org_status_idx').on(t.organisationId, t.status)],
);

/** Bumped on every catalogue change; each app instance rebuilds its search index when it moves. */
export const catalogueState = pgTable('catalogue_state', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

/** HSDS imports run in the background; the page polls progress and shows the report. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    fileName: text('file_name'),
    mode: text('mode', { enum: ['all-or-nothing', 'valid-only'] }).notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    report: jsonb('report').$type<ImportReportLine[]>().notNull().default([]),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Set now and then while a job runs on PostgreSQL; a job without one for long has stopped. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_org_idx').on(t.organisationId)],
);

// ───────────────────────────── Voorzieningencheck ─────────────────────────────

/**
 * Municipal schemes of one gemeente (limits, amounts, how to apply), kept as data by a beheerder
 * of an organisation that works there. One row per gemeente; earlier versions in entry_versions.
 */
export const gemeenteSchemes = pgTable('gemeente_schemes', {
  gemeenteCode: text('gemeente_code').primaryKey(),
  config: jsonb('config').$type<GemeenteConfig>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
});

// ───────────────────────────── Households (kapitaalscan) ─────────────────────────────

/**
 * A household, pseudonymous: an own reference and initials or a nickname, never a BSN or a full
 * name. Only the assigned professionals, their team and its teamleider may read it.
 */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamId: uuid('team_id').references(() => teams.id),
    reference: text('reference').notNull(),
    label: text('label').notNull(),
    /** Adults and children (birth years), gemeente, wijk, languages: see contract/households.ts. */
    data: jsonb('data').$type<HouseholdData>().notNull(),
    /** Free-text notes: they stay in the household record and never go into reports. */
    notes: text('notes'),
    startDate: text('start_date').notNull(),
    closedAt: text('closed_at'),
    closeReason: text('close_reason').$type<CloseReason>(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('households_org_reference_idx').on(t.organisationId, t.reference),
    index('households_team_idx').on(t.teamId),
    index('households_closed_idx').on(t.closedAt),
    // The report bucket of a household (REPORT_BUCKETS in reports/buckets.ts, ADR 1501): a
    // report recounts only the buckets written since it was counted.
    index('households_report_bucket_idx').on(
      t.organisationId,
      sql`(get_byte(uuid_send(${t.id}), 15) & 63)`,
    ),
  ],
);

export const householdProfessionals = pgTable(
  'household_professionals',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.userId] }),
    index('household_professionals_user_idx').on(t.userId),
  ],
);

/** What the household agreed to, when, how, recorded by whom, and when it was withdrawn. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    how: text('how').$type<ConsentHow>().notNull(),
    givenAt: text('given_at').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
    withdrawnAt: text('withdrawn_at'),
    withdrawnRecordedBy: uuid('withdrawn_recorded_by').references(() => users.id),
  },
  (t) => [
    index('consents_household_idx').on(t.householdId),
    // The households every report may count (householdFilters): probed per household when a
    // report recounts a bucket, without reading the consent rows.
    index('consents_reporting_idx')
      .on(t.householdId)
      .where(sql`${t.purpose} = 'rapportage-anoniem' AND ${t.withdrawnAt} IS NULL`),
  ],
);

/** One kapitaalscan: the answers (both ratings kept), draft until completed. */
export const scans = pgTable(
  'scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    answers: jsonb('answers').$type<ScanAnswers>().notNull(),
    status: text('status', { enum: ['draft', 'completed'] })
      .notNull()
      .default('draft'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scans_household_idx').on(t.householdId, t.startedAt)],
);

/**
 * The numbers of a completed scan (capital and aspect scores, risk factors ticked in it), written
 * in the transaction that completes the scan so reports read these instead of the answers.
 */
export const scanScores = pgTable(
  'scan_scores',
  {
    scanId: uuid('scan_id')
      .primaryKey()
      .references(() => scans.id, { onDelete: 'cascade' }),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
    /** One character per household aspect: see src/domain/assessment/stored-scores.ts. */
    aspectScores: text('aspect_scores').notNull(),
    /** Fingerprint of the aspect order the scores are written in (`aspectOrderKey`). */
    aspectOrder: integer('aspect_order').notNull(),
    riskFactors: text('risk_factors').array().notNull(),
  },
  (t) => [index('scan_scores_household_idx').on(t.householdId, t.completedAt, t.scanId)],
);

/** The plan of a household: goals in its own words, small steps, referrals with status. */
export const plans = pgTable('plans', {
  householdId: uuid('household_id')
    .primaryKey()
    .references(() => households.id, { onDelete: 'cascade' }),
  data: jsonb('data').$type<Plan>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

// ───────────────────────────── Login throttling ─────────────────────────────

/**
 * Counters shared by every instance: login attempts per client address per minute
 * ('ip:<address>'), and failed logins for e-mail addresses without an account
 * ('account:<sha256>'), which lock like a real account so the answer does not reveal which
 * addresses exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

// ───────────────────────────── Reflection log (gesprekskaarten) ─────────────────────────────

/**
 * A professional's private answers to the reflection cards of a deck, before or after using the
 * decks or a training. Only the author ever reads them (not the beheerder, not the teamleider):
 * every query is scoped to the author's user id. No household data.
 */
export const reflectionEntries = pgTable(
  'reflection_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    deckId: text('deck_id').notNull(),
    deckVersion: integer('deck_version').notNull(),
    moment: text('moment', { enum: ['voor', 'na'] }).notNull(),
    /** Answer per reflection card id, in the author's own words. */
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('reflection_entries_author_idx').on(t.authorId, t.createdAt),
    check('reflection_entries_moment', sql`${t.moment} in ('voor', 'na')`),
  ],
);
/**
 * A child's praatkleurplaat, kept only when the worker saves it to the child's record and the
 * household consents to it. Household data: read and written through the household's access rules,
 * erased with the household. Only which region got which colour is kept, never markup.
 */
export const childDrawings = pgTable(
  'child_drawings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    /** The child's own reference in the household's data (never a name). */
    childRef: text('child_ref').notNull(),
    /** Region id → colour id of src/domain/kleurplaat. */
    fills: jsonb('fills').$type<Record<string, string>>().notNull(),
    /** What the child told about the drawing, in the worker's words. */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('child_drawings_household_idx').on(t.householdId, t.createdAt)],
);

/**
 * A team's ethical case dialogue: case, dilemma, four perspectives, values at stake and what the
 * team will do. Team data, no household data: the text is checked for BSN-like numbers and the
 * team's household references before it is stored.
 */
export const caseDialogues = pgTable(
  'case_dialogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    title: text('title').notNull(),
    data: jsonb('data').$type<CaseDialogueData>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_dialogues_team_idx').on(t.organisationId, t.teamId, t.createdAt)],
);

// ───────────────────────────── Vroegsignalering ─────────────────────────────

/** One partner file as imported: who, when, how it was read and its per-row report (no names). */
export const signalImports = pgTable(
  'signal_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    fileName: text('file_name'),
    encoding: text('encoding').notNull(),
    delimiter: text('delimiter').notNull(),
    rows: integer('rows').notNull(),
    signals: integer('signals').notNull(),
    newCases: integer('new_cases').notNull(),
    report: jsonb('report').$type<RowIssue[]>().notNull().default([]),
  },
  (t) => [index('signal_imports_org_idx').on(t.organisationId, t.createdAt)],
);

/** One person with payment arrears: the outreach case its signals are merged into. */
export const signalCases = pgTable(
  'signal_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** postcode|huisnummer|toevoeging|geboortedatum, the match key (domain/signals/match.ts). */
    personKey: text('person_key').notNull(),
    surname: text('surname').notNull(),
    initials: text('initials').notNull(),
    prefix: text('prefix').notNull(),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    houseNumberAddition: text('house_number_addition').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    dateOfBirth: date('date_of_birth').notNull(),
    priority: integer('priority').notNull(),
    firstSignalOn: date('first_signal_on').notNull(),
    lastSignalOn: date('last_signal_on').notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    outcome: text('outcome').$type<Outcome>(),
    outcomeOn: date('outcome_on'),
    /** Help accepted and handed over: the receiving team and the household it opened (a link only). */
    handoverTeamId: uuid('handover_team_id').references(() => teams.id),
    handoverHouseholdId: uuid('handover_household_id').references(() => households.id, {
      onDelete: 'set null',
    }),
    handedOverOn: date('handed_over_on'),
    /** A threatening situation (Wgs art. 4 lid 2) the worker recorded, and when it became known. */
    threatKind: text('threat_kind').$type<ThreatKind>(),
    threatKnownOn: date('threat_known_on'),
    /**
     * The three-working-day deadline of that threat (domain `urgentConversationBy`), kept so the
     * queue can put threatened cases first, earliest deadline first (ADR 1405). Set with the
     * threat, cleared with it (a check in migration 0031 keeps the three together).
     */
    urgentConversationBy: date('urgent_conversation_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('signal_cases_org_key_idx').on(t.organisationId, t.personKey),
    // The queue's order (ADR 1405): threatened cases by deadline, then priority, then oldest.
    index('signal_cases_queue_idx').on(
      t.organisationId,
      t.status,
      t.urgentConversationBy.asc().nullsLast(),
      t.priority.desc(),
      t.firstSignalOn,
      t.id,
    ),
    index('signal_cases_retention_idx').on(t.lastSignalOn),
  ],
);

/** One row of a partner file: the source of a case (amount, creditor, length of the arrears). */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => signalCases.id, { onDelete: 'cascade' }),
    importId: uuid('import_id')
      .notNull()
      .references(() => signalImports.id),
    line: integer('line').notNull(),
    creditorType: text('creditor_type').$type<CreditorType>().notNull(),
    amountCents: integer('amount_cents').notNull(),
    monthsInArrears: integer('months_in_arrears').notNull(),
    arrearsSince: date('arrears_since'),
    signalDate: date('signal_date').notNull(),
  },
  (t) => [index('signals_case_idx').on(t.caseId), index('signals_import_idx').on(t.importId)],
);

/** An attempt to reach the person: letter, phone call or home visit, and whether it reached them. */
export const signalContacts = pgTable(
  'signal_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => signalCases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContactKind>().notNull(),
    on: date('on').notNull(),
    reached: boolean('reached').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('signal_contacts_case_idx').on(t.caseId)],
);

// ───────────────────────────── Kwaliteitskompas ─────────────────────────────

/**
 * A Kwaliteitskompas cycle of a gemeente with its partners: the koepel's organisations working
 * there (or one organisation without a koepel) share it. The blocks hold the current version;
 * every saved version is kept in kompas_cycle_versions.
 */
export const kompasCycles = pgTable(
  'kompas_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The koepel, or the organisation when it has none: who shares the cycle. */
    groupId: uuid('group_id')
      .notNull()
      .references(() => organisations.id),
    gemeente: text('gemeente').notNull(),
    title: text('title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** The cycle this one started from. */
    previousId: uuid('previous_id'),
    version: integer('version').notNull().default(1),
    blocks: jsonb('blocks').$type<KompasBlocks>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('kompas_cycles_group_idx').on(t.groupId, t.gemeente, t.periodFrom),
    foreignKey({
      columns: [t.previousId],
      foreignColumns: [t.id],
      name: 'kompas_cycles_previous_fk',
    }),
  ],
);

export const kompasCycleVersions = pgTable(
  'kompas_cycle_versions',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => kompasCycles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    blocks: jsonb('blocks').$type<KompasBlocks>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.version] })],
);

// ───────────────────────────── Team sessions (gesprekskaarten) ─────────────────────────────

/**
 * A team looking at one case card together (issue 13, ADR 1302). Members join with a short code
 * while it is valid; answers stay hidden until the starter reveals them. When the session closes
 * or expires only `team_note` (what the team chose to keep) remains. No household data.
 */
export const teamSessions = pgTable(
  'team_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    deckId: text('deck_id').notNull(),
    deckVersion: integer('deck_version').notNull(),
    cardId: text('card_id').notNull(),
    code: text('code').notNull(),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    pointsEnabled: boolean('points_enabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    teamNote: text('team_note'),
  },
  (t) => [
    index('team_sessions_team_idx').on(t.teamId, t.createdAt),
    // A code names one session while that session is open.
    uniqueIndex('team_sessions_open_code_idx')
      .on(t.code)
      .where(sql`${t.closedAt} is null`),
  ],
);

/** Who joined a session; deleted with the answers when it closes. */
export const teamSessionMembers = pgTable(
  'team_session_members',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => teamSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** A member's answer: the capitals they see in the case and why. Deleted when the session ends. */
export const teamSessionAnswers = pgTable(
  'team_session_answers',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => teamSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    capitals: jsonb('capitals').$type<string[]>().notNull(),
    reasoning: text('reasoning').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

// ───────────────────────────── Experience experts (ervaringsdeskundigen) ─────────────────────────────

/**
 * An organisation's register of experience experts (issue 13, ADR 1305). Kept only with their
 * consent: withdrawing it deletes the row (and its invitations). Minimum data: the name they want
 * to be called by and at least one way to reach them.
 */
export const experienceExperts = pgTable(
  'experience_experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    roles: jsonb('roles').$type<ExpertRole[]>().notNull(),
    agreements: text('agreements').notNull().default(''),
    availability: jsonb('availability').$type<Availability>().notNull(),
    consentGivenAt: date('consent_given_at').notNull(),
    consentHow: text('consent_how').$type<ConsentHow>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('experience_experts_org_idx').on(t.organisationId, t.name),
    check('experience_experts_reachable', sql`${t.email} IS NOT NULL OR ${t.phone} IS NOT NULL`),
  ],
);

/**
 * An experience expert invited to a team session or a case dialogue, for one role. Holds no copy
 * of the contact details: they are read from the entry, so erasing the entry erases them here too.
 */
export const experienceExpertInvitations = pgTable(
  'experience_expert_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experienceExperts.id, { onDelete: 'cascade' }),
    teamSessionId: uuid('team_session_id').references(() => teamSessions.id, {
      onDelete: 'cascade',
    }),
    caseDialogueId: uuid('case_dialogue_id').references(() => caseDialogues.id, {
      onDelete: 'cascade',
    }),
    role: text('role').$type<ExpertRole>().notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      'experience_expert_invitations_one_target',
      sql`(${t.teamSessionId} IS NULL) <> (${t.caseDialogueId} IS NULL)`,
    ),
    uniqueIndex('experience_expert_invitations_session_idx')
      .on(t.teamSessionId, t.expertId)
      .where(sql`${t.teamSessionId} IS NOT NULL`),
    uniqueIndex('experience_expert_invitations_dialogue_idx')
      .on(t.caseDialogueId, t.expertId)
      .where(sql`${t.caseDialogueId} IS NOT NULL`),
    index('experience_expert_invitations_expert_idx').on(t.expertId),
  ],
);

/**
 * A professional's completed learning modules (issue 13, Leren): which module, the content version
 * answered, the Dutch calendar day and the score. The answers themselves are not kept. Only the
 * professional reads their own rows; a teamleider gets counts per team and module, never who.
 */
export const learningCompletions = pgTable(
  'learning_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: text('module_id').notNull(),
    moduleVersion: integer('module_version').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    score: integer('score').notNull(),
    questionCount: integer('question_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('learning_completions_user_idx').on(t.userId, t.moduleId),
    check('learning_completions_score', sql`${t.score} >= 0 and ${t.score} <= ${t.questionCount}`),
  ],
);

/**
 * A signal a professional saw, recorded on a household from a signal checklist (issue 14, item
 * 1): the checklist's item ids, the day and a short note, never a name. Household data: erased
 * with the household, and so kept as long as the household is.
 */
export const householdSignals = pgTable(
  'household_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    /** The setting of the checklist (school, kinderopvang, …). */
    setting: text('setting').notNull(),
    /** Ids of the checklist's look-for items that were seen. */
    signalIds: jsonb('signal_ids').$type<string[]>().notNull(),
    seenOn: date('seen_on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('household_signals_household_idx').on(t.householdId, t.seenOn)],
);

/**
 * Anonymous advice from the organisation's poverty specialist (issue 14, item 1; ADR 1404): a
 * question about a setting and the signals seen, without anything that identifies a household.
 * There is deliberately no household column. Deleted after the retention term of ADR 1404.
 */
export const adviceQuestions = pgTable(
  'advice_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    askedBy: uuid('asked_by').references(() => users.id, { onDelete: 'cascade' }),
    setting: text('setting').notNull(),
    signalIds: jsonb('signal_ids').$type<string[]>().notNull(),
    question: text('question').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('advice_questions_org_idx').on(t.organisationId, t.askedAt),
    index('advice_questions_asker_idx').on(t.askedBy, t.askedAt),
  ],
);

// ───────────────────────────── Aanbod per kapitaal ─────────────────────────────

/**
 * A decision about the offer under one capital (issue 15, item 5, ADR 1503): continue, strengthen,
 * add or stop an intervention or a policy option, with its reason and where it stands. The scope is
 * the organisation as a whole ('organisatie') or a gemeente it works in (a CBS code). The row holds
 * the current state; every saved state is kept in offer_decision_events.
 */
export const offerDecisions = pgTable(
  'offer_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    scope: text('scope').notNull(),
    capital: text('capital').notNull(),
    subjectKind: text('subject_kind', { enum: ['intervention', 'policy'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    decision: text('decision', {
      enum: ['doorgaan', 'versterken', 'toevoegen', 'stoppen'],
    }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', {
      enum: ['besloten', 'in-uitvoering', 'gedaan', 'herzien'],
    }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    // One current decision per subject under a capital, per scope.
    uniqueIndex('offer_decisions_subject_idx').on(
      t.organisationId,
      t.scope,
      t.capital,
      t.subjectKind,
      t.subjectId,
    ),
  ],
);

/** Every saved state of a decision: who saved it, when, and an optional note. */
export const offerDecisionEvents = pgTable(
  'offer_decision_events',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => offerDecisions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull(),
    note: text('note'),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.version] })],
);

/**
 * A professional's quickscan of one calendar year (ADR 1504): private to its author; teams and
 * wijken see only figures over five or more professionals. One per person per year; earlier years
 * are kept so growth shows.
 */
export const quickscanResponses = pgTable(
  'quickscan_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Calendar year in the Netherlands when it was filled in. */
    year: integer('year').notNull(),
    quickscanId: text('quickscan_id').notNull(),
    quickscanVersion: integer('quickscan_version').notNull(),
    /** The team the author filled it in for; null when they are in no team. */
    teamId: uuid('team_id').references(() => teams.id),
    /** The wijk the author names as their main working area this year (free text). */
    wijk: text('wijk'),
    /** Value of the scale per statement id. */
    answers: jsonb('answers').$type<QuickscanAnswers>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('quickscan_responses_author_year_idx').on(t.authorId, t.year),
    index('quickscan_responses_org_year_idx').on(t.organisationId, t.year),
    index('quickscan_responses_team_year_idx').on(t.teamId, t.year),
  ],
);

// ───────────────────────────── Warme overdracht ─────────────────────────────

/** One step in a referral's life, shown to both sides. */
export type ReferralEvent = { status: ReferralStatus; at: string; side: ReferralSide };

/**
 * A household referred to a team (of this or another organisation) with its consent (ADR 1403).
 * The receiving side reads only `message` and `shared`, a snapshot of the plan parts the household
 * agreed to share, taken at sending and erased when the referral is withdrawn.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    /** The household's organisation: its access log records every view. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    sentBy: uuid('sent_by').references(() => users.id),
    receivingOrganisationId: uuid('receiving_organisation_id')
      .notNull()
      .references(() => organisations.id),
    receivingTeamId: uuid('receiving_team_id')
      .notNull()
      .references(() => teams.id),
    message: text('message'),
    shared: jsonb('shared').$type<SharedGoal[]>(),
    status: text('status').$type<ReferralStatus>().notNull(),
    sentOn: text('sent_on').notNull(),
    rejectReason: text('reject_reason'),
    outcome: text('outcome').$type<ReferralOutcome>(),
    outcomeNote: text('outcome_note'),
    /** Why it was withdrawn: by the sender, or because the household withdrew its consent. */
    withdrawnBecause: text('withdrawn_because', { enum: ['sender', 'consent'] }),
    /** The receiving side's own household record, when accepting opened one. */
    receivingHouseholdId: uuid('receiving_household_id').references(() => households.id, {
      onDelete: 'set null',
    }),
    events: jsonb('events').$type<ReferralEvent[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('referrals_household_idx').on(t.householdId),
    index('referrals_sender_idx').on(t.organisationId, t.status),
    index('referrals_receiver_idx').on(t.receivingTeamId, t.status),
  ],
);

/**
 * The work queue's total, kept instead of counted (issue 14, "real volumes"): each write to
 * signal_cases appends how it changed an organisation's number of open cases (triggers, migration
 * 0025), inside the writer's own transaction. The total is the sum; concurrent writers only ever
 * insert, so none waits for another. `compactOpenCounts` folds the rows into one now and then.
 */
export const signalOpenCounts = pgTable(
  'signal_open_counts',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    delta: integer('delta').notNull(),
  },
  (t) => [index('signal_open_counts_org_idx').on(t.organisationId, t.delta)],
);

/**
 * A number per organisation that changes with every write to the rows its reports read
 * (households, consents, plans, scan_scores, household_professionals and the kept outcomes), set
 * by triggers in the writing transaction (migrations 0027, 0035). The reports read the numbers
 * per bucket (report_bucket_versions); this row stays because the triggers lock it first, so the
 * writers of one organisation take their bucket rows one at a time and cannot deadlock (ADR 1501).
 */
export const reportDataVersions = pgTable('report_data_versions', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/**
 * The same number per organisation and report bucket (a 64th of its households, by the last
 * byte of the household id): set by the triggers of migration 0035 beside the organisation's,
 * so a kept count is redone only for the buckets written since (ADR 1501).
 */
export const reportBucketVersions = pgTable(
  'report_bucket_versions',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    bucket: smallint('bucket').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.bucket] })],
);

/**
 * A household's change from its first to its latest completed scan, kept beside scan_scores so
 * the outcomes report aggregates in SQL instead of scoring every household per request (ADR 1501).
 * Written in the transaction that completes a scan and back-filled at start; gone with either
 * scan or the household. Only what does not depend on the report's peildatum: the wijk and the
 * consent are read from the household when the report is made.
 */
export const householdOutcomes = pgTable('household_outcomes', {
  householdId: uuid('household_id')
    .primaryKey()
    .references(() => households.id, { onDelete: 'cascade' }),
  firstScanId: uuid('first_scan_id')
    .notNull()
    .references(() => scanScores.scanId, { onDelete: 'cascade' }),
  latestScanId: uuid('latest_scan_id')
    .notNull()
    .references(() => scanScores.scanId, { onDelete: 'cascade' }),
  instrumentId: text('instrument_id').notNull(),
  instrumentVersion: integer('instrument_version').notNull(),
  /** Fingerprint of the aspect order (`aspectOrderKey`) the deltas were computed in. */
  aspectOrder: integer('aspect_order').notNull(),
  /**
   * Per measure (`outcomeMeasures`: capitals, then household aspects) the change in tenths, null
   * where unknown; the whole array is null when the two scans cannot be compared (another
   * instrument version).
   */
  deltaTenths: smallint('delta_tenths').array().$type<(number | null)[]>(),
});

/**
 * Per completed scan, what the municipal report counts when that scan is a household's latest
 * up to the period's end (ADR 1501): the change from the household's first scan to this one and
 * the level per capital. `nextCompletedAt` (the household's next scan, in completion order) says
 * for which period ends this scan is the latest, so the report picks it without a step per
 * household. Written with the scan's scores in the transaction that completes it (the rows of
 * the household's other scans are rewritten too), back-filled at start; gone with the scan or
 * the household.
 */
export const scanOutcomes = pgTable(
  'scan_outcomes',
  {
    scanId: uuid('scan_id')
      .primaryKey()
      .references(() => scanScores.scanId, { onDelete: 'cascade' }),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
    /** When the household's next completed scan was completed; null for its latest. */
    nextCompletedAt: timestamp('next_completed_at', { withTimezone: true }),
    /** The household's first completed scan: nothing changed yet, nothing counted. */
    first: boolean('first').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    /** Fingerprint of the aspect order (`aspectOrderKey`) the row was computed in. */
    aspectOrder: integer('aspect_order').notNull(),
    /**
     * From the first scan to this one, per measure (`outcomeMeasures`) in tenths, as in
     * household_outcomes; null for the first scan or when the two cannot be compared.
     */
    deltaTenths: smallint('delta_tenths').array().$type<(number | null)[]>(),
    /**
     * Per capital (CAPITALS order) the index of its level in PROFILE_LEVELS, null where unknown;
     * the whole array is null when the scan is not of this instrument.
     */
    capitalLevels: smallint('capital_levels').array().$type<(number | null)[]>(),
  },
  (t) => [index('scan_outcomes_household_idx').on(t.householdId, t.completedAt)],
);
