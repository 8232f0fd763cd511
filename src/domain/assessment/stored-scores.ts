import { meanScore, type ScanScores } from './profile';
import {
  CAPITALS,
  type Capital,
  type Instrument,
  type InstrumentAspect,
  type Score,
} from './types';

// The numbers of a completed scan as kept beside it (table scan_scores): one character per
// household aspect, '1'–'5' or '-' for no score, in the order `scanScores` gives the aspects.
// A short string is much cheaper to read back in bulk than a JSON document; the capital scores
// follow from the aspect scores by the same rule as `scanScores`. `aspectOrderKey` fingerprints
// that order, so numbers stored under another order are never read as this one's.

const NO_SCORE = '-';

interface AspectLayout {
  aspects: InstrumentAspect[];
  /** The capital section each aspect is counted in. */
  sections: Capital[];
  key: number;
}

/** The household aspects in the order `scanScores` gives them, built once per instrument. */
const layouts = new WeakMap<Instrument, AspectLayout>();

function layoutOf(instrument: Instrument): AspectLayout {
  let layout = layouts.get(instrument);
  if (!layout) {
    const sections = new Map(instrument.capitals.map((s) => [s.capital, s]));
    const placed = CAPITALS.flatMap((capital) =>
      (sections.get(capital)?.aspects ?? []).map((aspect) => ({ aspect, capital })),
    );
    const aspects = placed.map((p) => p.aspect);
    layout = {
      aspects,
      sections: placed.map((p) => p.capital),
      key: fingerprint(aspects.map((a) => a.id).join(',')),
    };
    layouts.set(instrument, layout);
  }
  return layout;
}

/** 32-bit FNV-1a, as a signed integer (it fits a PostgreSQL integer). */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Identifies the order of the instrument's household aspects. */
export function aspectOrderKey(instrument: Instrument): number {
  return layoutOf(instrument).key;
}

/** The household aspects in the order their scores are stored. */
export function storedAspects(instrument: Instrument): readonly InstrumentAspect[] {
  return layoutOf(instrument).aspects;
}

export function encodeAspectScores(scores: ScanScores): string {
  return scores.aspects.map((a) => (a.score === null ? NO_SCORE : String(a.score))).join('');
}

/**
 * The `ScanScores` of stored numbers: equal to `scanScores` of the scan's answers. Null when the
 * string does not fit the instrument's aspects.
 */
export function decodeScanScores(instrument: Instrument, encoded: string): ScanScores | null {
  const { aspects: order, sections } = layoutOf(instrument);
  if (encoded.length !== order.length) return null;
  const aspects: ScanScores['aspects'] = [];
  const counted = new Map<string, number[]>(CAPITALS.map((c) => [c, []]));
  for (let i = 0; i < order.length; i++) {
    const aspect = order[i]!;
    const char = encoded[i]!;
    const score = char === NO_SCORE ? null : (Number(char) as Score);
    aspects.push({ aspect, score });
    if (score !== null) counted.get(sections[i]!)?.push(score);
  }
  return {
    capitals: CAPITALS.map((capital) => ({ capital, score: meanScore(counted.get(capital)!) })),
    aspects,
  };
}
