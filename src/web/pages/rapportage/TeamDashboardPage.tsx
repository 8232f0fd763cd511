import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
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
import { teamDashboardSchema, type DashboardFigure } from '../../../contract/reports';
import { getJson } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../wegwijzer/format';
import { listPageOf } from './list-filters';
import { TeamLearningTotals } from '../leren/TeamLearningTotals';

/** One figure: its number links to the list of households behind it. */
function FigureLink({ figure }: { figure: DashboardFigure }) {
  const { t } = useTranslation();
  return (
    <RouterLink to={listPageOf(figure.filter)}>
      {t('rapportage.team.countLink', { count: figure.count })}
    </RouterLink>
  );
}

function FigureTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string;
  rows: { key: string; label: string; figure: DashboardFigure }[];
}) {
  const { t } = useTranslation();
  return (
    <Table className="ww-report-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{header}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('rapportage.team.count')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
            <TableCell>
              <FigureLink figure={r.figure} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The teamleider's overview of the team's open households. */
export function TeamDashboardPage() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['reports', 'team'],
    queryFn: () => getJson('/api/v1/reports/team', teamDashboardSchema),
  });
  const figure = t('rapportage.team.figure');
  return (
    <>
      <PageTitle title={t('rapportage.team.title')} />
      <Heading level={1}>{t('rapportage.team.title')}</Heading>
      <QueryState query={query}>
        {(d) => (
          <>
            <Paragraph lead>
              {t('rapportage.team.intro', { date: formatDate(d.peildatum, i18n.language) })}
            </Paragraph>
            <Paragraph>
              {t('rapportage.team.open')}: <FigureLink figure={d.openHouseholds} />
            </Paragraph>
            <FigureTable
              caption={t('rapportage.team.caseload')}
              header={t('rapportage.team.colleague')}
              rows={d.caseload.map((c) => ({
                key: c.professional.id,
                label: c.professional.name,
                figure: c,
              }))}
            />
            <FigureTable
              caption={t('rapportage.team.reviews')}
              header={figure}
              rows={[
                { key: 'overdue', label: t('rapportage.team.overdue'), figure: d.review.overdue },
                { key: 'due', label: t('rapportage.team.due'), figure: d.review.due },
              ]}
            />
            <FigureTable
              caption={t('rapportage.team.plans')}
              header={figure}
              rows={[
                { key: 'none', label: t('rapportage.team.planNone'), figure: d.plan.none },
                { key: 'running', label: t('rapportage.team.planRunning'), figure: d.plan.running },
                { key: 'done', label: t('rapportage.team.planDone'), figure: d.plan.done },
                {
                  key: 'waiting',
                  label: t('rapportage.team.referralsWaiting'),
                  figure: d.referralsWaiting,
                },
              ]}
            />
            <FigureTable
              caption={t('rapportage.team.consent')}
              header={figure}
              rows={[
                {
                  key: 'expiring',
                  label: t('rapportage.team.consentExpiring'),
                  figure: d.consent.expiring,
                },
                {
                  key: 'expired',
                  label: t('rapportage.team.consentExpired'),
                  figure: d.consent.expired,
                },
              ]}
            />
          </>
        )}
      </QueryState>
      <TeamLearningTotals />
    </>
  );
}
