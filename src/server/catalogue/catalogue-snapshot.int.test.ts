import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOffers } from '../../db/catalogue/catalogue.repository';
import { itemFromContent } from '../../db/catalogue/content-sync';
import type { Database } from '../../db/client';
import { interventions, localOffers, organisations } from '../../db/schema';
import { freshDatabase, testContent } from '../../../test/harness';
import { catalogueSearch } from './search-service';

// The in-process catalogue reads the database in pages by id and keeps a slim copy of each item
// and offer (issue 12.1); what the result list, the matching and the reports see must not change.

let database: Database;
let drop: () => Promise<void>;
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
});
afterAll(async () => drop());

const offer = (n: number, organisationId: string, interventionId: string, createdAt: string) => ({
  id: id(n),
  organisationId,
  interventionId,
  createdAt: new Date(createdAt),
  data: { gemeenten: ['GM0202'], wijk: null, howToRefer: null, costs: null, contact: null },
});

describe('the catalogue snapshot', () => {
  it("lists an item's offers by organisation name, then creation, as loadOffers does", async () => {
    const { db } = database;
    const [item] = await db.select({ id: interventions.id }).from(interventions).limit(1);
    // Ids in the opposite order of the names, so reading by id alone would get the order wrong.
    await db.insert(organisations).values([
      { id: id(1), kind: 'werkorganisatie', name: 'Zuiderlicht' },
      { id: id(2), kind: 'werkorganisatie', name: 'Anker' },
    ]);
    await db
      .insert(localOffers)
      .values([
        offer(3, id(1), item!.id, '2026-01-01T09:00:00Z'),
        offer(4, id(2), item!.id, '2026-01-03T09:00:00.000Z'),
        offer(5, id(2), item!.id, '2026-01-02T09:00:00.5Z'),
        { ...offer(6, id(2), item!.id, '2026-01-01T08:00:00Z'), archivedAt: new Date() },
      ]);
    const snapshot = await catalogueSearch(db, (await testContent()).synonyms)();
    const listed = snapshot.offersByItem.get(item!.id)!.map((o) => o.id);
    expect(listed).toEqual([id(5), id(4), id(3)]);
    const loaded = await loadOffers(db, { interventionIds: [item!.id] });
    expect(listed).toEqual(loaded.map((o) => o.id));
    expect(snapshot.offersByItem.get(item!.id)![0]).toMatchObject({
      organisationName: 'Anker',
      gemeenten: [{ code: 'GM0202' }],
    });
  });

  it('keeps what the result list and the matching read, and leaves archived items out', async () => {
    const { db } = database;
    const rows = await db.select().from(interventions);
    const snapshot = await catalogueSearch(db, (await testContent()).synonyms)();
    expect(snapshot.items.size).toBe(rows.filter((r) => r.archivedAt === null).length);
    const whole = (await testContent()).interventions.map(itemFromContent).find((i) => i.fit)!;
    expect(snapshot.items.get(whole.id)).toEqual({
      id: whole.id,
      origin: 'national',
      organisationId: null,
      name: whole.name,
      kind: whole.kind,
      summary: whole.summary,
      capitals: whole.capitals,
      ageRange: whole.ageRange,
      targetGroups: whole.targetGroups,
      phases: whole.phases,
      povertyTypes: whole.povertyTypes,
      lifeEvents: whole.lifeEvents,
      evidence: { level: whole.evidence.level },
      fit: whole.fit,
    });
  });
});
