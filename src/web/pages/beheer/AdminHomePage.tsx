import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../../components/PageTitle';
import { adminItems } from '../../navigation';

export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('admin.title')} />
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph lead>{t('admin.intro')}</Paragraph>
      <ul className="ww-cards">
        {adminItems.map((item) => (
          <li key={item.to} className="ww-card">
            <RouterLink to={item.to} className="ww-card__link">
              {t(item.label)}
            </RouterLink>
            <Paragraph>{t(`${item.label}Description`)}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
