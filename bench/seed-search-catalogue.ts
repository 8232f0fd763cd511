// Seeds a large local catalogue for the search benchmarks: generated interventions (the real
// items' names, summaries and descriptions recombined) spread over organisations with two
// gemeenten each, local offers of them, and a catalogue version bump so the index is rebuilt.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { interventions, localOffers, organisationGemeenten, organisations } from '../src/db/schema';
import type { CatalogueItem } from '../src/domain/catalogue/types';

export type SeedSize = { items: number; offers: number; organisations: number; long?: boolean };

/** Returns the organisations made (with their gemeente codes) and how long seeding took. */
export async function seedSearchCatalogue(
  db: Db,
  real: CatalogueItem[],
  size: SeedSize,
  rnd: () => number,
) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const orgs = Array.from({ length: size.organisations }, (_, o) => ({
    id: randomUUID(),
    gemeenten: [
      `GM${String(100 + o * 2).padStart(4, '0')}`,
      `GM${String(101 + o * 2).padStart(4, '0')}`,
    ],
  }));
  await db.insert(organisations).values(
    orgs.map((o, i) => ({
      id: o.id,
      kind: 'werkorganisatie' as const,
      name: `Bench organisatie ${i}`,
    })),
  );
  await db
    .insert(organisationGemeenten)
    .values(
      orgs.flatMap((o) =>
        o.gemeenten.map((code) => ({ organisationId: o.id, code, name: `Gemeente ${code}` })),
      ),
    );
  const started = performance.now();
  const itemIds: string[] = [];
  for (let start = 0; start < size.items; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(size.items, start + 500); i++) {
      const a = pick(real);
      const b = pick(real);
      const id = `lokaal-${randomUUID()}`;
      itemIds.push(id);
      const {
        id: _id,
        origin: _o,
        organisationId: _org,
        ...data
      } = {
        ...a,
        name: `${a.name} ${i}`,
        summary: b.summary,
        // Real lengths by default; `long` doubles every description (a heavier catalogue).
        description: size.long ? `${a.description}\n\n${b.description}` : a.description,
      };
      rows.push({
        id,
        origin: 'local' as const,
        organisationId: pick(orgs).id,
        name: data.name,
        data,
      });
    }
    await db.insert(interventions).values(rows);
  }
  for (let start = 0; start < size.offers; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(size.offers, start + 1000); i++) {
      const org = pick(orgs);
      rows.push({
        organisationId: org.id,
        interventionId: pick(itemIds),
        data: {
          gemeenten: [pick(org.gemeenten)],
          wijk: `Wijk ${i % 40}`,
          howToRefer: null,
          costs: null,
          contact: {
            name: `Contact ${i}`,
            function: null,
            phone: null,
            email: null,
            public: false,
          },
        },
      });
    }
    await db.insert(localOffers).values(rows);
  }
  await db.execute(
    sql`INSERT INTO catalogue_state (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = catalogue_state.version + 1`,
  );
  return { orgs, seededMs: performance.now() - started };
}
