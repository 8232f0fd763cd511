// Data for an accessible radar chart: the rows Recharts draws, and the same values as text for the
// figure's label. A value that is not known is drawn at the centre (0) but read out as unknown.

export type RadarAxis = { key: string; label: string };

export type RadarSeries = {
  id: string;
  label: string;
  values: Readonly<Record<string, number | null>>;
  /** The main series is filled; a comparison series is a dashed line. */
  emphasis: 'main' | 'comparison';
};

export type RadarRow = { axis: string } & Record<string, number | string>;

/** One row per axis, with a number per series (unknown → 0). */
export function radarRows(axes: readonly RadarAxis[], series: readonly RadarSeries[]): RadarRow[] {
  return axes.map((axis) => {
    const row: RadarRow = { axis: axis.label };
    for (const s of series) row[s.id] = s.values[axis.key] ?? 0;
    return row;
  });
}

/**
 * The figure's accessible name: the title, then per series every axis with its value, e.g.
 * 'Kapitaalprofiel. Nu: Geld en werk 2, Mensen om je heen 4.'
 */
export function radarLabel(
  title: string,
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
  format: (value: number | null) => string,
): string {
  const parts = series.map(
    (s) =>
      `${s.label}: ${axes.map((a) => `${a.label} ${format(s.values[a.key] ?? null)}`).join(', ')}.`,
  );
  return [`${title}.`, ...parts].join(' ');
}
