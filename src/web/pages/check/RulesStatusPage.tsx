import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { z } from 'zod';
import { rulesStatusSchema } from '../../../contract/benefits';
import { getJson } from '../../api/client';
import { AdminNav } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';

// Beheer: which amounts of the voorzieningencheck are out of date today, and which values nobody
// has checked against the law yet (issue 17). Read-only: values are changed in rules/ by developers.

type RulesStatus = z.infer<typeof rulesStatusSchema>;

export function RulesStatusPage() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['rules-status'],
    queryFn: () => getJson('/api/v1/benefits/rules/status', rulesStatusSchema),
  });
  return (
    <>
      <PageTitle title={t('check.rules.title')} />
      <AdminNav />
      <Heading level={1}>{t('check.rules.title')}</Heading>
      <Paragraph>{t('check.rules.intro')}</Paragraph>
      <QueryState query={status}>
        {(data) => (
          <>
            <Heading level={2}>{t('check.rules.staleHeading')}</Heading>
            {data.stale.length === 0 ? (
              <Paragraph>{t('check.rules.noneStale', { date: data.today })}</Paragraph>
            ) : (
              <StaleTable data={data} />
            )}
            <Heading level={2}>{t('check.rules.unverifiedHeading')}</Heading>
            <Paragraph>{t('check.rules.unverifiedIntro')}</Paragraph>
            <UnverifiedTable unverified={data.unverified} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The amounts whose validity has run out on the day of the status, with a warning above. */
function StaleTable({ data }: { data: RulesStatus }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      <Alert type="warning">
        <Paragraph>
          {t('check.rules.someStale', { count: data.stale.length, date: data.today })}
        </Paragraph>
      </Alert>
      <Table>
        <TableCaption>{t('check.rules.staleCaption', { date: data.today })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('check.rules.parameter')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('check.rules.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('check.rules.file')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.stale.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                <code>{p.id}</code>
                <br />
                {lang === 'en' ? p.descriptionEn : p.description}
              </TableCell>
              <TableCell>{p.message[lang]}</TableCell>
              <TableCell>
                <code>{p.source}</code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The values nobody has checked against the law yet, with the reason. */
function UnverifiedTable({ unverified }: { unverified: RulesStatus['unverified'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <Table>
      <TableCaption>
        {t('check.rules.unverifiedCaption', { count: unverified.length })}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('check.rules.parameter')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('check.rules.validFrom')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('check.rules.reason')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {unverified.map((v) => (
          <TableRow key={`${v.id}@${v.validFrom}`}>
            <TableCell>
              <code>{v.id}</code>
            </TableCell>
            <TableCell>{v.validFrom}</TableCell>
            <TableCell>{lang === 'en' ? v.reasonEn : v.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
