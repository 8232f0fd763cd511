import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ExperienceExpertView } from '../../../contract/experience-experts';
import { useMe } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { ExpertSummary } from './ExpertSummary';
import { useExperts } from './experts-api';

/** Team leaders and beheerders keep the register; social workers read it. */
export const keepsRegister = (role: string) => role === 'teamleider' || role === 'beheerder';

/** The organisation's register of experience experts. */
export function ExpertsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const experts = useExperts();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const keeper = keepsRegister(me.role);
  return (
    <>
      <PageTitle title={t('ervaringsdeskundigen.title')} />
      <Heading level={1}>{t('ervaringsdeskundigen.title')}</Heading>
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      )}
      <Paragraph lead>{t('ervaringsdeskundigen.intro')}</Paragraph>
      <Paragraph>{t('ervaringsdeskundigen.consentNote')}</Paragraph>
      {keeper ? (
        <p>
          <RouterLink to="/team/ervaringsdeskundigen/nieuw">
            {t('ervaringsdeskundigen.add')}
          </RouterLink>
        </p>
      ) : (
        <Paragraph>{t('ervaringsdeskundigen.readOnly')}</Paragraph>
      )}
      <QueryState query={experts}>
        {({ experts: list }) => <ExpertList experts={list} keeper={keeper} />}
      </QueryState>
    </>
  );
}

function ExpertList({ experts, keeper }: { experts: ExperienceExpertView[]; keeper: boolean }) {
  const { t } = useTranslation();
  if (experts.length === 0) return <Paragraph>{t('ervaringsdeskundigen.none')}</Paragraph>;
  return (
    <ul className="ww-cards">
      {experts.map((expert) => (
        <li key={expert.id}>
          <section aria-labelledby={`expert-${expert.id}`} className="ww-card">
            <Heading level={2} id={`expert-${expert.id}`}>
              {expert.name}
            </Heading>
            <ExpertSummary expert={expert} />
            {keeper && (
              <p>
                <RouterLink to={`/team/ervaringsdeskundigen/${expert.id}`}>
                  {t('ervaringsdeskundigen.editNamed', { name: expert.name })}
                </RouterLink>
              </p>
            )}
          </section>
        </li>
      ))}
    </ul>
  );
}
