import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CatalogueItem } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { interventions } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import type { VersionAction } from './history.repository';
import { versionedEntries, type Actor } from './versioned-entries.repository';

export type LocalItemData = Omit<CatalogueItem, 'id' | 'origin' | 'organisationId'>;

/** Local items: versioned, checked entries; every change moves the search index on. */
export const localItemEntries = versionedEntries({
  kind: 'intervention',
  table: interventions,
  columnsFor: (data) => ({ name: data.name }),
  afterChange: bumpCatalogueVersion,
});

/** A new local item of an organisation, under an id of its own. */
export function createLocalItem(
  db: Db,
  input: { organisationId: string; data: LocalItemData; hsdsId?: string | null },
  actor: Actor,
  action: VersionAction = 'created',
) {
  return localItemEntries.create(
    db,
    {
      id: `lokaal-${randomUUID()}`,
      origin: 'local',
      organisationId: input.organisationId,
      name: input.data.name,
      data: input.data,
      hsdsId: input.hsdsId ?? null,
    },
    actor,
    action,
  );
}

/** The organisation's local item that came from this HSDS id, if any (for re-imports). */
export async function localItemByHsdsId(db: Db, organisationId: string, hsdsId: string) {
  const [row] = await db
    .select()
    .from(interventions)
    .where(and(eq(interventions.organisationId, organisationId), eq(interventions.hsdsId, hsdsId)));
  return row ?? null;
}
