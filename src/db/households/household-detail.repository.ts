import { and, eq } from 'drizzle-orm';
import type { HouseholdDetail } from '../../contract/households';
import type { Db } from '../client';
import { households, teams } from '../schema';
import { consentsOf } from './consents.repository';
import { planOf, professionalsOf } from './households.repository';
import { scansOf } from './scans.repository';

export type { HouseholdDetail };

/** One household of the organisation with its team, professionals, consents, scans and plan status. */
export async function householdDetail(
  db: Db,
  organisationId: string,
  id: string,
): Promise<HouseholdDetail | null> {
  const [row] = await db
    .select({ h: households, team: teams.name })
    .from(households)
    .leftJoin(teams, eq(teams.id, households.teamId))
    .where(and(eq(households.id, id), eq(households.organisationId, organisationId)));
  if (!row) return null;
  const { h } = row;
  const [professionals, consentRows, scanRows, plan] = await Promise.all([
    professionalsOf(db, id),
    consentsOf(db, id),
    scansOf(db, id),
    planOf(db, id),
  ]);
  return {
    id: h.id,
    reference: h.reference,
    label: h.label,
    team: h.teamId ? { id: h.teamId, name: row.team ?? '' } : null,
    professionals,
    data: h.data,
    notes: h.notes,
    startDate: h.startDate,
    closedAt: h.closedAt,
    closeReason: h.closeReason,
    version: h.version,
    consents: consentRows.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      how: c.how,
      givenAt: c.givenAt,
      note: c.note,
      withdrawnAt: c.withdrawnAt,
    })),
    scans: scanRows.map((s) => ({
      id: s.id,
      status: s.status,
      startedAt: s.startedAt.toISOString(),
      completedAt: s.completedAt?.toISOString() ?? null,
    })),
    hasPlan: plan !== null,
  };
}
