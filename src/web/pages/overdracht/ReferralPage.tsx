import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../wegwijzer/format';
import { fetchReferral, referralKeys, type ReferralView } from './referrals-api';
import { ReferralActions } from './ReferralActions';

/** One referral as this side sees it: status with its meaning, what was shared, the outcome. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const found = useQuery({ queryKey: referralKeys.one(id), queryFn: () => fetchReferral(id) });
  return (
    <QueryState query={found}>
      {(r) => {
        const title = r.household
          ? t('overdracht.page.titleSender', { label: r.household.label })
          : t('overdracht.page.titleReceiver', { organisation: r.from.organisationName });
        return (
          <>
            <PageTitle title={title} />
            <Heading level={1}>{title}</Heading>
            <Paragraph>
              <RouterLink to="/overdrachten">{t('overdracht.page.back')}</RouterLink>
            </Paragraph>
            <StatusPart referral={r} />
            <SharedPart referral={r} />
            <ReferralActions referral={r} />
            <HistoryPart referral={r} />
          </>
        );
      }}
    </QueryState>
  );
}

/** "Team (Organisation)", or the organisation alone when no team is known. */
function partyName(p: { organisationName: string; teamName: string | null }, t: TFunction) {
  return p.teamName
    ? t('overdracht.teamAt', { team: p.teamName, organisation: p.organisationName })
    : p.organisationName;
}

function StatusPart({ referral: r }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="referral-status">
      <Heading level={2} id="referral-status">
        {t('overdracht.page.status')}
      </Heading>
      {r.overdue && r.side === 'sender' && (
        <Alert type="warning">
          <Paragraph>{t('overdracht.page.overdue', { date: date(r.answerDueOn) })}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <strong>{t(`overdracht.status.${r.status}`)}</strong> —{' '}
        {t(`overdracht.statusMeaning.${r.status}`)}
      </Paragraph>
      <DataList>
        <Item label={t('overdracht.list.from')} value={partyName(r.from, t)} />
        <Item label={t('overdracht.list.to')} value={partyName(r.to, t)} />
        <Item label={t('overdracht.list.sentOn')} value={date(r.sentOn)} />
        {r.status === 'verstuurd' && (
          <Item label={t('overdracht.page.answerDue')} value={date(r.answerDueOn)} />
        )}
        {r.rejectReason && <Item label={t('overdracht.page.reason')} value={r.rejectReason} />}
        {r.outcome && (
          <Item label={t('overdracht.page.outcome')} value={t(`overdracht.outcome.${r.outcome}`)} />
        )}
        {r.outcomeNote && <Item label={t('overdracht.page.outcomeNote')} value={r.outcomeNote} />}
        {r.withdrawnBecause && (
          <Item
            label={t('overdracht.status.ingetrokken')}
            value={t(`overdracht.page.withdrawnBecause.${r.withdrawnBecause}`)}
          />
        )}
      </DataList>
      {r.household && (
        <Paragraph>
          <RouterLink to={`/huishoudens/${r.household.id}`}>
            {t('overdracht.page.toHousehold', { label: r.household.label })}
          </RouterLink>
        </Paragraph>
      )}
      {r.receivingHousehold && (
        <Paragraph>
          <RouterLink to={`/huishoudens/${r.receivingHousehold.id}`}>
            {t('overdracht.page.toOwnRecord', { reference: r.receivingHousehold.reference })}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

function SharedPart({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="referral-shared">
      <Heading level={2} id="referral-shared">
        {t('overdracht.page.shared')}
      </Heading>
      {r.message === null ? (
        <Paragraph>{t('overdracht.page.erased')}</Paragraph>
      ) : (
        <>
          <Heading level={3}>{t('overdracht.page.message')}</Heading>
          <Paragraph className="ww-pre-line">{r.message}</Paragraph>
          <Heading level={3}>{t('overdracht.page.goals')}</Heading>
          {(r.shared ?? []).length === 0 ? (
            <Paragraph>{t('overdracht.page.noGoals')}</Paragraph>
          ) : (
            <UnorderedList>
              {(r.shared ?? []).map((goal, i) => (
                <UnorderedListItem key={i}>
                  {goal.text}
                  {goal.steps.length > 0 && (
                    <UnorderedList>
                      {goal.steps.map((step, j) => (
                        <UnorderedListItem key={j}>
                          {t('overdracht.page.step', { text: step.text, who: step.who })}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </section>
  );
}

function HistoryPart({ referral: r }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="referral-history">
      <Heading level={2} id="referral-history">
        {t('overdracht.page.history')}
      </Heading>
      <OrderedList>
        {r.events.map((e, i) => (
          <OrderedListItem key={i}>
            {t('overdracht.page.event', {
              status: t(`overdracht.status.${e.status}`),
              date: formatDate(e.at, i18n.language),
              side: t(`overdracht.eventSide.${e.side}`),
            })}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
}
