import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { QueryState } from '../../components/QueryState';
import { fetchOutgoing, referralKeys } from './referrals-api';
import { ReferralTable } from './ReferralTable';

/** On the household page: its referrals with their status, and the way to send one. */
export function HouseholdReferrals({ householdId, open }: { householdId: string; open: boolean }) {
  const { t } = useTranslation();
  const referrals = useQuery({
    queryKey: referralKeys.outgoing(householdId),
    queryFn: () => fetchOutgoing(householdId),
  });
  return (
    <section aria-labelledby="household-referrals">
      <Heading level={2} id="household-referrals">
        {t('overdracht.household.title')}
      </Heading>
      <QueryState query={referrals}>
        {({ items }) => (
          <ReferralTable
            items={items}
            caption={t('overdracht.household.title')}
            empty={t('overdracht.household.none')}
          />
        )}
      </QueryState>
      {open && (
        <Paragraph>
          <RouterLink to={`/huishoudens/${householdId}/overdragen`}>
            {t('overdracht.household.send')}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
