import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatDate } from '../wegwijzer/format';
import type { ReferralSummary } from './referrals-api';

/** Referrals in a table: the other side, the date, the status, and an overdue answer flagged. */
export function ReferralTable({
  items,
  caption,
  empty,
}: {
  items: ReferralSummary[];
  caption: string;
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  const outgoing = items[0]!.side === 'sender';
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('overdracht.list.referral')}</TableHeaderCell>
          <TableHeaderCell scope="col">
            {outgoing ? t('overdracht.list.to') : t('overdracht.list.from')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('overdracht.list.sentOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('overdracht.list.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((r) => {
          const party = outgoing ? r.to : r.from;
          return (
            <TableRow key={r.id}>
              <TableCell>
                <RouterLink to={`/overdrachten/${r.id}`}>
                  {r.household
                    ? t('overdracht.list.householdLink', {
                        label: r.household.label,
                        reference: r.household.reference,
                      })
                    : t('overdracht.list.incomingLink', {
                        organisation: r.from.organisationName,
                      })}
                </RouterLink>
              </TableCell>
              <TableCell>
                {party.teamName
                  ? t('overdracht.teamAt', {
                      team: party.teamName,
                      organisation: party.organisationName,
                    })
                  : party.organisationName}
              </TableCell>
              <TableCell>{formatDate(r.sentOn, i18n.language)}</TableCell>
              <TableCell>
                {t(`overdracht.status.${r.status}`)}
                {r.overdue && (
                  <>
                    {' · '}
                    <strong>
                      {t('overdracht.list.overdue', {
                        date: formatDate(r.answerDueOn, i18n.language),
                      })}
                    </strong>
                  </>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
