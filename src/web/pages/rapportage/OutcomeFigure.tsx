import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
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
import type { OutcomeRowData, OutcomeTableData } from '../../../contract/reports';
import '../../components/charts/charts.css';

const COLOURS = { improved: '#154273', same: '#767676', worse: '#8a4500' } as const;
const DIRECTIONS = ['improved', 'same', 'worse'] as const;

/**
 * The outcome of one capital or aspect: a bar chart of better / same / worse per group (one image
 * whose name holds every value), a sentence about all households, and the same data as a table
 * with n and the middle half of the change. Hidden cells say so in the table.
 */
export function OutcomeFigure({
  title,
  table,
  groupName,
  chart,
}: {
  title: string;
  table: OutcomeTableData;
  groupName: (group: string | null) => string;
  chart: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const cell = (c: { value: number | null }) =>
    c.value === null ? t('rapportage.outcomes.hidden') : number(c.value);
  const rows = [
    ...table.groups.map((g) => ({ name: groupName(g.group), g })),
    { name: t('rapportage.outcomes.overall'), g: table.overall },
  ];
  const o = table.overall;
  const summary =
    o.distribution && o.n.value !== null
      ? t('rapportage.outcomes.summary', {
          n: o.n.value,
          improved: cell(o.improved),
          same: cell(o.same),
          worse: cell(o.worse),
          median: number(o.distribution.median),
          q1: number(o.distribution.q1),
          q3: number(o.distribution.q3),
        })
      : t('rapportage.outcomes.summaryHidden');
  // Only groups whose three counts are all shown are drawn: a hidden count is not a 0.
  const drawn = table.groups.filter((g) => DIRECTIONS.every((d) => g[d].value !== null));
  const chartLabel = t('rapportage.outcomes.chartLabel', {
    title,
    values: drawn
      .map((g) =>
        t('rapportage.outcomes.chartValue', {
          group: groupName(g.group),
          improved: cell(g.improved),
          same: cell(g.same),
          worse: cell(g.worse),
        }),
      )
      .join('; '),
  });
  return (
    <div className="ww-chart">
      {chart && drawn.length > 0 && (
        <figure role="img" aria-label={chartLabel} className="ww-chart__figure">
          <BarChart
            responsive
            accessibilityLayer={false}
            layout="vertical"
            data={drawn.map((g) => ({
              name: groupName(g.group),
              ...Object.fromEntries(DIRECTIONS.map((d) => [d, g[d].value])),
            }))}
            style={{ width: '100%', maxWidth: 520, height: 60 + drawn.length * 48 }}
          >
            <CartesianGrid stroke="#b1b4b6" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#0b0c0c' }} />
            <YAxis type="category" dataKey="name" width={140} tick={{ fill: '#0b0c0c' }} />
            {DIRECTIONS.map((d) => (
              <Bar
                key={d}
                dataKey={d}
                name={t(`rapportage.outcomes.${d}`)}
                stackId="n"
                fill={COLOURS[d]}
                isAnimationActive={false}
              />
            ))}
            <Legend wrapperStyle={{ color: '#0b0c0c' }} />
          </BarChart>
        </figure>
      )}
      <Paragraph className="ww-chart__summary">{summary}</Paragraph>
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
          {rows.map(({ name, g }: { name: string; g: OutcomeRowData }) => (
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
    </div>
  );
}
