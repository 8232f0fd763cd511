import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { fetchIncoming, fetchOutgoing, referralKeys } from './referrals-api';
import { ReferralTable } from './ReferralTable';

/** Referrals to my teams, and those I sent with overdue answers flagged. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const incoming = useQuery({ queryKey: referralKeys.incoming, queryFn: fetchIncoming });
  const outgoing = useQuery({ queryKey: referralKeys.outgoing(), queryFn: () => fetchOutgoing() });
  return (
    <>
      <PageTitle title={t('overdracht.list.title')} />
      <Heading level={1}>{t('overdracht.list.title')}</Heading>
      <Paragraph lead>{t('overdracht.list.intro')}</Paragraph>
      <section aria-labelledby="incoming">
        <Heading level={2} id="incoming">
          {t('overdracht.list.incoming')}
        </Heading>
        <QueryState query={incoming}>
          {({ items }) => (
            <ReferralTable
              items={items}
              caption={t('overdracht.list.incoming')}
              empty={t('overdracht.list.noIncoming')}
            />
          )}
        </QueryState>
      </section>
      <section aria-labelledby="outgoing">
        <Heading level={2} id="outgoing">
          {t('overdracht.list.outgoing')}
        </Heading>
        <QueryState query={outgoing}>
          {({ items, overdueCount }) => (
            <>
              {overdueCount > 0 && (
                <Alert type="warning">
                  <Paragraph>
                    {t('overdracht.list.overdueAlert', { count: overdueCount })}
                  </Paragraph>
                </Alert>
              )}
              <ReferralTable
                items={items}
                caption={t('overdracht.list.outgoing')}
                empty={t('overdracht.list.noOutgoing')}
              />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
