import { taxonomyIdFor, termIdFor } from './ids';
import type {
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  HsdsVocabularies,
  VocabularyEntry,
  VocabularyName,
} from './types';

// Our controlled vocabularies as HSDS taxonomies and taxonomy terms. Each vocabulary of
// content/vocabularies.yaml is one taxonomy; each entry is one term with `code` = our id and
// `name` = the Dutch label. One extra taxonomy, 'fields', names the Wegwijs fields that HSDS has no
// place for (summary, working elements, evidence); their text travels in an attribute's `value`.

/** The vocabularies that become taxonomies, in the order they are listed. */
export const VOCABULARY_NAMES = [
  'capitals',
  'phases',
  'poverty_types',
  'target_groups',
  'life_events',
  'domains',
  'kinds',
  'evidence_levels',
] as const satisfies readonly VocabularyName[];

/** The taxonomy of Wegwijs fields that are exchanged as attribute values. */
export const FIELDS_TAXONOMY = 'fields' as const;
export type TaxonomyName = VocabularyName | typeof FIELDS_TAXONOMY;

const TAXONOMY_TEXT: Record<TaxonomyName, { name: string; description: string }> = {
  capitals: {
    name: 'Wegwijs: kapitalen',
    description:
      'De vijf bronnen van kapitaal waar Wegwijs mee werkt. Bij een dienst staat in het veld value ' +
      "of een kapitaal het hoofddoel is ('primary') of een bijdoel ('secondary').",
  },
  phases: {
    name: 'Wegwijs: fasen',
    description: 'Waar een aanpak vooral bij helpt: signaleren, ondersteunen of stimuleren.',
  },
  poverty_types: {
    name: 'Wegwijs: vormen van armoede',
    description: 'Bij welke vorm van armoede een aanpak past.',
  },
  target_groups: {
    name: 'Wegwijs: doelgroepen',
    description: 'Voor wie een aanpak bedoeld is.',
  },
  life_events: {
    name: 'Wegwijs: levensgebeurtenissen',
    description: 'Momenten in het leven waarop een aanpak extra goed past.',
  },
  domains: {
    name: 'Wegwijs: leefgebieden',
    description: 'De leefgebieden waarop een aanpak werkt, zoals werk en inkomen of wonen.',
  },
  kinds: {
    name: 'Wegwijs: soorten aanpak',
    description: 'Wat voor aanpak het is, bijvoorbeeld een methode, een regeling of een fonds.',
  },
  evidence_levels: {
    name: 'Wegwijs: bewijsniveaus',
    description:
      'Hoe goed bekend is dat een aanpak werkt. De niveaus volgen de Nederlandse erkenning van ' +
      'interventies, met twee extra niveaus voor wat daarbuiten valt.',
  },
  fields: {
    name: 'Wegwijs: extra velden',
    description:
      'Gegevens van Wegwijs waar HSDS geen eigen veld voor heeft. De tekst zelf staat in het veld ' +
      'value van het attribuut.',
  },
};

/** The Wegwijs fields exchanged as attribute values, by their code. */
export const FIELD_TERMS = {
  samenvatting: {
    name: 'Samenvatting',
    description: 'Een korte samenvatting in een of twee zinnen.',
  },
  'werkzaam-element': {
    name: 'Werkzaam element',
    description: 'Iets dat maakt dat de aanpak werkt. Elk element staat in een eigen attribuut.',
  },
  'bewijs-bron': {
    name: 'Bron van het bewijs',
    description: 'Het rapport of de organisatie waar het bewijsniveau op steunt.',
  },
  'bewijs-datum': {
    name: 'Datum van het bewijs',
    description: 'De datum van die bron: JJJJ, JJJJ-MM of JJJJ-MM-DD.',
  },
  'bewijs-toelichting': {
    name: 'Toelichting op het bewijs',
    description: 'Een korte uitleg bij het bewijsniveau.',
  },
  aanbieder: {
    name: 'Aanbieder',
    description: 'Een organisatie die de aanpak aanbiedt, zoals de bronnen haar noemen.',
  },
  link: { name: 'Link', description: 'Een openbare webpagina over de aanpak.' },
  wijk: {
    name: 'Wijk',
    description: 'De wijk binnen de gemeente waar het aanbod geldt.',
  },
  'contact-openbaar': {
    name: 'Contact is openbaar',
    description:
      "'ja' als de organisatie dit contact openbaar heeft gemaakt, anders 'nee'. Alleen openbare " +
      'contacten staan in de openbare gegevens.',
  },
} as const satisfies Record<string, { name: string; description: string }>;
export type FieldCode = keyof typeof FIELD_TERMS;

export type TaxonomyOptions = {
  /** Public address of this Wegwijs installation (https://…); used for term and taxonomy URIs. */
  baseUrl: string;
};

function apiBase(baseUrl: string): string | undefined {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (trimmed === '') return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(trimmed))
    throw new Error(`HSDS export: baseUrl must be an absolute http(s) address, not '${baseUrl}'`);
  return `${trimmed}/api/hsds`;
}

export function toHsdsTaxonomy(name: TaxonomyName, options: TaxonomyOptions): HsdsTaxonomy {
  const id = taxonomyIdFor(name);
  const base = apiBase(options.baseUrl);
  return {
    id,
    name: TAXONOMY_TEXT[name].name,
    description: TAXONOMY_TEXT[name].description,
    ...(base ? { uri: `${base}/taxonomies/${id}` } : {}),
  };
}

/** All Wegwijs taxonomies: one per vocabulary, then the fields taxonomy. */
export function toHsdsTaxonomies(options: TaxonomyOptions): HsdsTaxonomy[] {
  const names: TaxonomyName[] = [...VOCABULARY_NAMES, FIELDS_TAXONOMY];
  return names.map((name) => toHsdsTaxonomy(name, options));
}

function term(
  taxonomy: TaxonomyName,
  code: string,
  name: string,
  description: string,
  options: TaxonomyOptions,
): HsdsTaxonomyTerm {
  const id = termIdFor(taxonomy, code);
  const detail = toHsdsTaxonomy(taxonomy, options);
  const base = apiBase(options.baseUrl);
  return {
    id,
    code,
    name,
    description,
    taxonomy: detail.name,
    taxonomy_id: detail.id,
    taxonomy_detail: detail,
    language: 'nl',
    ...(base ? { term_uri: `${base}/taxonomy_terms/${id}` } : {}),
  };
}

function vocabularyTerm(
  taxonomy: VocabularyName,
  entry: VocabularyEntry,
  options: TaxonomyOptions,
): HsdsTaxonomyTerm {
  const list = TAXONOMY_TEXT[taxonomy].name.replace(/^Wegwijs: /, '');
  return term(
    taxonomy,
    entry.id,
    entry.nl,
    `${entry.nl}: een waarde uit de lijst ${list} van Wegwijs. In het Engels: ${entry.en}.`,
    options,
  );
}

/** The term for one vocabulary id; undefined when the id is not in the vocabulary. */
export function toHsdsTaxonomyTerm(
  vocabularies: HsdsVocabularies,
  taxonomy: VocabularyName,
  id: string,
  options: TaxonomyOptions,
): HsdsTaxonomyTerm | undefined {
  const entry = vocabularies[taxonomy].find((e) => e.id === id);
  return entry ? vocabularyTerm(taxonomy, entry, options) : undefined;
}

export function toHsdsFieldTerm(code: FieldCode, options: TaxonomyOptions): HsdsTaxonomyTerm {
  const field = FIELD_TERMS[code];
  return term(FIELDS_TAXONOMY, code, field.name, field.description, options);
}

/** Every term of every Wegwijs taxonomy, in vocabulary order, then the field terms. */
export function toHsdsTaxonomyTerms(
  vocabularies: HsdsVocabularies,
  options: TaxonomyOptions,
): HsdsTaxonomyTerm[] {
  return [
    ...VOCABULARY_NAMES.flatMap((taxonomy) =>
      vocabularies[taxonomy].map((entry) => vocabularyTerm(taxonomy, entry, options)),
    ),
    ...(Object.keys(FIELD_TERMS) as FieldCode[]).map((code) => toHsdsFieldTerm(code, options)),
  ];
}

/** Where a term id or taxonomy id points in our vocabularies; used by the import. */
export type TermIndex = {
  byTermId: Map<string, { taxonomy: TaxonomyName; code: string }>;
  byTaxonomyId: Map<string, TaxonomyName>;
  /** Lower-cased taxonomy names ('wegwijs: kapitalen', 'capitals') to the taxonomy. */
  byTaxonomyName: Map<string, TaxonomyName>;
  /** Known codes per taxonomy, plus lower-cased Dutch labels to codes. */
  codes: Map<TaxonomyName, Map<string, string>>;
};

export function buildTermIndex(vocabularies: HsdsVocabularies): TermIndex {
  const index: TermIndex = {
    byTermId: new Map(),
    byTaxonomyId: new Map(),
    byTaxonomyName: new Map(),
    codes: new Map(),
  };
  const add = (taxonomy: TaxonomyName, entries: { code: string; label: string }[]) => {
    index.byTaxonomyId.set(taxonomyIdFor(taxonomy), taxonomy);
    index.byTaxonomyName.set(TAXONOMY_TEXT[taxonomy].name.toLowerCase(), taxonomy);
    index.byTaxonomyName.set(taxonomy, taxonomy);
    const codes = new Map<string, string>();
    for (const { code, label } of entries) {
      index.byTermId.set(termIdFor(taxonomy, code), { taxonomy, code });
      codes.set(code.toLowerCase(), code);
      if (!codes.has(label.toLowerCase())) codes.set(label.toLowerCase(), code);
    }
    index.codes.set(taxonomy, codes);
  };
  for (const taxonomy of VOCABULARY_NAMES)
    add(
      taxonomy,
      vocabularies[taxonomy].map((e) => ({ code: e.id, label: e.nl })),
    );
  add(
    FIELDS_TAXONOMY,
    (Object.keys(FIELD_TERMS) as FieldCode[]).map((code) => ({
      code,
      label: FIELD_TERMS[code].name,
    })),
  );
  return index;
}
