import { useState } from 'react';
import type { Vocabularies } from '../../../contract/content';
import type { InterventionDetail } from '../../api/catalogue';
import { useLanguage } from '../../hooks/useLanguage';

// The local item form's state: its texts as typed, its chosen vocabulary entries, and how both
// become the body the catalogue API expects.

type LocalItem = InterventionDetail['item'];

function initialText(item: LocalItem | undefined) {
  return {
    name: item?.name ?? '',
    kind: item?.kind ?? 'project',
    summary: item?.summary ?? '',
    description: item?.description ?? '',
    workingElements: item?.workingElements.join('\n') ?? '',
    providers: item?.providers.join('\n') ?? '',
    links: item?.links.join('\n') ?? '',
    ageMin: item?.ageRange ? String(item.ageRange.min) : '',
    ageMax: item?.ageRange ? String(item.ageRange.max) : '',
    evidenceLevel: item?.evidence.level ?? 'niet-onderzocht',
    evidenceSource: item?.evidence.source ?? '',
    evidenceDate: item?.evidence.asOf ?? '',
    evidenceNote: item?.evidence.note ?? '',
  };
}

function initialLists(item: LocalItem | undefined) {
  return {
    primary: item?.capitals.primary ?? [],
    secondary: item?.capitals.secondary ?? [],
    targetGroups: item?.targetGroups ?? [],
    phases: item?.phases ?? [],
    povertyTypes: item?.povertyTypes ?? [],
    lifeEvents: item?.lifeEvents ?? [],
    domains: item?.domains ?? [],
  };
}

export type LocalItemText = ReturnType<typeof initialText>;
export type LocalItemLists = ReturnType<typeof initialLists>;

/** The texts, lists and 'checked' confirmation of the form, with a setter per field. */
export function useLocalItemDraft(item: LocalItem | undefined) {
  const [text, setText] = useState(() => initialText(item));
  const [lists, setLists] = useState(() => initialLists(item));
  const [checked, setChecked] = useState(false);
  const setT = (key: keyof LocalItemText) => (value: string) => setText({ ...text, [key]: value });
  const setL = (key: keyof LocalItemLists) => (value: string[]) =>
    setLists({ ...lists, [key]: value });
  return { text, lists, checked, setChecked, setT, setL };
}

export type LocalItemDraft = ReturnType<typeof useLocalItemDraft>;

/** A vocabulary's entries as checkbox or select options, in the reader's language. */
export function useVocabularyOptions(vocab: Vocabularies) {
  const lang = useLanguage();
  return (name: keyof Vocabularies) =>
    (vocab[name] as { id: string; nl: string; en: string }[]).map((v) => ({
      value: v.id,
      label: v[lang],
    }));
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The body for the catalogue API. Without a source we name the own organisation; without a date
 * we take this year.
 */
export function localItemBody(
  { text, lists, checked }: Pick<LocalItemDraft, 'text' | 'lists' | 'checked'>,
  ownOrganisation: string,
) {
  return {
    name: text.name,
    kind: text.kind,
    summary: text.summary,
    description: text.description,
    capitals: { primary: lists.primary, secondary: lists.secondary },
    workingElements: lines(text.workingElements),
    targetGroups: lists.targetGroups,
    ageRange:
      text.ageMin !== '' || text.ageMax !== ''
        ? { min: Number(text.ageMin || 0), max: Number(text.ageMax || 120) }
        : null,
    phases: lists.phases,
    povertyTypes: lists.povertyTypes,
    lifeEvents: lists.lifeEvents,
    domains: lists.domains,
    evidence: {
      level: text.evidenceLevel,
      source: text.evidenceSource || ownOrganisation,
      asOf: text.evidenceDate || new Date().getFullYear().toString(),
      note: text.evidenceNote,
    },
    providers: lines(text.providers),
    links: lines(text.links),
    checked,
  };
}
