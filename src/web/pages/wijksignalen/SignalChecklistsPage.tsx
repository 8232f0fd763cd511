import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useSignalChecklists } from '../../api/signal-checklists';
import { ChecklistCards } from '../../components/Checklist';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';

/** The settings to choose from: school first. */
export function SignalChecklistsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lists = useSignalChecklists();
  return (
    <>
      <PageTitle title={t('wijksignalen.title')} />
      <Heading level={1}>{t('wijksignalen.title')}</Heading>
      <Paragraph lead>{t('wijksignalen.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/wijksignalen/advies">{t('wijkmelding.advice.title')}</RouterLink>
      </Paragraph>
      <QueryState query={lists}>
        {(data) => (
          <ChecklistCards
            items={data.checklists.map((c) => ({
              to: `/wijksignalen/${c.id}`,
              title: c.title[lang],
              intro: c.intro[lang],
              size: t('wijksignalen.signalCount', { count: c.signalCount }),
            }))}
          />
        )}
      </QueryState>
    </>
  );
}
