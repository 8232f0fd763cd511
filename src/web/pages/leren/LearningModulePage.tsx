import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { LearningModuleDetail } from '../../../contract/learning';
import { useLearningModule } from '../../api/learning';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { CheckQuestions } from './CheckQuestions';
import { ProgressText } from './ProgressText';
import './leren.css';

/** One learning module: its text, where to read on in Wegwijs, and the check questions. */
export function LearningModulePage() {
  const { moduleId = '' } = useParams();
  const module = useLearningModule(moduleId);
  return <QueryState query={module}>{(m) => <Module module={m} />}</QueryState>;
}

function Module({ module }: { module: LearningModuleDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <PageTitle title={module.title[lang]} />
      <p>
        <RouterLink to="/leren">{t('leren.allModules')}</RouterLink>
      </p>
      <Heading level={1}>{module.title[lang]}</Heading>
      <Paragraph lead>{module.summary[lang]}</Paragraph>
      <Paragraph>
        <strong>{t('leren.status.label')}:</strong> <ProgressText progress={module.progress} />
      </Paragraph>
      <div className="ww-learning-text">
        {module.sections.map((s) => (
          <section key={s.id} aria-labelledby={`section-${s.id}`}>
            <Heading level={2} id={`section-${s.id}`}>
              {s.title[lang]}
            </Heading>
            {s.body[lang].split(/\n\s*\n/).map((paragraph, i) => (
              <Paragraph key={i}>{paragraph}</Paragraph>
            ))}
          </section>
        ))}
      </div>
      <Links module={module} />
      <CheckQuestions module={module} />
    </>
  );
}

function Links({ module }: { module: LearningModuleDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="learning-links">
      <Heading level={2} id="learning-links">
        {t('leren.links.title')}
      </Heading>
      <Heading level={3}>{t('leren.links.interventions')}</Heading>
      <ul className="ww-learning-links">
        {module.interventions.map((i) => (
          <li key={i.id}>
            <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(i.id)}`}>
              {i.name}
            </RouterLink>
          </li>
        ))}
      </ul>
      <Heading level={3}>{t('leren.links.cards')}</Heading>
      <ul className="ww-learning-links">
        {module.cards.map((link) => (
          <li key={`${link.deckId}/${link.card?.id ?? ''}`}>
            <RouterLink to={`/kaarten/${encodeURIComponent(link.deckId)}`}>
              {link.deckTitle[lang]}
            </RouterLink>
            {': '}
            {link.card ? link.card.front[lang] : t('leren.links.wholeDeck')}
          </li>
        ))}
      </ul>
    </section>
  );
}
