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
import '../../components/charts/charts.css';

/** Colours with at least 4.5:1 contrast on white; the PDF uses the same (pdf-charts.ts). */
const COLOURS = ['#154273', '#767676', '#8a4500', '#39870c', '#a90061'];

type Cell = { value: number | null };

export interface CountRow {
  name: string;
  /** One cell per series. */
  cells: Cell[];
  /** Shown as the last column when the figure has a total column. */
  total?: Cell;
  /** Rows such as 'all referrals' go in the table only, not in the drawing. */
  tableOnly?: boolean;
}

/**
 * Counts as an accessible figure: a bar chart (parts stacked) whose name holds every drawn value,
 * a sentence for the whole, and the same data as a table where a hidden cell says so. Rows with
 * a hidden part are left out of the drawing: a hidden count is not a 0.
 */
export function CountFigure({
  title,
  rowHeader,
  series,
  rows,
  summary,
  totalHeader,
  stacked = true,
}: {
  title: string;
  rowHeader: string;
  series: string[];
  rows: CountRow[];
  summary?: string;
  totalHeader?: string;
  /** false: the series are different things (households, children) and stand side by side. */
  stacked?: boolean;
}) {
  const drawn = rows.filter((r) => !r.tableOnly && r.cells.every((c) => c.value !== null));
  return (
    <div className="ww-chart">
      {drawn.length > 0 && (
        <CountChart title={title} series={series} drawn={drawn} stacked={stacked} />
      )}
      {summary && <Paragraph className="ww-chart__summary">{summary}</Paragraph>}
      <CountTable
        title={title}
        rowHeader={rowHeader}
        series={series}
        rows={rows}
        totalHeader={totalHeader}
      />
    </div>
  );
}

/** A count as text: the number in the user's language, or the word that says it is hidden. */
function useCellText() {
  const { t, i18n } = useTranslation();
  const hidden = t('rapportage.outcomes.hidden');
  return (c: Cell) =>
    c.value === null ? hidden : c.value.toLocaleString(i18n.language, { maximumFractionDigits: 0 });
}

/** The bar chart of the drawn rows; its accessible name reads out every value. */
function CountChart({
  title,
  series,
  drawn,
  stacked,
}: {
  title: string;
  series: string[];
  drawn: CountRow[];
  stacked: boolean;
}) {
  const { t } = useTranslation();
  const cell = useCellText();
  const label = t('rapportage.municipal.chartLabel', {
    title,
    values: drawn
      .map((r) =>
        t('rapportage.municipal.value', {
          name: r.name,
          value: r.cells.map((c, i) => `${series[i]} ${cell(c)}`).join(', '),
        }),
      )
      .join('; '),
  });
  return (
    <figure role="img" aria-label={label} className="ww-chart__figure">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={drawn.map((r) => ({
          name: r.name,
          ...Object.fromEntries(r.cells.map((c, i) => [`s${i}`, c.value])),
        }))}
        style={{
          width: '100%',
          maxWidth: 520,
          height: 60 + drawn.length * (stacked ? 40 : 24 * series.length + 16),
        }}
      >
        <CartesianGrid stroke="#b1b4b6" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#0b0c0c' }} />
        <YAxis type="category" dataKey="name" width={160} tick={{ fill: '#0b0c0c' }} />
        {series.map((name, i) => (
          <Bar
            key={name}
            dataKey={`s${i}`}
            name={name}
            stackId={stacked ? 'n' : undefined}
            fill={COLOURS[i % COLOURS.length]}
            isAnimationActive={false}
          />
        ))}
        {series.length > 1 && <Legend wrapperStyle={{ color: '#0b0c0c' }} />}
      </BarChart>
    </figure>
  );
}

/** Every row as a table, hidden counts included. */
function CountTable({
  title,
  rowHeader,
  series,
  rows,
  totalHeader,
}: {
  title: string;
  rowHeader: string;
  series: string[];
  rows: CountRow[];
  totalHeader: string | undefined;
}) {
  const cell = useCellText();
  return (
    <Table className="ww-chart__table">
      <TableCaption>{title}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
          {series.map((s) => (
            <TableHeaderCell scope="col" key={s}>
              {s}
            </TableHeaderCell>
          ))}
          {totalHeader && <TableHeaderCell scope="col">{totalHeader}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.name}>
            <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
            {r.cells.map((c, i) => (
              <TableCell key={series[i]}>{cell(c)}</TableCell>
            ))}
            {totalHeader && <TableCell>{r.total ? cell(r.total) : ''}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
