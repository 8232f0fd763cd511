import { useTranslation } from 'react-i18next';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { OutcomeRowData } from '../../../contract/reports';
import { DIRECTIONS, type OutcomeFormat } from './outcome-format';

/** The outcome figures as a table: n, better / same / worse, and the middle half of the change. */
export function OutcomeTable({
  title,
  rows,
  format: { number, cell },
}: {
  title: string;
  rows: { name: string; g: OutcomeRowData }[];
  format: OutcomeFormat;
}) {
  const { t } = useTranslation();
  return (
    <Table className="ww-chart__table">
      <TableCaption>{title}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('rapportage.outcomes.group')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('rapportage.outcomes.n')}</TableHeaderCell>
          {DIRECTIONS.map((d) => (
            <TableHeaderCell scope="col" key={d}>
              {t(`rapportage.outcomes.${d}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col">{t('rapportage.outcomes.median')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('rapportage.outcomes.quartiles')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ name, g }) => (
          <TableRow key={name}>
            <TableHeaderCell scope="row">{name}</TableHeaderCell>
            <TableCell>{cell(g.n)}</TableCell>
            {DIRECTIONS.map((d) => (
              <TableCell key={d}>{cell(g[d])}</TableCell>
            ))}
            <TableCell>
              {g.distribution ? number(g.distribution.median) : t('rapportage.outcomes.hidden')}
            </TableCell>
            <TableCell>
              {g.distribution
                ? `${number(g.distribution.q1)} – ${number(g.distribution.q3)}`
                : t('rapportage.outcomes.hidden')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
