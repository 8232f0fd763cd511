import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useLearningModules } from '../../api/learning';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { ProgressText } from './ProgressText';
import './leren.css';

/** The learning modules, each with the professional's own progress. */
export function LearningModulesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const modules = useLearningModules();
  return (
    <>
      <PageTitle title={t('leren.title')} />
      <Heading level={1}>{t('leren.title')}</Heading>
      <Paragraph lead>{t('leren.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('leren.private')}</Paragraph>
      </Alert>
      <QueryState query={modules}>
        {(data) => (
          <ul className="ww-learning-list">
            {data.modules.map((m) => (
              <li key={m.id} className="ww-learning-item">
                <Heading level={2} className="ww-learning-item__title">
                  <RouterLink to={`/leren/${m.id}`}>{m.title[lang]}</RouterLink>
                </Heading>
                <Paragraph>{m.summary[lang]}</Paragraph>
                <Paragraph className="ww-learning-meta">
                  {t('leren.minutes', { minutes: m.minutes })} ·{' '}
                  {t('leren.questionCount', { count: m.questionCount })}
                </Paragraph>
                <Paragraph>
                  <strong>{t('leren.status.label')}:</strong> <ProgressText progress={m.progress} />
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
