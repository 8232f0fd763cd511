// The outcomes computation as it was before scan_scores (commit b395e8e): the answers of each
// household's first and latest completed scan read from `scans` and scored per request. Kept in
// bench/ only, to time it beside the current way in the same run on the same data.
import { sql } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../src/contract/households';
import type { Db } from '../src/db/client';
import {
  indicatePovertyType,
  scanScores,
  scoreDeltas,
  type Instrument,
  type ScanAnswers,
} from '../src/domain/assessment';
import type { HouseholdOutcome } from '../src/domain/reports';
import { householdFacts } from '../src/server/households/profile-view';

const USED = new Set(['gestart', 'afgerond']);

export async function referenceOutcomes(
  db: Db,
  organisationId: string,
  instrument: Instrument,
  peildatum: string,
): Promise<HouseholdOutcome[]> {
  const inScope = sql`h.organisation_id = ${organisationId} AND EXISTS (SELECT 1 FROM consents c
    WHERE c.household_id = h.id AND c.purpose = 'rapportage-anoniem' AND c.withdrawn_at IS NULL)`;
  type HouseholdRow = { id: string; data: HouseholdData; plan: Plan | null };
  type ScanRow = { household_id: string; answers: ScanAnswers; first: boolean };
  const households = await db.execute(
    sql`SELECT h.id, h.data, p.data AS plan FROM households h
      LEFT JOIN plans p ON p.household_id = h.id WHERE ${inScope}`,
  );
  const scans = await db.execute(
    sql`SELECT household_id, answers, rank = 1 AS first FROM (
      SELECT s.household_id, s.answers,
        row_number() OVER (PARTITION BY s.household_id ORDER BY s.completed_at, s.id) AS rank,
        count(*) OVER (PARTITION BY s.household_id) AS total
      FROM scans s JOIN households h ON h.id = s.household_id
      WHERE s.status = 'completed' AND ${inScope}) r
    WHERE total >= 2 AND (rank = 1 OR rank = total)`,
  );
  const pairs = new Map<string, { first?: ScanAnswers; latest?: ScanAnswers }>();
  for (const r of rowsOf<ScanRow>(scans)) {
    const pair = pairs.get(r.household_id) ?? {};
    if (r.first) pair.first = r.answers;
    else pair.latest = r.answers;
    pairs.set(r.household_id, pair);
  }
  return rowsOf<HouseholdRow>(households).flatMap((h) => {
    const { first, latest } = pairs.get(h.id) ?? {};
    if (!first || !latest) return [];
    const before = scanScores(instrument, first);
    const now = scanScores(instrument, latest);
    const facts = householdFacts(h.data);
    const indication = indicatePovertyType(facts, latest, instrument, peildatum, now);
    return [
      {
        wijk: h.data.wijk,
        povertyType: indication[0]?.type ?? null,
        interventions: (h.plan?.referrals ?? [])
          .filter((r) => USED.has(r.status))
          .map((r) => r.interventionId),
        change: scoreDeltas(before, now),
      },
    ];
  });
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
