import type { AspectResult, Profile } from './profile';
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
