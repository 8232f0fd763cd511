import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  capitalsViewSchema,
  interventionDetailSchema,
  vocabulariesViewSchema,
  type localOfferSchema,
  type VocabulariesView,
} from '../../contract/catalogue';
import { getJson } from './client';
import { useLanguage } from '../hooks/useLanguage';

export type InterventionDetail = z.infer<typeof interventionDetailSchema>;
export type LocalOfferView = z.infer<typeof localOfferSchema>;
export type { CapitalsView } from '../../contract/catalogue';

export const useVocabularies = () =>
  useQuery({
    queryKey: ['vocabularies'],
    queryFn: () => getJson('/api/v1/catalogue/vocabularies', vocabulariesViewSchema),
    staleTime: Infinity,
  });

export const useCapitals = () =>
  useQuery({
    queryKey: ['capitals'],
    queryFn: () => getJson('/api/v1/catalogue/capitals', capitalsViewSchema),
    staleTime: Infinity,
  });

export const useIntervention = (id: string) =>
  useQuery({
    queryKey: ['intervention', id],
    queryFn: () =>
      getJson(
        `/api/v1/catalogue/interventions/${encodeURIComponent(id)}`,
        interventionDetailSchema,
      ),
  });

type VocabularyName = keyof VocabulariesView;

/** Label of a vocabulary id in the current language ('economisch' → 'Economisch kapitaal'). */
export function useLabel() {
  const { data } = useVocabularies();
  const lang = useLanguage();
  return (vocabulary: VocabularyName, id: string) => {
    const entry = data?.[vocabulary].find((v) => v.id === id);
    return entry ? entry[lang] : id;
  };
}
