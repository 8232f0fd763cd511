import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { RadioGroup } from '../check/fields';
import { formatDate } from '../wegwijzer/format';
import { listFilterFromPage } from '../rapportage/list-filters';
import { fetchHouseholds, householdKeys, type HouseholdSummary } from './households-api';
import './huishoudens.css';

/** The households you work with: yours and your team's. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const closed = params.get('afgesloten') === 'ja';
  // Opened from a team dashboard figure: only the open households behind that figure.
  const filter = listFilterFromPage(params).toString();
  const list = useQuery({
    queryKey: householdKeys.list(closed, filter),
    queryFn: () => fetchHouseholds(closed, filter),
  });
  const message = (location.state as { message?: string } | null)?.message;
  return (
    <>
      <PageTitle title={t('huishoudens.list.title')} />
      <Heading level={1}>{t('huishoudens.list.title')}</Heading>
      <Paragraph lead>{t('huishoudens.list.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      {filter && (
        <Paragraph>
          {t('rapportage.list.filtered')}{' '}
          <RouterLink to="/huishoudens">{t('rapportage.list.showAll')}</RouterLink>
        </Paragraph>
      )}
      <Paragraph>
        <RouterLink
          to="/huishoudens/nieuw"
          className="utrecht-button utrecht-button--primary-action ww-button-link"
        >
          {t('huishoudens.list.new')}
        </RouterLink>
      </Paragraph>
      {!filter && (
        <RadioGroup
          name="afgesloten"
          legend={t('huishoudens.list.show')}
          options={[
            { value: 'nee', label: t('huishoudens.list.showOpen') },
            { value: 'ja', label: t('huishoudens.list.showAll') },
          ]}
          value={closed ? 'ja' : 'nee'}
          onChange={(v) => setParams(v === 'ja' ? { afgesloten: 'ja' } : {}, { replace: true })}
        />
      )}
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Paragraph>{t('huishoudens.list.empty')}</Paragraph>
          ) : (
            <HouseholdsTable rows={rows} />
          )
        }
      </QueryState>
    </>
  );
}

function HouseholdsTable({ rows }: { rows: HouseholdSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('huishoudens.fields.reference')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.fields.label')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.fields.team')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.fields.professionals')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.fields.gemeente')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.fields.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((h) => (
          <TableRow key={h.id}>
            <TableCell>
              <RouterLink to={`/huishoudens/${h.id}`}>{h.reference}</RouterLink>
            </TableCell>
            <TableCell>{h.label}</TableCell>
            <TableCell>{h.team ?? '—'}</TableCell>
            <TableCell>{h.professionals.join(', ') || '—'}</TableCell>
            <TableCell>{h.gemeente}</TableCell>
            <TableCell>
              {h.closedAt
                ? t('huishoudens.list.closedOn', {
                    date: formatDate(h.closedAt, i18n.language),
                  })
                : t('huishoudens.list.openSince', {
                    date: formatDate(h.startDate, i18n.language),
                  })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
