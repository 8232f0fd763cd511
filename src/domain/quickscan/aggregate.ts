import { mean, partMean, roundToTenth, type QuickscanAnswers, type QuickscanShape } from './scores';

// A team's or a wijk's quickscan results (ADR 1504): only figures over at least five
// professionals of one year, so no answer can be traced to a colleague. Pure.

/** Fewest professionals whose scans may be shown together. */
export const MIN_RESPONDENTS = 5;

export interface GroupPart {
  partId: string;
  /** Mean of the professionals' part means, one decimal. */
  mean: number | null;
  /** Whether the group's mean is below the help threshold. */
  low: boolean;
  /** Mean per statement, one decimal, in the part's order. */
  statements: { statementId: string; mean: number | null }[];
}

export type GroupResult =
  { shown: false } | { shown: true; respondents: number; parts: GroupPart[] };

/** One professional's answers of one year; several answers of one person count once (the latest). */
export interface GroupScan {
  authorId: string;
  answers: QuickscanAnswers;
}

function onePerAuthor(scans: readonly GroupScan[]): GroupScan[] {
  return [...new Map(scans.map((s) => [s.authorId, s])).values()];
}

/** The group's figures, or `shown: false` when fewer than MIN_RESPONDENTS professionals answered. */
export function aggregateGroup(shape: QuickscanShape, scans: readonly GroupScan[]): GroupResult {
  const people = onePerAuthor(scans);
  if (people.length < MIN_RESPONDENTS) return { shown: false };
  const parts = shape.parts.map((part): GroupPart => {
    const exact = mean(
      people.map((p) => partMean(part, p.answers)).filter((m): m is number => m !== null),
    );
    return {
      partId: part.id,
      mean: exact === null ? null : roundToTenth(exact),
      low: exact !== null && exact < shape.helpBelow,
      statements: part.statements.map((s) => {
        const m = mean(
          people.map((p) => p.answers[s.id]).filter((v): v is number => typeof v === 'number'),
        );
        return { statementId: s.id, mean: m === null ? null : roundToTenth(m) };
      }),
    };
  });
  return { shown: true, respondents: people.length, parts };
}

/** The key scans of one wijk share: trimmed, single spaces, lowercase ("  Noord-Oost " = "noord-oost"). */
export function wijkKey(wijk: string): string {
  return wijk.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** Scans grouped by wijk key, named as the first scan wrote it; scans without a wijk are left out. */
export function groupByWijk<T extends GroupScan & { wijk: string | null }>(
  scans: readonly T[],
): { wijk: string; scans: T[] }[] {
  const groups = new Map<string, { wijk: string; scans: T[] }>();
  for (const scan of scans) {
    if (scan.wijk === null || scan.wijk.trim() === '') continue;
    const key = wijkKey(scan.wijk);
    const group = groups.get(key) ?? { wijk: scan.wijk.trim(), scans: [] };
    group.scans.push(scan);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.wijk.localeCompare(b.wijk, 'nl'));
}
