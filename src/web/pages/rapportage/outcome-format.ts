import { useTranslation } from 'react-i18next';

export const DIRECTIONS = ['improved', 'same', 'worse'] as const;

export interface OutcomeFormat {
  /** A figure in the reader's locale, at most two decimals. */
  number: (v: number) => string;
  /** A count, or the word for a count hidden to protect small groups. */
  cell: (c: { value: number | null }) => string;
}

/** How the outcome figure, chart and table write numbers and hidden counts. */
export function useOutcomeFormat(): OutcomeFormat {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const cell = (c: { value: number | null }) =>
    c.value === null ? t('rapportage.outcomes.hidden') : number(c.value);
  return { number, cell };
}
