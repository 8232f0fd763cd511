import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { Role } from '../../contract/common';
import { useSession } from '../api/session';
import { Loading } from './Loading';
import { PageTitle } from './PageTitle';

/** Shows the page only to signed-in users with one of the roles; others go to login. */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error || !data) return <Paragraph>{t('errors.unreachable')}</Paragraph>;
  if (data.setupRequired) return <Navigate to="/inrichten" replace />;
  if (!data.user)
    return (
      <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />
    );
  if (roles && !roles.includes(data.user.role)) {
    return (
      <>
        <PageTitle title={t('errors.forbiddenTitle')} />
        <Heading level={1}>{t('errors.forbiddenTitle')}</Heading>
        <Paragraph>{t('errors.forbiddenText')}</Paragraph>
      </>
    );
  }
  return <>{children}</>;
}
