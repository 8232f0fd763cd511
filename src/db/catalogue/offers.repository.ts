import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { localOffers } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import { versionedEntries } from './versioned-entries.repository';

export type OfferData = {
  gemeenten: string[];
  wijk: string | null;
  howToRefer: string | null;
  costs: string | null;
  contact: {
    name: string | null;
    function: string | null;
    phone: string | null;
    email: string | null;
    public: boolean;
  } | null;
};

/** Local offers: versioned, checked entries; every change moves the search index on. */
export const offerEntries = versionedEntries({
  kind: 'offer',
  table: localOffers,
  snapshotExtra: (row) => ({ interventionId: row.interventionId }),
  afterChange: bumpCatalogueVersion,
});

/** The organisation's offer that came from this HSDS id, if any (for re-imports). */
export async function offerByHsdsId(db: Db, organisationId: string, hsdsId: string) {
  const [row] = await db
    .select()
    .from(localOffers)
    .where(and(eq(localOffers.organisationId, organisationId), eq(localOffers.hsdsId, hsdsId)));
  return row ?? null;
}
