import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
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
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { fetchMonitor, signalKeys } from './signals-api';

/** The municipality's monitor figures: received, reached and help accepted per month and creditor. */
export function SignalMonitorPage() {
  const { t } = useTranslation();
  const monitor = useQuery({
    queryKey: signalKeys.monitor,
    queryFn: () => fetchMonitor(),
  });
  return (
    <>
      <PageTitle title={t('signalen.monitor.title')} />
      <Heading level={1}>{t('signalen.monitor.title')}</Heading>
      <Paragraph lead>{t('signalen.monitor.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/signalen">{t('signalen.case.back')}</RouterLink>
      </Paragraph>
      <QueryState query={monitor}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Paragraph>{t('signalen.monitor.empty')}</Paragraph>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('signalen.monitor.month')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signalen.case.creditor')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signalen.monitor.received')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signalen.monitor.people')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signalen.monitor.reached')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('signalen.monitor.acceptedHelp')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={`${r.month}-${r.creditorType}`}>
                    <TableCell>{r.month}</TableCell>
                    <TableCell>{t(`signalen.creditorTypes.${r.creditorType}`)}</TableCell>
                    <TableCell>{r.received}</TableCell>
                    <TableCell>{r.people}</TableCell>
                    <TableCell>{r.reached}</TableCell>
                    <TableCell>{r.acceptedHelp}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
