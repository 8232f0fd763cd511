import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
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
import { radarLabel, radarRows, type RadarAxis, type RadarSeries } from './radar-data';
import './charts.css';

const COLOURS = { main: '#154273', comparison: '#8a4500' } as const;

type Format = (value: number | null) => string;

/**
 * A radar chart that everyone can read: the drawing is one image with all values in its name,
 * followed by a text summary and the same values as a table.
 */
export function RadarFigure({
  title,
  axes,
  series,
  max,
  summary,
  format,
  axisHeader,
}: {
  title: string;
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
  summary: string;
  format: Format;
  /** Header of the table's first column ('Kapitaal'). */
  axisHeader: string;
}) {
  return (
    <div className="ww-chart">
      <figure
        role="img"
        aria-label={radarLabel(title, axes, series, format)}
        className="ww-chart__figure"
      >
        <RadarDrawing axes={axes} series={series} max={max} />
      </figure>
      <Paragraph className="ww-chart__summary">{summary}</Paragraph>
      <RadarTable
        title={title}
        axes={axes}
        series={series}
        format={format}
        axisHeader={axisHeader}
      />
    </div>
  );
}

/** The drawing itself; its meaning is in the figure's name, so it hides nothing extra. */
function RadarDrawing({
  axes,
  series,
  max,
}: {
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
}) {
  return (
    <RadarChart
      responsive
      accessibilityLayer={false}
      data={radarRows(axes, series)}
      outerRadius="68%"
      style={{ width: '100%', maxWidth: 520, aspectRatio: 1.15 }}
    >
      <PolarGrid stroke="#767676" />
      <PolarAngleAxis dataKey="axis" tick={{ fill: '#0b0c0c', fontSize: 14 }} />
      <PolarRadiusAxis
        domain={[0, max]}
        tickCount={max + 1}
        angle={90}
        tick={{ fill: '#0b0c0c', fontSize: 12 }}
      />
      {series.map((s) => (
        <Radar
          key={s.id}
          name={s.label}
          dataKey={s.id}
          stroke={COLOURS[s.emphasis]}
          strokeWidth={s.emphasis === 'main' ? 3 : 2}
          strokeDasharray={s.emphasis === 'main' ? undefined : '6 4'}
          fill={COLOURS[s.emphasis]}
          fillOpacity={s.emphasis === 'main' ? 0.3 : 0}
          isAnimationActive={false}
        />
      ))}
      {series.length > 1 && <Legend wrapperStyle={{ color: '#0b0c0c' }} />}
    </RadarChart>
  );
}

/** The same values as a table: one row per axis, one column per series. */
function RadarTable({
  title,
  axes,
  series,
  format,
  axisHeader,
}: {
  title: string;
  axes: RadarAxis[];
  series: RadarSeries[];
  format: Format;
  axisHeader: string;
}) {
  return (
    <Table className="ww-chart__table">
      <TableCaption>{title}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{axisHeader}</TableHeaderCell>
          {series.map((s) => (
            <TableHeaderCell scope="col" key={s.id}>
              {s.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {axes.map((a) => (
          <TableRow key={a.key}>
            <TableHeaderCell scope="row">{a.label}</TableHeaderCell>
            {series.map((s) => (
              <TableCell key={s.id}>{format(s.values[a.key] ?? null)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export default RadarFigure;
