import { useQuery } from '@tanstack/react-query';
import {
  deckDetailSchema,
  deckListSchema,
  type DeckDetail,
  type DeckSummary,
} from '../../contract/cards';
import { getJson } from './client';

// The conversation card decks (GET /api/v1/decks). They change only with a new release.

export type { DeckDetail, DeckSummary };
export type DeckCard = DeckDetail['cards'][number];

export const useDecks = () =>
  useQuery({
    queryKey: ['decks'],
    queryFn: () => getJson('/api/v1/decks', deckListSchema),
    staleTime: Infinity,
  });

export const useDeck = (deckId: string) =>
  useQuery({
    queryKey: ['deck', deckId],
    queryFn: () => getJson(`/api/v1/decks/${encodeURIComponent(deckId)}`, deckDetailSchema),
    staleTime: Infinity,
  });

/** All decks with their cards, for the suggestions on a household page. */
export const useAllDecks = (enabled: boolean) =>
  useQuery({
    queryKey: ['decks', 'all'],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const { decks } = await getJson('/api/v1/decks', deckListSchema);
      return Promise.all(
        decks.map((d) => getJson(`/api/v1/decks/${encodeURIComponent(d.id)}`, deckDetailSchema)),
      );
    },
  });
