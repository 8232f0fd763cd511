import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces';

// Drawing blocks shared by report PDFs: a horizontal bar chart (stacked when a row has several
// parts) drawn as vector shapes, always followed by the same figures as a table, so the chart is
// never the only place a number stands. A row with a hidden part gets no bar but the word for it.

export interface ChartRow {
  label: string;
  /** One value per series; null = hidden. */
  values: (number | null)[];
}

const LABEL_WIDTH = 150;
const BAR_AREA = 280;
const BAR_HEIGHT = 10;

/** Colours with at least 4.5:1 contrast against white, told apart by order and legend too. */
export const SERIES_COLOURS = ['#154273', '#767676', '#8a4500', '#39870c', '#a90061'];
const colour = (s: number) => SERIES_COLOURS[s % SERIES_COLOURS.length]!;

/** One line per row: its name, the bar (its parts side by side) and the total or 'hidden'. */
export function barChart(
  rows: readonly ChartRow[],
  series: readonly string[],
  hidden: string,
): Content {
  const shown = rows.map((r) =>
    r.values.every((v) => v !== null) ? (r.values as number[]) : null,
  );
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...shown.map((v) => (v ? sum(v) : 0)));
  const scale = BAR_AREA / max;
  const bar = (values: number[] | null): TableCell => {
    const shapes: ContentCanvas['canvas'] = [];
    let x = 0;
    values?.forEach((v, s) => {
      if (v > 0)
        shapes.push({ type: 'rect', x, y: 1, w: v * scale, h: BAR_HEIGHT, color: colour(s) });
      x += v * scale;
    });
    // An empty canvas still takes the row's height.
    if (!shapes.length)
      shapes.push({ type: 'line', x1: 0, y1: 1, x2: 0, y2: 1 + BAR_HEIGHT, lineWidth: 0.5 });
    return { canvas: shapes };
  };
  const body: TableCell[][] = rows.map((r, i) => [
    { text: r.label, fontSize: 8 },
    bar(shown[i]!),
    { text: shown[i] ? String(sum(shown[i]!)) : hidden, fontSize: 8 },
  ]);
  const legend: Content[] =
    series.length > 1
      ? [
          {
            text: series.flatMap((name, s) => [
              { text: '■ ', color: colour(s) },
              { text: `${name}   ` },
            ]),
            fontSize: 8,
            margin: [LABEL_WIDTH, 2, 0, 0],
          },
        ]
      : [];
  return {
    stack: [
      {
        table: { widths: [LABEL_WIDTH - 8, BAR_AREA, 'auto'], body },
        layout: 'noBorders',
      },
      ...legend,
    ],
    margin: [0, 4, 0, 6],
    unbreakable: true,
  };
}

/** A table with a header row; header cells bold, a hidden value already worded by the caller. */
export function figureTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
): Content {
  const head: TableCell[] = header.map((h) => ({ text: h, bold: true }));
  return {
    table: {
      headerRows: 1,
      widths: header.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [head, ...body.map((r) => r.map((c): TableCell => ({ text: c })))],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8.5,
    margin: [0, 2, 0, 10],
  };
}
