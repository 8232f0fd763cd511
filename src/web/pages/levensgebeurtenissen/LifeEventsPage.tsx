import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLifeEvents } from '../../api/life-events';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import './levensgebeurtenissen.css';

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
          <ul className="ww-life-events">
            {data.lifeEvents.map((e) => (
              <li key={e.id} className="ww-life-event">
                <RouterLink to={`/levensgebeurtenissen/${e.id}`} className="ww-life-event__link">
                  {e.title[lang]}
                </RouterLink>
                <Paragraph>{e.intro[lang]}</Paragraph>
                <Paragraph className="ww-muted">
                  {t('levensgebeurtenissen.stepCount', { count: e.stepCount })}
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
