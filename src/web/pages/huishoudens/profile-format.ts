import type { Capital, Direction, Profile, ScoreChange } from '../../../domain/assessment';

// How the profile, the change and the matches are put into words on the household page.

/** '2,5' / '2.5', or null when not known. */
export function scoreText(score: number | null, lang: 'nl' | 'en'): string | null {
  if (score === null) return null;
  return score.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
}

export type ProfileSummary = {
  /** The capitals with the highest score (all of them when tied), or null when none is known. */
  strongest: { capitals: Capital[]; score: number } | null;
  /** The capitals with the lowest score, when lower than the highest. */
  weakest: { capitals: Capital[]; score: number } | null;
  /** Capitals without any answer. */
  unknown: Capital[];
};

export function profileSummary(profile: Profile): ProfileSummary {
  const known = profile.capitals.filter((c) => c.score !== null) as {
    capital: Capital;
    score: number;
  }[];
  const unknown = profile.capitals.filter((c) => c.score === null).map((c) => c.capital);
  if (known.length === 0) return { strongest: null, weakest: null, unknown };
  const high = Math.max(...known.map((c) => c.score));
  const low = Math.min(...known.map((c) => c.score));
  const pick = (score: number) => known.filter((c) => c.score === score).map((c) => c.capital);
  return {
    strongest: { capitals: pick(high), score: high },
    weakest: low < high ? { capitals: pick(low), score: low } : null,
    unknown,
  };
}

/** The parts of '2 → 3 (beter)': from, to and the i18n key of the direction word. */
export function changeParts(
  c: ScoreChange,
  lang: 'nl' | 'en',
): { from: string; to: string; direction: `huishoudens.change.direction.${Direction}` } {
  return {
    from: scoreText(c.previous, lang) ?? '–',
    to: scoreText(c.current, lang) ?? '–',
    direction: `huishoudens.change.direction.${c.direction}`,
  };
}
