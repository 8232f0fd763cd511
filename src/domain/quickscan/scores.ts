// The professionals' quickscan (ADR 1504): one professional's part scores, the parts where help
// fits, and growth since the previous year. Pure; the scan's shape comes from content/quickscan.

/** What the scoring needs of a quickscan: its parts, their statements and the scale. */
export interface QuickscanShape {
  parts: readonly { id: string; statements: readonly { id: string }[] }[];
  scale: readonly { value: number }[];
  /** A part whose mean lies below this is where help fits. */
  helpBelow: number;
}

/** Answer per statement id: a value of the scale. */
export type QuickscanAnswers = Readonly<Record<string, number>>;

export interface PartScore {
  partId: string;
  /** Mean of the part's answered statements, one decimal; null when none was answered. */
  mean: number | null;
  /** Whether the part is below the help threshold, so its help links are offered. */
  low: boolean;
}

/** One decimal, half away from zero (3.25 → 3.3), the way a person rounds a mark. */
export function roundToTenth(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Statement ids that are missing or carry a value outside the scale. */
export function unansweredStatements(shape: QuickscanShape, answers: QuickscanAnswers): string[] {
  const allowed = new Set(shape.scale.map((p) => p.value));
  return shape.parts.flatMap((part) =>
    part.statements.filter((s) => !allowed.has(answers[s.id] ?? NaN)).map((s) => s.id),
  );
}

/** Answer ids that are no statement of the scan. */
export function unknownStatements(shape: QuickscanShape, answers: QuickscanAnswers): string[] {
  const known = new Set(shape.parts.flatMap((p) => p.statements.map((s) => s.id)));
  return Object.keys(answers).filter((id) => !known.has(id));
}

/** The unrounded mean of a part; statements of an older version that no longer exist are ignored. */
export function partMean(
  part: QuickscanShape['parts'][number],
  answers: QuickscanAnswers,
): number | null {
  return mean(
    part.statements.map((s) => answers[s.id]).filter((v): v is number => typeof v === 'number'),
  );
}

/** Per part, in the scan's order: the mean (one decimal) and whether help fits. */
export function partScores(shape: QuickscanShape, answers: QuickscanAnswers): PartScore[] {
  return shape.parts.map((part) => {
    const exact = partMean(part, answers);
    return {
      partId: part.id,
      mean: exact === null ? null : roundToTenth(exact),
      low: exact !== null && exact < shape.helpBelow,
    };
  });
}

export interface PartGrowth {
  partId: string;
  current: number | null;
  previous: number | null;
  /** current − previous, one decimal; null when either is missing. */
  change: number | null;
}

/** Part by part: this year's mean against an earlier year's, both as shown (one decimal). */
export function compareParts(
  current: readonly PartScore[],
  previous: readonly PartScore[],
): PartGrowth[] {
  const before = new Map(previous.map((p) => [p.partId, p.mean]));
  return current.map((p) => {
    const prev = before.get(p.partId) ?? null;
    return {
      partId: p.partId,
      current: p.mean,
      previous: prev,
      change: p.mean === null || prev === null ? null : roundToTenth(p.mean - prev),
    };
  });
}

/** The most recent year before `year` among those given, or null. */
export function previousYear(years: readonly number[], year: number): number | null {
  const earlier = years.filter((y) => y < year);
  return earlier.length === 0 ? null : Math.max(...earlier);
}
