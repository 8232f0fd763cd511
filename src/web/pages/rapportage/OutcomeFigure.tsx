import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { OutcomeTableData } from '../../../contract/reports';
import { OutcomeChart } from './OutcomeChart';
import { OutcomeTable } from './OutcomeTable';
import { DIRECTIONS, useOutcomeFormat } from './outcome-format';
import '../../components/charts/charts.css';

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
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const { number, cell } = format;
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
  const drawn = table.groups
    .filter((g) => DIRECTIONS.every((d) => g[d].value !== null))
    .map((g) => ({ name: groupName(g.group), g }));
  const chartLabel = t('rapportage.outcomes.chartLabel', {
    title,
    values: drawn
      .map(({ name, g }) =>
        t('rapportage.outcomes.chartValue', {
          group: name,
          improved: cell(g.improved),
          same: cell(g.same),
          worse: cell(g.worse),
        }),
      )
      .join('; '),
  });
  return (
    <div className="ww-chart">
      {chart && drawn.length > 0 && <OutcomeChart label={chartLabel} groups={drawn} />}
      <Paragraph className="ww-chart__summary">{summary}</Paragraph>
      <OutcomeTable title={title} rows={rows} format={format} />
    </div>
  );
}
