import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { allowed, modules } from '../navigation';
import { ReferralCounts } from './overdracht/ReferralCounts';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const available = modules.filter((m) => allowed(m, me.role));
  const tasks = [
    ...available,
    ...(me.role === 'beheerder'
      ? [{ to: '/beheer', label: 'nav.admin', description: 'home.adminDescription' }]
      : []),
    { to: '/account', label: 'nav.account', description: 'home.accountDescription' },
  ];
  return (
    <>
      <PageTitle title={t('home.title')} />
      <Heading level={1}>{t('home.greeting', { name: me.name })}</Heading>
      <Paragraph lead>
        {t('home.intro', { organisation: me.organisation.name, role: t(`roles.${me.role}`) })}
      </Paragraph>
      {(me.role === 'sociaal_werker' || me.role === 'teamleider') && <ReferralCounts />}
      <Heading level={2}>{t('home.whatToDo')}</Heading>
      <ul className="ww-cards">
        {tasks.map((item) => (
          <li key={item.to} className="ww-card">
            <RouterLink to={item.to} className="ww-card__link">
              {t(item.label)}
            </RouterLink>
            {item.description && <Paragraph>{t(item.description)}</Paragraph>}
          </li>
        ))}
      </ul>
    </>
  );
}
