// The Kwaliteitskompas cycle: a gemeente and its partners work through six blocks, from the
// local picture to the review, and start the next cycle from the last one. Two playing fields
// share the work: the gemeente (here: the beleidsmedewerker) writes the picture, the ambitions,
// the results and the review; the organisations (the teamleider for their team's work) write
// the results, the approach and offer, the agreements and the review. Blocks 3 and 6 are shared.

export const BLOCKS = [
  'localPicture',
  'ambitions',
  'results',
  'approach',
  'agreements',
  'review',
] as const;
export type Block = (typeof BLOCKS)[number];

export const PLAYING_FIELDS = {
  gemeente: ['localPicture', 'ambitions', 'results', 'review'],
  organisations: ['results', 'approach', 'agreements', 'review'],
} as const satisfies Record<string, readonly Block[]>;
export type PlayingField = keyof typeof PLAYING_FIELDS;

/** How often an indicator is looked at. */
export const TERMS = ['kwartaal', 'halfjaar', 'jaar', 'twee_jaar', 'drie_jaar'] as const;
export type Term = (typeof TERMS)[number];

export interface PictureCell {
  value: number | null;
  suppression: 'none' | 'primary' | 'secondary';
}

export interface KompasBlocks {
  localPicture: {
    /** Wegwijs's own figures when the cycle started: households per wijk and form of poverty. */
    figures: {
      povertyTypes: string[];
      rows: { wijk: string | null; cells: PictureCell[]; total: PictureCell }[];
      total: PictureCell | null;
    } | null;
    /** What the partners know that the figures do not show (talks, other sources). */
    notes: string;
  };
  /** Positively worded: "more children who…", one per entry. */
  ambitions: { text: string }[];
  results: { result: string; indicator: string; term: Term }[];
  approach: { activity: string; partner: string }[];
  agreements: { partners: string; agreement: string }[];
  review: { findings: string; stop: string; add: string; expand: string };
}

export const emptyBlocks = (): KompasBlocks => ({
  localPicture: { figures: null, notes: '' },
  ambitions: [],
  results: [],
  approach: [],
  agreements: [],
  review: { findings: '', stop: '', add: '', expand: '' },
});

/** The playing field a role works in; null: may read but not write. */
export function playingFieldOf(role: string): PlayingField | null {
  if (role === 'beleidsmedewerker') return 'gemeente';
  if (role === 'teamleider') return 'organisations';
  return null;
}

export function editableBlocks(role: string): readonly Block[] {
  const field = playingFieldOf(role);
  return field ? PLAYING_FIELDS[field] : [];
}

/** The value as JSON with object keys sorted: stored JSON (jsonb) does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The blocks after a save by this role: the blocks it may edit from `incoming`, the others as
 * they were. `refused` names the blocks it changed without the right to (the save is refused).
 * The figures in the local picture are Wegwijs's own and never change by a save.
 */
export function applySave(
  current: KompasBlocks,
  incoming: KompasBlocks,
  role: string,
): { blocks: KompasBlocks; refused: Block[] } {
  const allowed = new Set(editableBlocks(role));
  const incomingPicture = { ...incoming.localPicture, figures: current.localPicture.figures };
  const proposed: KompasBlocks = { ...incoming, localPicture: incomingPicture };
  const refused = BLOCKS.filter((b) => !allowed.has(b) && !same(current[b], proposed[b]));
  const blocks = { ...current };
  for (const b of allowed) (blocks as Record<Block, unknown>)[b] = proposed[b];
  return { blocks, refused };
}

/**
 * The start of the next cycle: ambitions, results, approach and agreements carry over to be
 * looked at again, the notes of the local picture too; the review's stop / add / expand becomes
 * the previous review the next one reads, so the review starts empty. New figures come in.
 */
export function nextCycleBlocks(
  last: KompasBlocks | null,
  figures: KompasBlocks['localPicture']['figures'],
): KompasBlocks {
  const start = last ? structuredClone(last) : emptyBlocks();
  return {
    ...start,
    localPicture: { figures, notes: start.localPicture.notes },
    review: emptyBlocks().review,
  };
}
