import { useTranslation } from 'react-i18next';
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
import { useTeamLearningTotals } from '../../api/learning';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';

/** For the teamleider: per team and module how many members completed it; never who. */
export function TeamLearningTotals() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const totals = useTeamLearningTotals();
  return (
    <section aria-labelledby="team-learning">
      <Heading level={2} id="team-learning">
        {t('leren.team.title')}
      </Heading>
      <Paragraph>{t('leren.team.intro')}</Paragraph>
      <QueryState query={totals}>
        {(data) =>
          data.teams.length === 0 ? (
            <Paragraph>{t('leren.team.none')}</Paragraph>
          ) : (
            data.teams.map((team) => (
              <Table key={team.teamId} className="ww-report-table">
                <TableCaption>
                  {t('leren.team.caption', { team: team.teamName, members: team.members })}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('leren.team.module')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('leren.team.completed')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {team.modules.map((m) => (
                    <TableRow key={m.moduleId}>
                      <TableHeaderCell scope="row">{m.title[lang]}</TableHeaderCell>
                      <TableCell>
                        {t('leren.team.count', { completed: m.completed, members: team.members })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ))
          )
        }
      </QueryState>
    </section>
  );
}
