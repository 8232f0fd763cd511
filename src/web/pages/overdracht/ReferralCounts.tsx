import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { fetchCounts, referralKeys } from './referrals-api';

/** On the home page: referrals waiting for my team's answer, and my overdue ones. */
export function ReferralCounts() {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: referralKeys.counts, queryFn: fetchCounts });
  if (!counts.data) return null;
  const { incomingWaiting, outgoingOverdue } = counts.data;
  if (incomingWaiting === 0 && outgoingOverdue === 0) return null;
  return (
    <Alert type={outgoingOverdue > 0 ? 'warning' : 'info'}>
      {incomingWaiting > 0 && (
        <Paragraph>{t('overdracht.home.incoming', { count: incomingWaiting })}</Paragraph>
      )}
      {outgoingOverdue > 0 && (
        <Paragraph>{t('overdracht.home.overdue', { count: outgoingOverdue })}</Paragraph>
      )}
      <Paragraph>
        <RouterLink to="/overdrachten">{t('overdracht.home.link')}</RouterLink>
      </Paragraph>
    </Alert>
  );
}
