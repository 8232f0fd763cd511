import {
  BLANK,
  DETAILS,
  LINE_COLOUR,
  REGIONS,
  VIEWBOX,
  hexOf,
  type Fills,
  type Shape,
} from './drawing';

// The drawing as SVG markup, for the printed colouring page (and a kept drawing in a PDF). The
// web draws the same shapes as React elements so each region can take focus and a name.

const LINE_WIDTH = 3;

function element(shape: Shape, fill: string, stroke: string): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${LINE_WIDTH}" stroke-linejoin="round"`;
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" ${paint}/>`;
    case 'circle':
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" ${paint}/>`;
    case 'path':
      return `<path d="${shape.d}" ${paint}/>`;
  }
}

/** The whole drawing; regions not in `fills` stay blank, ready to colour on paper. */
export function drawingMarkup(fills: Fills = {}): string {
  const regions = REGIONS.map((r) => element(r.shape, hexOf(fills[r.id]), LINE_COLOUR));
  const details = DETAILS.map((d) => element(d.shape, d.solid ? LINE_COLOUR : 'none', LINE_COLOUR));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEWBOX.width} ${VIEWBOX.height}" width="${VIEWBOX.width}" height="${VIEWBOX.height}">`,
    `<rect x="0" y="0" width="${VIEWBOX.width}" height="${VIEWBOX.height}" fill="${BLANK}"/>`,
    ...regions,
    ...details,
    '</svg>',
  ].join('');
}
