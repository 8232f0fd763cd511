import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Vocabularies } from '../../../contract/content';
import { useLabel } from '../../api/catalogue';
import { apiQuery } from '../../api/api-query';
import { searchResultSchema } from '../../../contract/catalogue';
import { getJson } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Highlight } from './highlight';
import { WegwijzerNav } from './WegwijzerNav';

/** This page's Dutch address parameters and their API names (see api-query.ts). */
export const API_NAMES: Record<string, string> = {
  q: 'q',
  kapitaal: 'capital',
  doelgroep: 'targetGroup',
  leeftijd: 'age',
  fase: 'phase',
  armoedevorm: 'povertyType',
  levensgebeurtenis: 'lifeEvent',
  bewijs: 'evidenceLevel',
  gemeente: 'gemeente',
  organisatie: 'organisation',
  soort: 'kind',
  pagina: 'page',
  perPagina: 'perPage',
};
export const API_VALUES: Record<string, Record<string, [string, string]>> = {
  dichtbij: { ja: ['nearMe', 'true'] },
  sorteer: { relevantie: ['sort', 'relevance'], naam: ['sort', 'name'] },
};

/** Facet in the search result → its parameter in the URL and its vocabulary for labels. */
const FACETS: { facet: string; param: string; vocabulary?: keyof Vocabularies }[] = [
  { facet: 'capital', param: 'kapitaal', vocabulary: 'capitals' },
  { facet: 'targetGroup', param: 'doelgroep', vocabulary: 'target_groups' },
  { facet: 'phase', param: 'fase', vocabulary: 'phases' },
  { facet: 'povertyType', param: 'armoedevorm', vocabulary: 'poverty_types' },
  { facet: 'lifeEvent', param: 'levensgebeurtenis', vocabulary: 'life_events' },
  { facet: 'evidenceLevel', param: 'bewijs', vocabulary: 'evidence_levels' },
  { facet: 'kind', param: 'soort', vocabulary: 'kinds' },
  { facet: 'gemeente', param: 'gemeente' },
  { facet: 'organisation', param: 'organisatie' },
];

export function SearchPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [age, setAge] = useState(params.get('leeftijd') ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const result = useQuery({
    queryKey: ['search', params.toString()],
    queryFn: () =>
      getJson(
        `/api/v1/catalogue/search?${apiQuery(params, API_NAMES, API_VALUES).toString()}`,
        searchResultSchema,
      ),
    placeholderData: keepPreviousData,
  });

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('pagina');
    setParams(next);
  };
  const selected = (param: string) => (params.get(param) ?? '').split(',').filter(Boolean);
  const toggle = (param: string, value: string) =>
    update((next) => {
      const current = new Set(selected(param));
      if (current.has(value)) current.delete(value);
      else current.add(value);
      if (current.size) next.set(param, [...current].join(','));
      else next.delete(param);
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update((next) => {
      if (text.trim()) next.set('q', text.trim());
      else next.delete('q');
      if (age.trim()) next.set('leeftijd', age.trim());
      else next.delete('leeftijd');
    });
  };
  const active = [...params.keys()].some((k) => k !== 'q' && k !== 'pagina' && k !== 'sorteer');

  return (
    <>
      <PageTitle
        title={
          params.get('q')
            ? t('wegwijzer.search.titleFor', { q: params.get('q') })
            : t('wegwijzer.search.title')
        }
      />
      <WegwijzerNav />
      <Heading level={1}>{t('wegwijzer.search.title')}</Heading>
      <form role="search" onSubmit={submit} className="ww-form ww-searchbar">
        <TextField
          name="q"
          type="search"
          label={t('wegwijzer.searchLabel')}
          description={t('wegwijzer.searchHint')}
          value={text}
          onChange={setText}
        />
        <TextField
          name="leeftijd"
          label={t('wegwijzer.search.age')}
          description={t('wegwijzer.search.ageHint')}
          type="number"
          inputMode="numeric"
          value={age}
          onChange={setAge}
        />
        <Button appearance="primary-action-button" type="submit">
          {t('wegwijzer.searchButton')}
        </Button>
      </form>
      <div className="ww-search">
        <aside aria-labelledby="filters-title" className="ww-search__filters">
          <Heading level={2} id="filters-title" className="ww-heading-small">
            {t('wegwijzer.search.filters')}
          </Heading>
          {active && (
            <ButtonGroup>
              <Button
                appearance="subtle-button"
                onClick={() =>
                  setParams(
                    params.get('q')
                      ? new URLSearchParams({ q: params.get('q')! })
                      : new URLSearchParams(),
                  )
                }
              >
                {t('wegwijzer.search.clear')}
              </Button>
            </ButtonGroup>
          )}
          {result.data && (
            <>
              {(result.data.facets.nearMe?.[0]?.count ?? 0) > 0 || params.get('dichtbij') ? (
                <FormField type="checkbox">
                  <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                    <FormLabel htmlFor="facet-near" type="checkbox">
                      <Checkbox
                        id="facet-near"
                        className="utrecht-form-field__input"
                        checked={params.get('dichtbij') === 'ja'}
                        onChange={() =>
                          update((next) =>
                            next.get('dichtbij')
                              ? next.delete('dichtbij')
                              : next.set('dichtbij', 'ja'),
                          )
                        }
                      />
                      {t('wegwijzer.search.nearMe', {
                        count: result.data.facets.nearMe?.[0]?.count ?? 0,
                      })}
                    </FormLabel>
                  </Paragraph>
                </FormField>
              ) : null}
              {FACETS.map(({ facet, param, vocabulary }) => {
                const values = result.data!.facets[facet] ?? [];
                if (values.length === 0) return null;
                const chosen = selected(param);
                return (
                  <Fieldset key={facet} className="ww-facet">
                    <FieldsetLegend>{t(`wegwijzer.facets.${facet}`)}</FieldsetLegend>
                    {values.map((v) => {
                      const id = `facet-${facet}-${v.value}`.replace(/[^a-zA-Z0-9-]/g, '-');
                      const name = vocabulary ? label(vocabulary, v.value) : (v.label ?? v.value);
                      return (
                        <FormField type="checkbox" key={v.value}>
                          <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                            <FormLabel htmlFor={id} type="checkbox">
                              <Checkbox
                                id={id}
                                className="utrecht-form-field__input"
                                checked={chosen.includes(v.value)}
                                onChange={() => toggle(param, v.value)}
                              />
                              {name} <span className="ww-count">({v.count})</span>
                            </FormLabel>
                          </Paragraph>
                        </FormField>
                      );
                    })}
                  </Fieldset>
                );
              })}
            </>
          )}
        </aside>
        <section aria-labelledby="results-title" className="ww-search__results">
          <Heading level={2} id="results-title" className="ww-heading-small">
            {t('wegwijzer.search.results')}
          </Heading>
          <QueryState query={result}>
            {(data) => (
              <>
                <Paragraph role="status">
                  {t('wegwijzer.search.count', { count: data.total })}
                </Paragraph>
                {data.terms
                  .filter((term) => term.synonyms.length || term.corrections.length)
                  .map((term) => (
                    <Paragraph key={term.text} className="ww-muted">
                      {term.corrections.length > 0 &&
                        t('wegwijzer.search.corrected', {
                          text: term.text,
                          words: term.corrections.join(', '),
                        })}{' '}
                      {term.synonyms.length > 0 &&
                        t('wegwijzer.search.synonyms', {
                          text: term.text,
                          words: term.synonyms.join(', '),
                        })}
                    </Paragraph>
                  ))}
                <SelectField
                  name="sorteer"
                  label={t('wegwijzer.search.sort')}
                  value={params.get('sorteer') ?? 'relevantie'}
                  onChange={(v) => update((next) => next.set('sorteer', v))}
                  options={[
                    { value: 'relevantie', label: t('wegwijzer.search.byRelevance') },
                    { value: 'naam', label: t('wegwijzer.search.byName') },
                  ]}
                />
                <ol className="ww-results">
                  {data.items.map((item) => (
                    <li key={item.id} className="ww-result">
                      <Heading level={3} className="ww-heading-small">
                        <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(item.id)}`}>
                          <Highlight text={item.name} words={item.highlights} />
                        </RouterLink>
                      </Heading>
                      <Paragraph className="ww-kicker">
                        {label('kinds', item.kind)} ·{' '}
                        {item.capitals.primary.map((c) => label('capitals', c)).join(', ')} ·{' '}
                        {label('evidence_levels', item.evidenceLevel)}
                        {item.origin === 'local' ? ` · ${t('wegwijzer.search.local')}` : ''}
                      </Paragraph>
                      <Paragraph>
                        <Highlight text={item.summary} words={item.highlights} />
                      </Paragraph>
                      {item.offeredBy.length > 0 && (
                        <Paragraph className="ww-muted">
                          {t('wegwijzer.search.offeredBy', {
                            names: item.offeredBy
                              .map((o) =>
                                o.near ? `${o.name} (${t('wegwijzer.search.near')})` : o.name,
                              )
                              .join(', '),
                          })}
                        </Paragraph>
                      )}
                    </li>
                  ))}
                </ol>
                {data.total > data.perPage && (
                  <nav aria-label={t('wegwijzer.search.pages')}>
                    <ButtonGroup>
                      <Button
                        appearance="secondary-action-button"
                        disabled={data.page <= 1}
                        onClick={() =>
                          setParams((p) => (p.set('pagina', String(data.page - 1)), p))
                        }
                      >
                        {t('common.previous')}
                      </Button>
                      <Paragraph>
                        {t('wegwijzer.search.page', {
                          page: data.page,
                          pages: Math.ceil(data.total / data.perPage),
                        })}
                      </Paragraph>
                      <Button
                        appearance="secondary-action-button"
                        disabled={data.page * data.perPage >= data.total}
                        onClick={() =>
                          setParams((p) => (p.set('pagina', String(data.page + 1)), p))
                        }
                      >
                        {t('common.next')}
                      </Button>
                    </ButtonGroup>
                  </nav>
                )}
              </>
            )}
          </QueryState>
        </section>
      </div>
    </>
  );
}
