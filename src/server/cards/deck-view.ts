import type { Content } from '../../content/read-content';
import type { DeckDetail, DeckSummary } from '../../contract/cards';
import type { Deck } from '../../contract/content';

// The decks of content/cards as the API shows them: camelCase, intervention ids with their name.

function capitalsOf(deck: Deck, content: Content): string[] {
  const used = new Set(deck.cards.flatMap((c) => c.capitals));
  return content.vocabularies.capitals.map((c) => c.id).filter((id) => used.has(id));
}

export function deckSummary(deck: Deck, content: Content): DeckSummary {
  return {
    id: deck.id,
    version: deck.version,
    kind: deck.kind,
    title: deck.title,
    intro: deck.intro,
    cardCount: deck.cards.length,
    capitals: capitalsOf(deck, content),
  };
}

export function deckDetail(deck: Deck, content: Content): DeckDetail {
  const names = new Map(content.interventions.map((i) => [i.id, i.name]));
  return {
    ...deckSummary(deck, content),
    categories: deck.categories,
    cards: deck.cards.map((card) => ({
      id: card.id,
      type: card.type,
      category: card.category ?? null,
      capitals: card.capitals,
      front: card.front,
      back: card.back ?? null,
      // The reader checked that every id is in the catalogue.
      interventions: card.interventions.map((id) => ({ id, name: names.get(id) ?? id })),
      sources: card.sources,
    })),
  };
}
