import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CatalogueItem } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { interventions } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import { versionedEntries } from './versioned-entries.repository';

export type LocalItemData = Omit<CatalogueItem, 'id' | 'origin' | 'organisationId'>;

/** Local items: versioned, checked entries; every change moves the search index on. */
export const localItemEntries = versionedEntries({
  kind: 'intervention',
  table: interventions,
  columnsFor: (data) => ({ name: data.name }),
  afterChange: bumpCatalogueVersion,
});

/** The row of a new local item of an organisation, under an id of its own. */
export function newLocalItem(input: {
  organisationId: string;
  data: LocalItemData;
  hsdsId?: string | null;
}) {
  return {
    id: `lokaal-${randomUUID()}`,
    origin: 'local' as const,
    organisationId: input.organisationId,
    name: input.data.name,
    data: input.data,
    hsdsId: input.hsdsId ?? null,
  };
}

/** The organisation's local item that came from this HSDS id, if any (for re-imports). */
export async function localItemByHsdsId(db: Db, organisationId: string, hsdsId: string) {
  const [row] = await db
    .select()
    .from(interventions)
    .where(and(eq(interventions.organisationId, organisationId), eq(interventions.hsdsId, hsdsId)));
  return row ?? null;
}
