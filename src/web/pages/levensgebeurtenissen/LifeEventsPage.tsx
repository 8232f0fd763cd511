import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLifeEvents } from '../../api/life-events';
import { ChecklistCards } from '../../components/Checklist';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';

/** The list of life events, in the order of a life. */
export function LifeEventsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const events = useLifeEvents();
  return (
    <>
      <PageTitle title={t('levensgebeurtenissen.title')} />
      <Heading level={1}>{t('levensgebeurtenissen.title')}</Heading>
      <Paragraph lead>{t('levensgebeurtenissen.intro')}</Paragraph>
      <QueryState query={events}>
        {(data) => (
          <ChecklistCards
            items={data.lifeEvents.map((e) => ({
              to: `/levensgebeurtenissen/${e.id}`,
              title: e.title[lang],
              intro: e.intro[lang],
              size: t('levensgebeurtenissen.stepCount', { count: e.stepCount }),
            }))}
          />
        )}
      </QueryState>
    </>
  );
}
