import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { OutcomeRowData } from '../../../contract/reports';
import { DIRECTIONS } from './outcome-format';

const COLOURS = { improved: '#154273', same: '#767676', worse: '#8a4500' } as const;

/** Stacked bars of better / same / worse per group; one image whose name holds every value. */
export function OutcomeChart({
  label,
  groups,
}: {
  label: string;
  groups: { name: string; g: OutcomeRowData }[];
}) {
  const { t } = useTranslation();
  return (
    <figure role="img" aria-label={label} className="ww-chart__figure">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={groups.map(({ name, g }) => ({
          name,
          ...Object.fromEntries(DIRECTIONS.map((d) => [d, g[d].value])),
        }))}
        style={{ width: '100%', maxWidth: 520, height: 60 + groups.length * 48 }}
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
  );
}
