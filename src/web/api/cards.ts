import { useQuery } from '@tanstack/react-query';
import type { DeckDetail, DeckSummary } from '../../contract/cards';
import { get } from './client';

// The conversation card decks (GET /api/v1/decks). They change only with a new release.

export type { DeckDetail, DeckSummary };
export type DeckCard = DeckDetail['cards'][number];

export const useDecks = () =>
  useQuery({
    queryKey: ['decks'],
    queryFn: () => get<{ decks: DeckSummary[] }>('/api/v1/decks'),
    staleTime: Infinity,
  });

export const useDeck = (deckId: string) =>
  useQuery({
    queryKey: ['deck', deckId],
    queryFn: () => get<DeckDetail>(`/api/v1/decks/${encodeURIComponent(deckId)}`),
    staleTime: Infinity,
  });

/** All decks with their cards, for the suggestions on a household page. */
export const useAllDecks = (enabled: boolean) =>
  useQuery({
    queryKey: ['decks', 'all'],
    enabled,
    staleTime: Infinity,
    queryFn: async () => {
      const { decks } = await get<{ decks: DeckSummary[] }>('/api/v1/decks');
      return Promise.all(
        decks.map((d) => get<DeckDetail>(`/api/v1/decks/${encodeURIComponent(d.id)}`)),
      );
    },
  });
