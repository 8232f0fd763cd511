import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { outcomesSchema } from '../../../contract/reports';
import { GROUPINGS, type Grouping } from '../../../domain/reports';
import { getJson } from '../../api/client';
import { useLabel } from '../../api/catalogue';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { RadioGroup } from '../check/fields';
import { OutcomeFigure } from './OutcomeFigure';

// The page address speaks Dutch (?indeling=interventie), the API English (groupBy=intervention).
const PAGE_NAMES: Record<Grouping, string> = {
  wijk: 'wijk',
  intervention: 'interventie',
  povertyType: 'armoedevorm',
};

/** Outcomes of the organisation per capital and aspect, with small numbers hidden. */
export function OutcomesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const grouping =
    GROUPINGS.find((g) => PAGE_NAMES[g] === params.get('indeling')) ?? ('wijk' as Grouping);
  const query = useQuery({
    queryKey: ['reports', 'outcomes', grouping],
    queryFn: () => getJson(`/api/v1/reports/outcomes?groupBy=${grouping}`, outcomesSchema),
  });
  return (
    <>
      <PageTitle title={t('rapportage.outcomes.title')} />
      <Heading level={1}>{t('rapportage.outcomes.title')}</Heading>
      <Paragraph lead>{t('rapportage.outcomes.intro')}</Paragraph>
      <RadioGroup
        name="indeling"
        legend={t('rapportage.outcomes.groupBy')}
        options={GROUPINGS.map((g) => ({ value: g, label: t(`rapportage.outcomes.by.${g}`) }))}
        value={grouping}
        onChange={(g) => setParams({ indeling: PAGE_NAMES[g] }, { replace: true })}
      />
      <QueryState query={query}>
        {(o) => {
          const groupName = (group: string | null) => {
            if (group === null) return t(`rapportage.outcomes.unknown.${o.grouping}`);
            if (o.grouping === 'povertyType') return t(`rapportage.outcomes.povertyType.${group}`);
            return o.labels[group] ?? group;
          };
          return (
            <>
              <Paragraph>{t('rapportage.outcomes.privacy', { threshold: o.threshold })}</Paragraph>
              <Paragraph>
                {t('rapportage.outcomes.households', {
                  count: o.households.value ?? t('rapportage.outcomes.hidden'),
                })}
              </Paragraph>
              {o.capitals.length === 0 && <Paragraph>{t('rapportage.outcomes.none')}</Paragraph>}
              {o.capitals.map((table) => {
                const title = label('capitals', table.measure.capital);
                return (
                  <section key={table.measure.capital}>
                    <Heading level={2}>{title}</Heading>
                    <OutcomeFigure title={title} table={table} groupName={groupName} chart />
                  </section>
                );
              })}
              {o.aspects.length > 0 && (
                <section>
                  <Heading level={2}>{t('rapportage.outcomes.aspects')}</Heading>
                  {o.aspects.map((table) => (
                    <OutcomeFigure
                      key={table.measure.aspectId}
                      title={`${label('capitals', table.measure.capital)}: ${table.measure.aspectId}`}
                      table={table}
                      groupName={groupName}
                      chart={false}
                    />
                  ))}
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
