import { CAPITALS, type Capital } from '../assessment/types';
import { scoreLevel } from '../assessment/profile';

// Which conversation cards to offer a household first: those about its weakest capitals. Pure; the
// decks come from content/cards and the scores from the household's capital profile.

/** The part of a capital profile this needs (CapitalResult from the assessment fits). */
export interface CapitalScore {
  capital: Capital;
  /** Mean score 1–5, null when nothing was rated. */
  score: number | null;
}

/** The part of a card this needs. */
export interface OrderableCard {
  id: string;
  type: string;
  capitals: readonly string[];
}

export interface OrderableDeck<C extends OrderableCard = OrderableCard> {
  id: string;
  cards: readonly C[];
}

/** Card types meant to be used together with a household; the others train the professional. */
export const HOUSEHOLD_CARD_TYPES: ReadonlySet<string> = new Set([
  'vraag',
  'stelling',
  'interventie',
]);

/**
 * The household's weak capitals (level 'low'), weakest first. Equal scores keep the fixed order of
 * CAPITALS, so the result never depends on the order the profile lists them in.
 */
export function weakestCapitals(scores: readonly CapitalScore[]): Capital[] {
  return scores
    .filter((s) => scoreLevel(s.score) === 'low')
    .sort(
      (a, b) => a.score! - b.score! || CAPITALS.indexOf(a.capital) - CAPITALS.indexOf(b.capital),
    )
    .map((s) => s.capital);
}

/** Position of the card's weakest capital in `weak`, or Infinity when it touches none of them. */
function rankOf(card: OrderableCard, weak: readonly Capital[]): number {
  const positions = card.capitals.map((c) => weak.indexOf(c as Capital)).filter((i) => i >= 0);
  return positions.length > 0 ? Math.min(...positions) : Infinity;
}

export interface SuggestedCard<C extends OrderableCard> {
  deckId: string;
  card: C;
  /** The weak capitals this card touches, weakest first. */
  matches: Capital[];
}

/**
 * Household cards that touch a weak capital: first those about the weakest capital, then the next;
 * within that, cards touching more weak capitals first, then deck and card order. Empty when no
 * capital is weak.
 */
export function suggestCards<C extends OrderableCard>(
  decks: readonly OrderableDeck<C>[],
  scores: readonly CapitalScore[],
  limit = Infinity,
): SuggestedCard<C>[] {
  const weak = weakestCapitals(scores);
  const candidates = decks.flatMap((deck) =>
    deck.cards
      .filter((card) => HOUSEHOLD_CARD_TYPES.has(card.type))
      .map((card) => ({
        deckId: deck.id,
        card,
        matches: weak.filter((c) => card.capitals.includes(c)),
        rank: rankOf(card, weak),
      })),
  );
  // Array sort is stable: equal keys keep deck and card order.
  return candidates
    .filter((c) => c.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || b.matches.length - a.matches.length)
    .slice(0, limit)
    .map(({ deckId, card, matches }) => ({ deckId, card, matches }));
}

/**
 * Decks ordered for this household: the deck with the most household cards about its weakest
 * capital first. Decks without such cards keep their order, after the others.
 */
export function orderDecks<D extends OrderableDeck>(
  decks: readonly D[],
  scores: readonly CapitalScore[],
): D[] {
  const weak = weakestCapitals(scores);
  // Per deck, how many household cards touch each weak capital, weakest first: compared in order.
  const key = (deck: D) =>
    weak.map(
      (c) =>
        deck.cards.filter(
          (card) => HOUSEHOLD_CARD_TYPES.has(card.type) && card.capitals.includes(c),
        ).length,
    );
  const keys = new Map(decks.map((d) => [d, key(d)]));
  return [...decks].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < weak.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return 0;
  });
}
