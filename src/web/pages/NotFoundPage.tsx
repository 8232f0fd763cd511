import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('errors.notFoundTitle')} />
      <Heading level={1}>{t('errors.notFoundTitle')}</Heading>
      <Paragraph>{t('errors.notFoundText')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('errors.toHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
