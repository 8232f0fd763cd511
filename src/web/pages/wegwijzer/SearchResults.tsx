import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { SearchResult } from '../../../contract/catalogue';
import { useLabel } from '../../api/catalogue';
import { SelectField } from '../../components/SelectField';
import { Highlight } from './highlight';
import type { SearchAddress } from './use-search-address';

/** Which words we corrected or widened with synonyms, so the reader knows what was searched. */
function SearchTermNotes({ terms }: { terms: SearchResult['terms'] }) {
  const { t } = useTranslation();
  return terms
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
    ));
}

function SearchResultItem({ item }: { item: SearchResult['items'][number] }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <li className="ww-result">
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
              .map((o) => (o.near ? `${o.name} (${t('wegwijzer.search.near')})` : o.name))
              .join(', '),
          })}
        </Paragraph>
      )}
    </li>
  );
}

/** Previous and next page, with where we are; only when the results do not fit on one page. */
function SearchResultPages({ data, address }: { data: SearchResult; address: SearchAddress }) {
  const { t } = useTranslation();
  if (data.total <= data.perPage) return null;
  return (
    <nav aria-label={t('wegwijzer.search.pages')}>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={data.page <= 1}
          onClick={() => address.goToPage(data.page - 1)}
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
          onClick={() => address.goToPage(data.page + 1)}
        >
          {t('common.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}

export function SearchResults({ data, address }: { data: SearchResult; address: SearchAddress }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph role="status">{t('wegwijzer.search.count', { count: data.total })}</Paragraph>
      <SearchTermNotes terms={data.terms} />
      <SelectField
        name="sorteer"
        label={t('wegwijzer.search.sort')}
        value={address.params.get('sorteer') ?? 'relevantie'}
        onChange={(v) => address.update((next) => next.set('sorteer', v))}
        options={[
          { value: 'relevantie', label: t('wegwijzer.search.byRelevance') },
          { value: 'naam', label: t('wegwijzer.search.byName') },
        ]}
      />
      <ol className="ww-results">
        {data.items.map((item) => (
          <SearchResultItem key={item.id} item={item} />
        ))}
      </ol>
      <SearchResultPages data={data} address={address} />
    </>
  );
}
