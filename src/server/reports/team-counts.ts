import type { Db } from '../../db/client';
import type { Viewer } from '../../db/households/households.repository';
import { bucketOfId, byBucket, type BucketCountRow, type CountRow } from '../../db/reports/buckets';
import { openCaseFacts } from '../../db/reports/team.repository';
import { teamDashboardCounts, type TeamDashboardCounts } from '../../domain/reports';
import type { BucketCounter } from './kept-counts';

// The team dashboard's counts as additive rows, so they can be kept per report bucket
// (kept-counts.ts): every figure is a number of open households.

/** The dashboard's figures as count rows: kind, and the state or professional as name. */
function countRows(counts: TeamDashboardCounts): CountRow[] {
  const row = (kind: string, name: string | null, n: number) => ({
    kind,
    name,
    x: null,
    y: null,
    n,
  });
  return [
    row('open', null, counts.openHouseholds),
    ...[...counts.caseload].map(([id, n]) => row('caseload', id, n)),
    ...Object.entries(counts.review).map(([state, n]) => row('review', state, n)),
    ...Object.entries(counts.plan).map(([state, n]) => row('plan', state, n)),
    row('referrals', 'waiting', counts.referralsWaiting),
    ...Object.entries(counts.consent).map(([state, n]) => row('consent', state, n)),
  ].filter((r) => r.n > 0);
}

/** Counts the open households the viewer sees in the given buckets, per bucket, on `peildatum`. */
export function teamCounter(db: Db, viewer: Viewer, peildatum: string): BucketCounter {
  return async (buckets) => {
    const cases = byBucket(await openCaseFacts(db, viewer, buckets), (c) =>
      bucketOfId(c.householdId),
    );
    return [...cases].flatMap(([bucket, cases]): BucketCountRow[] =>
      countRows(teamDashboardCounts(cases, peildatum)).map((r) => ({ ...r, bucket })),
    );
  };
}

/** The dashboard's figures from the summed rows of `teamCounter`. */
export function teamCountsOf(rows: readonly CountRow[]): TeamDashboardCounts {
  const n = (kind: string, name: string | null) =>
    rows.find((r) => r.kind === kind && r.name === name)?.n ?? 0;
  return {
    openHouseholds: n('open', null),
    caseload: new Map(rows.filter((r) => r.kind === 'caseload').map((r) => [r.name!, r.n])),
    review: { overdue: n('review', 'overdue'), due: n('review', 'due') },
    plan: { none: n('plan', 'none'), running: n('plan', 'running'), done: n('plan', 'done') },
    referralsWaiting: n('referrals', 'waiting'),
    consent: { expiring: n('consent', 'expiring'), expired: n('consent', 'expired') },
  };
}
