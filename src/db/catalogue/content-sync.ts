import { createHash } from 'node:crypto';
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { itemFitFromContent, type CatalogueIntervention } from '../../contract/content';
import type { CatalogueItem } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { interventions } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';

/** The content file format (snake_case, optional fields) as the app's catalogue item. */
export function itemFromContent(c: CatalogueIntervention): CatalogueItem {
  return {
    id: c.id,
    origin: 'national',
    organisationId: null,
    name: c.name,
    kind: c.kind,
    summary: c.summary,
    description: c.description,
    capitals: {
      primary: [...c.capitals.primary],
      secondary: [...c.capitals.secondary],
    } as CatalogueItem['capitals'],
    workingElements: c.working_elements,
    targetGroups: c.target_groups,
    ageRange: c.age_range ?? null,
    phases: c.phases as CatalogueItem['phases'],
    povertyTypes: c.poverty_types as CatalogueItem['povertyTypes'],
    lifeEvents: c.life_events,
    domains: c.domains,
    evidence: { ...c.evidence, date: String(c.evidence.date) },
    providers: c.providers,
    links: c.links ?? [],
    sources: c.sources.map((s) => ({ ...s })),
    lastReviewed: c.last_reviewed,
    ...(c.matching ? { fit: itemFitFromContent(c.matching) } : {}),
  };
}

export type SyncReport = { created: number; updated: number; archived: number; unchanged: number };

/**
 * Brings the national catalogue in the database in line with content/. Idempotent: an item whose
 * file did not change is not touched. Local items and local offers are never changed. A national
 * item that left content/ is archived, not deleted, because local offers may refer to it.
 */
export async function syncNationalCatalogue(
  db: Db,
  items: CatalogueIntervention[],
  now: Date,
): Promise<SyncReport> {
  return db.transaction(async (tx) => {
    const existing = new Map(
      (
        await tx
          .select({
            id: interventions.id,
            hash: interventions.contentHash,
            archivedAt: interventions.archivedAt,
          })
          .from(interventions)
          .where(eq(interventions.origin, 'national'))
      ).map((r) => [r.id, r]),
    );
    const report: SyncReport = { created: 0, updated: 0, archived: 0, unchanged: 0 };
    for (const content of items) {
      const item = itemFromContent(content);
      const { id, origin: _o, organisationId: _org, ...data } = item;
      const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex');
      const row = existing.get(id);
      if (row && row.hash === hash && !row.archivedAt) {
        report.unchanged++;
        continue;
      }
      const values = {
        name: item.name,
        data,
        contentHash: hash,
        archivedAt: null,
        updatedAt: now,
        lastCheckedAt: new Date(`${item.lastReviewed}T00:00:00Z`),
      };
      if (row) {
        await tx
          .update(interventions)
          .set({ ...values, version: sql`${interventions.version} + 1` })
          .where(eq(interventions.id, id));
        report.updated++;
      } else {
        await tx
          .insert(interventions)
          .values({ id, origin: 'national', organisationId: null, ...values });
        report.created++;
      }
    }
    const ids = items.map((i) => i.id);
    const gone = await tx
      .update(interventions)
      .set({ archivedAt: now })
      .where(
        and(
          eq(interventions.origin, 'national'),
          isNull(interventions.archivedAt),
          ids.length ? notInArray(interventions.id, ids) : sql`true`,
        ),
      )
      .returning({ id: interventions.id });
    report.archived = gone.length;
    if (report.created + report.updated + report.archived > 0) await bumpCatalogueVersion(tx);
    return report;
  });
}
