import { describe, expect, it } from 'vitest';
import { radarLabel, radarRows, type RadarAxis, type RadarSeries } from './radar-data';

const axes: RadarAxis[] = [
  { key: 'economisch', label: 'Economisch kapitaal' },
  { key: 'sociaal', label: 'Sociaal kapitaal' },
];
const series: RadarSeries[] = [
  { id: 'now', label: 'Nu', values: { economisch: 2.5, sociaal: null }, emphasis: 'main' },
  { id: 'before', label: 'Vorige scan', values: { economisch: 2 }, emphasis: 'comparison' },
];

describe('radar chart data', () => {
  it('gives one row per axis with a value per series, unknown values at the centre', () => {
    expect(radarRows(axes, series)).toEqual([
      { axis: 'Economisch kapitaal', now: 2.5, before: 2 },
      { axis: 'Sociaal kapitaal', now: 0, before: 0 },
    ]);
  });

  it('reads every value out in the label, unknown ones as unknown', () => {
    const format = (v: number | null) => (v === null ? 'onbekend' : String(v).replace('.', ','));
    expect(radarLabel('Kapitaalprofiel', axes, series, format)).toBe(
      'Kapitaalprofiel. Nu: Economisch kapitaal 2,5, Sociaal kapitaal onbekend. ' +
        'Vorige scan: Economisch kapitaal 2, Sociaal kapitaal onbekend.',
    );
  });
});
