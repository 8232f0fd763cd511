import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { interventionDetailSchema, localOfferSchema } from '../../contract/catalogue';
import type { CapitalsFile, Vocabularies } from '../../contract/content';
import { get } from './client';
import { useLanguage } from '../hooks/useLanguage';

export type InterventionDetail = z.infer<typeof interventionDetailSchema>;
export type LocalOfferView = z.infer<typeof localOfferSchema>;
export type CapitalsView = CapitalsFile & {
  examples: Record<string, { id: string; name: string; summary: string }>;
};

export const useVocabularies = () =>
  useQuery({
    queryKey: ['vocabularies'],
    queryFn: () => get<Vocabularies>('/api/v1/catalogue/vocabularies'),
    staleTime: Infinity,
  });

export const useCapitals = () =>
  useQuery({
    queryKey: ['capitals'],
    queryFn: () => get<CapitalsView>('/api/v1/catalogue/capitals'),
    staleTime: Infinity,
  });

export const useIntervention = (id: string) =>
  useQuery({
    queryKey: ['intervention', id],
    queryFn: () =>
      get<InterventionDetail>(`/api/v1/catalogue/interventions/${encodeURIComponent(id)}`),
  });

type VocabularyName = keyof Vocabularies;

/** Label of a vocabulary id in the current language ('economisch' → 'Economisch kapitaal'). */
export function useLabel() {
  const { data } = useVocabularies();
  const lang = useLanguage();
  return (vocabulary: VocabularyName, id: string) => {
    const entry = (
      data?.[vocabulary] as { id: string; nl: string; en: string }[] | undefined
    )?.find((v) => v.id === id);
    return entry ? entry[lang] : id;
  };
}
