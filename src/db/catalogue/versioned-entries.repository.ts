import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { LifecycleStep } from '../../contract/catalogue';
import type { Db } from '../client';
import { organisationGemeenten, users } from '../schema';
import {
  listVersions,
  recordVersion,
  type EntityType,
  type VersionAction,
} from './history.repository';

// One mechanism for every entry an organisation keeps, checks and versions (local items, local
// offers, specialists; card decks and municipal schemes next): each change bumps the version and
// stores a full snapshot in entry_versions. Only a person's explicit confirmation counts as
// checking (ADR 0205): a save that changes the content without it clears the checked date.

export type Actor = { userId: string; now: Date };

/** The columns every versioned entry's table has, whatever else it holds. */
export type VersionedTable = PgTable & {
  id: PgColumn;
  organisationId: PgColumn;
  data: PgColumn;
  version: PgColumn;
  archivedAt: PgColumn;
  lastCheckedAt: PgColumn;
  lastCheckedBy: PgColumn;
  updatedAt: PgColumn;
  updatedBy: PgColumn;
};

/** What the mechanism reads from a row; the entry's own row type has at least this. */
export type VersionedRow = {
  id: string;
  organisationId: string | null;
  data: unknown;
  version: number;
  archivedAt: Date | null;
  lastCheckedAt: Date | null;
};

export type VersionedEntryRow<T extends VersionedTable> = T['$inferSelect'] & VersionedRow;
type Row<T extends VersionedTable> = VersionedEntryRow<T>;
type Data<T extends VersionedTable> = Row<T>['data'];
/** The columns a caller sets on create; the mechanism sets the checked/updated ones itself. */
export type NewVersionedRow<T extends VersionedTable> = Omit<
  T['$inferInsert'],
  'version' | 'archivedAt' | 'lastCheckedAt' | 'lastCheckedBy' | 'updatedAt' | 'updatedBy'
>;

export type VersionedEntrySpec<T extends VersionedTable> = {
  /** The entity type its versions are stored under in entry_versions. */
  kind: EntityType;
  table: T;
  /** Columns kept beside `data` that follow from it when it changes (a local item's name). */
  columnsFor?: (data: Data<T>) => Partial<T['$inferInsert']>;
  /** Fields stored with every version besides the data (the intervention an offer belongs to). */
  snapshotExtra?: (row: Row<T>) => Record<string, unknown>;
  /** Runs in the same transaction after every change (the search index's catalogue version). */
  afterChange?: (db: Db) => Promise<unknown>;
};

/** `checked`: the person saving confirms that the entry (as saved) is right. */
export type EntryChange<D> = { data?: D; archived?: boolean; checked?: boolean };

/** What each lifecycle step changes and how its version is named. */
const STEPS: Record<LifecycleStep, { change: EntryChange<never>; action: VersionAction }> = {
  checked: { change: { checked: true }, action: 'checked' },
  archive: { change: { archived: true }, action: 'archived' },
  restore: { change: { archived: false }, action: 'restored' },
};

const savedBy = (actor: Actor) => ({ updatedAt: actor.now, updatedBy: actor.userId });

/**
 * The checked columns after a change: who confirmed and when if the person confirmed; cleared
 * when the content changed without confirmation (nobody has checked the new content); otherwise
 * as they were (archiving, restoring or saving the same content checks nothing new).
 */
function checkedColumns(checked: boolean | undefined, contentChanged: boolean, actor: Actor) {
  if (checked) return { lastCheckedAt: actor.now, lastCheckedBy: actor.userId };
  if (contentChanged) return { lastCheckedAt: null, lastCheckedBy: null };
  return {};
}

/** Same content, whatever the order of the keys (jsonb keeps its own order). */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return left.length === right.size && left.every(([k, v]) => sameContent(v, right.get(k)));
}

/** The columns of a change besides the version: new data (if any), archived or restored. */
function changedColumns<D>(change: EntryChange<D>, before: VersionedRow, actor: Actor) {
  const contentChanged = change.data !== undefined && !sameContent(change.data, before.data);
  return {
    ...(change.data ? { data: change.data } : {}),
    ...(change.archived !== undefined ? { archivedAt: change.archived ? actor.now : null } : {}),
    ...checkedColumns(change.checked, contentChanged, actor),
    ...savedBy(actor),
  };
}

/** The snapshot a version keeps: the data, whether it is archived, and when it was checked. */
function snapshotOf(row: VersionedRow, extra: Record<string, unknown> = {}) {
  return {
    ...extra,
    ...(row.data as Record<string, unknown>),
    archived: row.archivedAt !== null,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
  };
}

/** Live entries of the organisation never checked or last checked before `cutoff`, with the checker. */
function uncheckedSince(db: Db, table: VersionedTable, organisationId: string, cutoff: Date) {
  return db
    .select({ row: table, checkedBy: users.name })
    .from(table)
    .leftJoin(users, eq(users.id, table.lastCheckedBy))
    .where(
      and(
        eq(table.organisationId, organisationId),
        isNull(table.archivedAt),
        or(isNull(table.lastCheckedAt), lt(table.lastCheckedAt, cutoff)),
      ),
    );
}

/** The repository of one kind of versioned entry, built from its table. */
export function versionedEntries<T extends VersionedTable>(spec: VersionedEntrySpec<T>) {
  // Drizzle cannot type a query over a table that is only known by its shape; the rows it
  // returns are the table's own, so they are typed as such here, once.
  const table = spec.table as VersionedTable;

  async function record(db: Db, row: Row<T>, action: VersionAction, actor: Actor) {
    await recordVersion(db, {
      type: spec.kind,
      id: row.id,
      version: row.version,
      action,
      data: snapshotOf(row, spec.snapshotExtra?.(row)),
      by: actor.userId,
      at: actor.now,
    });
    await spec.afterChange?.(db);
    return row;
  }

  async function get(db: Db, id: string): Promise<Row<T> | null> {
    const [row] = await db.select().from(table).where(eq(table.id, id)).limit(1);
    return (row as Row<T> | undefined) ?? null;
  }

  /** Applies a change as a new version and records it. */
  async function change(
    db: Db,
    id: string,
    entryChange: EntryChange<Data<T>>,
    actor: Actor,
    action: VersionAction,
  ): Promise<Row<T>> {
    const before = await get(db, id);
    if (!before) throw new Error(`No ${spec.kind} ${id} to change`);
    const [row] = await db
      .update(table)
      .set({
        ...changedColumns(entryChange, before, actor),
        ...(entryChange.data ? spec.columnsFor?.(entryChange.data) : {}),
        version: sql`${table.version} + 1`,
      })
      .where(eq(table.id, id))
      .returning();
    return record(db, row as Row<T>, action, actor);
  }

  return {
    kind: spec.kind,
    get,
    change,

    /**
     * The entry as a user of this organisation may see it, history included: an archived entry
     * exists only for the organisation that keeps it; for everyone else it never existed.
     */
    async readable(db: Db, id: string, organisationId: string) {
      const row = await get(db, id);
      if (!row || (row.archivedAt && row.organisationId !== organisationId)) return null;
      return row;
    },

    /** Adds an entry; checked only when the person adding it confirms it is right. */
    async create(
      db: Db,
      values: NewVersionedRow<T>,
      actor: Actor,
      options: { action?: VersionAction; checked?: boolean } = {},
    ): Promise<Row<T>> {
      const [row] = await db
        .insert(table)
        .values({
          ...values,
          // A table that records when an entry was made takes the actor's time, like the rest.
          ...('createdAt' in table ? { createdAt: actor.now } : {}),
          ...checkedColumns(options.checked, true, actor),
          ...savedBy(actor),
        } as T['$inferInsert'])
        .returning();
      return record(db, row as Row<T>, options.action ?? 'created', actor);
    },

    /** Marks as checked (a person confirms it is still right), archives or restores. */
    step: (db: Db, id: string, step: LifecycleStep, actor: Actor) =>
      change(db, id, STEPS[step].change, actor, STEPS[step].action),

    history: (db: Db, id: string) => listVersions(db, spec.kind, id),

    /** The organisation's live entries never checked or last checked before `cutoff`. */
    async checkedBefore(db: Db, organisationId: string, cutoff: Date) {
      const rows = await uncheckedSince(db, table, organisationId, cutoff);
      return rows as { row: Row<T>; checkedBy: string | null }[];
    },
  };
}

export type VersionedEntries<T extends VersionedTable> = ReturnType<typeof versionedEntries<T>>;

/**
 * The places of the listed entries' organisations (of every organisation when no ids are given),
 * so each entry can name its gemeenten by code and name: `placesOf(codes)` gives them in the
 * entry's order, an unknown code as its own name.
 */
export async function gemeentePlaces(
  db: Db,
  organisationIds?: readonly string[],
): Promise<(codes: readonly string[]) => { code: string; name: string }[]> {
  const names = new Map<string, string>();
  const ids = organisationIds && [...new Set(organisationIds)];
  if (!ids || ids.length) {
    for (const g of await db
      .select()
      .from(organisationGemeenten)
      .where(ids ? inArray(organisationGemeenten.organisationId, ids) : undefined)) {
      names.set(g.code, g.name);
    }
  }
  return (codes) => codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** How a listed entry stands: when and by whom it was last checked, its version, archived or not. */
export function entryStanding(row: VersionedRow, checkedBy: string | null) {
  return {
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastCheckedBy: checkedBy,
    version: row.version,
    archived: row.archivedAt !== null,
  };
}
