import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Heading } from '@utrecht/component-library-react';
import { apiQuery } from '../../api/api-query';
import { searchResultSchema } from '../../../contract/catalogue';
import { getJson } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { useSearchAddress, type SearchAddress } from './use-search-address';
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

/** The words and the age, typed first and put in the address on submit. */
function SearchBar({ address }: { address: SearchAddress }) {
  const { t } = useTranslation();
  const { params, update } = address;
  const [text, setText] = useState(params.get('q') ?? '');
  const [age, setAge] = useState(params.get('leeftijd') ?? '');
  useEffect(() => setText(params.get('q') ?? ''), [params]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update((next) => {
      if (text.trim()) next.set('q', text.trim());
      else next.delete('q');
      if (age.trim()) next.set('leeftijd', age.trim());
      else next.delete('leeftijd');
    });
  };
  return (
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
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const address = useSearchAddress();
  const { params } = address;
  const result = useQuery({
    queryKey: ['search', params.toString()],
    queryFn: () =>
      getJson(
        `/api/v1/catalogue/search?${apiQuery(params, API_NAMES, API_VALUES).toString()}`,
        searchResultSchema,
      ),
    placeholderData: keepPreviousData,
  });
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
      <SearchBar address={address} />
      <div className="ww-search">
        <SearchFilters facets={result.data?.facets} address={address} />
        <section aria-labelledby="results-title" className="ww-search__results">
          <Heading level={2} id="results-title" className="ww-heading-small">
            {t('wegwijzer.search.results')}
          </Heading>
          <QueryState query={result}>
            {(data) => <SearchResults data={data} address={address} />}
          </QueryState>
        </section>
      </div>
    </>
  );
}
