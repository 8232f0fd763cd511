import type { AspectResult, Profile, ScanScores } from './profile';
import type { Capital } from './types';

// Change between two scans of the same household, per capital and per aspect. Aspects are matched
// by id and children by childRef, so a later instrument version can still be compared on the
// aspects both versions share.

export type Direction = 'up' | 'down' | 'same' | 'unknown';

export interface ScoreChange {
  previous: number | null;
  current: number | null;
  /** current − previous, one decimal; null when either is unknown. */
  delta: number | null;
  direction: Direction;
}

export interface CapitalChange extends ScoreChange {
  capital: Capital;
}

export interface AspectChange extends ScoreChange {
  aspectId: string;
  capital: Capital;
  title: string;
  titleEn: string;
}

export interface ChildChange {
  childRef: string;
  aspects: AspectChange[];
}

export interface ProfileChange {
  /** False when the scans used different instrument versions: compare with care. */
  sameInstrumentVersion: boolean;
  capitals: CapitalChange[];
  aspects: AspectChange[];
  children: ChildChange[];
}

export function scoreChange(previous: number | null, current: number | null): ScoreChange {
  if (previous === null || current === null)
    return { previous, current, delta: null, direction: 'unknown' };
  const delta = Math.round((current - previous) * 10) / 10;
  return {
    previous,
    current,
    delta,
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
  };
}

function aspectChanges(
  previous: readonly AspectResult[],
  current: readonly AspectResult[],
): AspectChange[] {
  const before = new Map(previous.map((a) => [a.aspectId, a]));
  const seen = new Set<string>();
  const out: AspectChange[] = [];
  // Current order first (that is what people look at now), then aspects that were only scored before.
  for (const now of current) {
    seen.add(now.aspectId);
    const then = before.get(now.aspectId);
    out.push({
      aspectId: now.aspectId,
      capital: now.capital,
      title: now.title,
      titleEn: now.titleEn,
      ...scoreChange(then?.score ?? null, now.score),
    });
  }
  for (const then of previous)
    if (!seen.has(then.aspectId))
      out.push({
        aspectId: then.aspectId,
        capital: then.capital,
        title: then.title,
        titleEn: then.titleEn,
        ...scoreChange(then.score, null),
      });
  return out;
}

/** What changed from the previous profile to the current one. */
export function change(previous: Profile, current: Profile): ProfileChange {
  if (previous.instrumentId !== current.instrumentId)
    throw new RangeError(
      `instrumentId: cannot compare ${previous.instrumentId} with ${current.instrumentId} ` +
        '(scans met verschillende instrumenten zijn niet te vergelijken).',
    );
  const before = new Map(previous.capitals.map((c) => [c.capital, c]));
  const capitals = current.capitals.map((now): CapitalChange => ({
    capital: now.capital,
    ...scoreChange(before.get(now.capital)?.score ?? null, now.score),
  }));
  const aspects = aspectChanges(
    previous.capitals.flatMap((c) => c.aspects),
    current.capitals.flatMap((c) => c.aspects),
  );
  const childrenBefore = new Map(previous.children.map((c) => [c.childRef, c]));
  const children = current.children.map((now): ChildChange => ({
    childRef: now.childRef,
    aspects: aspectChanges(childrenBefore.get(now.childRef)?.aspects ?? [], now.aspects),
  }));
  return {
    sameInstrumentVersion: previous.instrumentVersion === current.instrumentVersion,
    capitals,
    aspects,
    children,
  };
}

/** Only the numbers of a change: what reports count over many households. */
export interface ScoreDeltas {
  capitals: { capital: Capital; delta: number | null }[];
  aspects: { aspectId: string; capital: Capital; delta: number | null }[];
}

/**
 * The deltas `change` gives for the profiles of these scores, in the same order: capitals as in
 * the current scan, aspects of the current scan first, then those only scored before.
 */
export function scoreDeltas(previous: ScanScores, current: ScanScores): ScoreDeltas {
  const before = new Map(previous.capitals.map((c) => [c.capital, c.score]));
  const capitals = current.capitals.map((now) => ({
    capital: now.capital,
    delta: scoreChange(before.get(now.capital) ?? null, now.score).delta,
  }));
  const aspectsBefore = new Map(previous.aspects.map((a) => [a.aspect.id, a.score]));
  const seen = new Set<string>();
  const aspects: ScoreDeltas['aspects'] = [];
  for (const { aspect, score } of current.aspects) {
    seen.add(aspect.id);
    const delta = scoreChange(aspectsBefore.get(aspect.id) ?? null, score).delta;
    aspects.push({ aspectId: aspect.id, capital: aspect.capital, delta });
  }
  for (const { aspect } of previous.aspects)
    if (!seen.has(aspect.id))
      aspects.push({ aspectId: aspect.id, capital: aspect.capital, delta: null });
  return { capitals, aspects };
}
