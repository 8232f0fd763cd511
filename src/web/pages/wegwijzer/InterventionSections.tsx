import { useTranslation } from 'react-i18next';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { useIntervention } from '../../api/catalogue';
import { useLabel } from '../../api/catalogue';
import { formatDate } from './format';
import { useCheckedLine } from './VersionedEntry';

export type InterventionDetail = NonNullable<ReturnType<typeof useIntervention>['data']>;
type Item = InterventionDetail['item'];

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}

/** The facets of an intervention as a list of facts; empty optional facets are left out. */
export function InterventionFacts({ item }: { item: Item }) {
  const { t } = useTranslation();
  const label = useLabel();
  const list = (vocabulary: Parameters<typeof label>[0], ids: string[]) =>
    ids.map((x) => label(vocabulary, x)).join(', ') || '—';
  return (
    <DataList className="ww-facts">
      <Fact
        label={t('wegwijzer.facets.capitalPrimary')}
        value={list('capitals', item.capitals.primary)}
      />
      {item.capitals.secondary.length > 0 && (
        <Fact
          label={t('wegwijzer.facets.capitalSecondary')}
          value={list('capitals', item.capitals.secondary)}
        />
      )}
      <Fact
        label={t('wegwijzer.facets.targetGroup')}
        value={list('target_groups', item.targetGroups)}
      />
      {item.ageRange && (
        <Fact
          label={t('wegwijzer.facets.age')}
          value={t('wegwijzer.item.ageRange', item.ageRange)}
        />
      )}
      <Fact label={t('wegwijzer.facets.phase')} value={list('phases', item.phases)} />
      {item.povertyTypes.length > 0 && (
        <Fact
          label={t('wegwijzer.facets.povertyType')}
          value={list('poverty_types', item.povertyTypes)}
        />
      )}
      {item.lifeEvents.length > 0 && (
        <Fact
          label={t('wegwijzer.facets.lifeEvent')}
          value={list('life_events', item.lifeEvents)}
        />
      )}
      <Fact label={t('wegwijzer.item.domains')} value={list('domains', item.domains)} />
      {item.providers.length > 0 && (
        <Fact label={t('wegwijzer.item.providers')} value={item.providers.join(', ')} />
      )}
    </DataList>
  );
}

/** How well the intervention is known to work, its links, and when the entry was last checked. */
export function InterventionEvidence({ detail }: { detail: InterventionDetail }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const checkedLine = useCheckedLine();
  const { item } = detail;
  return (
    <>
      <Heading level={2}>{t('wegwijzer.item.evidence')}</Heading>
      <Paragraph>
        <strong>{label('evidence_levels', item.evidence.level)}</strong> — {item.evidence.source} (
        {item.evidence.asOf})
      </Paragraph>
      {item.evidence.note && <Paragraph>{item.evidence.note}</Paragraph>}
      {item.links.length > 0 && (
        <UnorderedList>
          {item.links.map((l) => (
            <UnorderedListItem key={l}>
              <Link href={l} rel="noopener noreferrer" external>
                {l}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph className="ww-muted">
        {item.origin === 'national'
          ? t('wegwijzer.item.reviewed', { date: formatDate(item.lastReviewed, i18n.language) })
          : checkedLine(detail.lastCheckedAt, detail.lastCheckedBy)}
        {detail.stale && ` ${t('wegwijzer.item.staleNote')}`}
      </Paragraph>
    </>
  );
}
