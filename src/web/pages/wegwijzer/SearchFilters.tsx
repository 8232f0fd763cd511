import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
} from '@utrecht/component-library-react';
import type { SearchResult } from '../../../contract/catalogue';
import type { Vocabularies } from '../../../contract/content';
import { useLabel } from '../../api/catalogue';
import { CheckboxField } from '../../components/CheckboxField';
import type { SearchAddress } from './use-search-address';

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

type Facets = SearchResult['facets'];

/** 'Near me': shown when something near is found, or when the filter is already on. */
function NearMeFilter({ facets, address }: { facets: Facets; address: SearchAddress }) {
  const { t } = useTranslation();
  const count = facets.nearMe?.[0]?.count ?? 0;
  const on = address.params.get('dichtbij');
  if (count === 0 && !on) return null;
  return (
    <CheckboxField
      id="facet-near"
      label={t('wegwijzer.search.nearMe', { count })}
      checked={on === 'ja'}
      onChange={() =>
        address.update((next) =>
          next.get('dichtbij') ? next.delete('dichtbij') : next.set('dichtbij', 'ja'),
        )
      }
    />
  );
}

/** One facet's values with how many results each has; checking one narrows the search. */
function FacetFilter({
  facet,
  param,
  vocabulary,
  values,
  address,
}: (typeof FACETS)[number] & { values: Facets[string]; address: SearchAddress }) {
  const { t } = useTranslation();
  const label = useLabel();
  const chosen = address.selected(param);
  return (
    <Fieldset className="ww-facet">
      <FieldsetLegend>{t(`wegwijzer.facets.${facet}`)}</FieldsetLegend>
      {values.map((v) => (
        <CheckboxField
          key={v.value}
          id={`facet-${facet}-${v.value}`.replace(/[^a-zA-Z0-9-]/g, '-')}
          label={
            <>
              {vocabulary ? label(vocabulary, v.value) : (v.label ?? v.value)}{' '}
              <span className="ww-count">({v.count})</span>
            </>
          }
          checked={chosen.includes(v.value)}
          onChange={() => address.toggle(param, v.value)}
        />
      ))}
    </Fieldset>
  );
}

export function SearchFilters({
  facets,
  address,
}: {
  facets: Facets | undefined;
  address: SearchAddress;
}) {
  const { t } = useTranslation();
  return (
    <aside aria-labelledby="filters-title" className="ww-search__filters">
      <Heading level={2} id="filters-title" className="ww-heading-small">
        {t('wegwijzer.search.filters')}
      </Heading>
      {address.filtered && (
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={address.clearFilters}>
            {t('wegwijzer.search.clear')}
          </Button>
        </ButtonGroup>
      )}
      {facets && <NearMeFilter facets={facets} address={address} />}
      {facets &&
        FACETS.map((f) =>
          (facets[f.facet] ?? []).length > 0 ? (
            <FacetFilter key={f.facet} {...f} values={facets[f.facet]!} address={address} />
          ) : null,
        )}
    </aside>
  );
}
