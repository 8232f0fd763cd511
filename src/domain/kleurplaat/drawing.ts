// The praatkleurplaat (issue 13): one drawing, kept as data so the web draws it as accessible SVG
// and the server prints the same lines as a PDF colouring page. A child fills regions with a
// colour; what is saved is only which region got which colour, never free-hand marks or markup.

/** The life areas the guiding questions are about; each region belongs to one. */
export const LIFE_AREAS = ['gevoel', 'thuis', 'eten', 'kleren', 'blij', 'samenwonen'] as const;
export type LifeArea = (typeof LIFE_AREAS)[number];

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'path'; d: string };

/** A part of the drawing a child can colour. Its accessible name is `kleurplaat.region.<id>`. */
export interface Region {
  readonly id: string;
  readonly area: LifeArea | 'omgeving';
  readonly shape: Shape;
}

/** Lines drawn on top that are not coloured themselves: eyes, mouths, window bars. */
export interface Detail {
  readonly shape: Shape;
  /** Solid details (pupils) are filled with the line colour. */
  readonly solid?: boolean;
}

export const VIEWBOX = { width: 800, height: 600 } as const;
export const LINE_COLOUR = '#1a1a1a';
export const BLANK = '#ffffff';

const person = (id: string, x: number, size: number): Region[] => {
  const top = 560 - size;
  const head = size * 0.16;
  const bodyTop = top + head * 2;
  const legsTop = bodyTop + size * 0.38;
  const w = size * 0.3;
  return [
    {
      id: `${id}-hoofd`,
      area: 'samenwonen',
      shape: { kind: 'circle', cx: x, cy: top + head, r: head },
    },
    {
      id: `${id}-shirt`,
      area: 'kleren',
      shape: {
        kind: 'path',
        d: `M${x - w / 2} ${bodyTop} L${x + w / 2} ${bodyTop} L${x + w / 2 + 10} ${legsTop} L${x - w / 2 - 10} ${legsTop} Z`,
      },
    },
    {
      id: `${id}-broek`,
      area: 'kleren',
      shape: {
        kind: 'path',
        d: `M${x - w / 2} ${legsTop} L${x + w / 2} ${legsTop} L${x + w / 2} 560 L${x + 4} 560 L${x} ${legsTop + 18} L${x - 4} 560 L${x - w / 2} 560 Z`,
      },
    },
  ];
};

const smileyFace = (id: string, cx: number): Region => ({
  id,
  area: 'gevoel',
  shape: { kind: 'circle', cx, cy: 70, r: 40 },
});

/** In painting order: what comes later lies on top (and comes later with the Tab key). */
export const REGIONS: readonly Region[] = [
  {
    id: 'lucht',
    area: 'omgeving',
    shape: { kind: 'rect', x: 10, y: 130, width: 780, height: 330 },
  },
  { id: 'gras', area: 'omgeving', shape: { kind: 'rect', x: 10, y: 460, width: 780, height: 130 } },
  { id: 'zon', area: 'omgeving', shape: { kind: 'circle', cx: 740, cy: 180, r: 35 } },
  smileyFace('smiley-blij', 300),
  smileyFace('smiley-neutraal', 400),
  smileyFace('smiley-verdrietig', 500),
  {
    id: 'schoorsteen',
    area: 'thuis',
    shape: { kind: 'rect', x: 250, y: 190, width: 30, height: 80 },
  },
  { id: 'dak', area: 'thuis', shape: { kind: 'path', d: 'M80 300 L200 180 L320 300 Z' } },
  { id: 'muur', area: 'thuis', shape: { kind: 'rect', x: 100, y: 300, width: 200, height: 180 } },
  { id: 'raam', area: 'thuis', shape: { kind: 'rect', x: 125, y: 330, width: 55, height: 50 } },
  { id: 'deur', area: 'thuis', shape: { kind: 'rect', x: 215, y: 390, width: 55, height: 90 } },
  { id: 'tafel', area: 'eten', shape: { kind: 'rect', x: 330, y: 440, width: 150, height: 20 } },
  { id: 'bord', area: 'eten', shape: { kind: 'path', d: 'M350 440 Q375 410 400 440 Z' } },
  { id: 'appel', area: 'eten', shape: { kind: 'circle', cx: 440, cy: 425, r: 15 } },
  {
    id: 'hart',
    area: 'blij',
    shape: { kind: 'path', d: 'M600 300 C520 240 550 180 600 220 C650 180 680 240 600 300 Z' },
  },
  ...person('volwassene', 530, 230),
  ...person('kind', 610, 150),
  ...person('nog-iemand', 700, 200),
];

const eyes = (cx: number): Detail[] => [
  { shape: { kind: 'circle', cx: cx - 14, cy: 58, r: 5 }, solid: true },
  { shape: { kind: 'circle', cx: cx + 14, cy: 58, r: 5 }, solid: true },
];

export const DETAILS: readonly Detail[] = [
  ...eyes(300),
  { shape: { kind: 'path', d: 'M280 82 Q300 102 320 82' } },
  ...eyes(400),
  { shape: { kind: 'path', d: 'M380 88 L420 88' } },
  ...eyes(500),
  { shape: { kind: 'path', d: 'M480 94 Q500 74 520 94' } },
  { shape: { kind: 'path', d: 'M152 330 L152 380 M125 355 L180 355' } },
  { shape: { kind: 'circle', cx: 260, cy: 437, r: 4 }, solid: true },
  { shape: { kind: 'path', d: 'M440 410 L444 400' } },
];

/** The colours a child chooses from; `wit` makes a region blank again. Names: `kleurplaat.colour.<id>`. */
export const PALETTE = [
  { id: 'rood', hex: '#d7263d' },
  { id: 'oranje', hex: '#f28c28' },
  { id: 'geel', hex: '#ffd400' },
  { id: 'groen', hex: '#2e9e44' },
  { id: 'lichtblauw', hex: '#7cc6fe' },
  { id: 'blauw', hex: '#1f4fbf' },
  { id: 'paars', hex: '#7b3fa0' },
  { id: 'roze', hex: '#f49ac1' },
  { id: 'bruin', hex: '#8b5a2b' },
  { id: 'grijs', hex: '#8c8c8c' },
  { id: 'zwart', hex: '#1a1a1a' },
  { id: 'wit', hex: BLANK },
] as const;
export type ColourId = (typeof PALETTE)[number]['id'];

/** Region id → colour id. A region not named is blank. */
export type Fills = Readonly<Record<string, string>>;

const regionIds = new Set(REGIONS.map((r) => r.id));
const colourHex = new Map<string, string>(PALETTE.map((c) => [c.id, c.hex]));

export const isRegion = (id: string) => regionIds.has(id);
export const isColour = (id: string) => colourHex.has(id);
export const hexOf = (colourId: string | undefined) =>
  (colourId && colourHex.get(colourId)) || BLANK;

export type DrawingProblem = { field: string; key: string };

/** Every fill that names an unknown region or colour, as a field-named problem. */
export function drawingProblems(fills: Fills): DrawingProblem[] {
  return Object.entries(fills).flatMap(([region, colour]) => {
    if (!isRegion(region))
      return [{ field: `fills.${region}`, key: 'kleurplaat.problem.unknownRegion' }];
    if (!isColour(colour))
      return [{ field: `fills.${region}`, key: 'kleurplaat.problem.unknownColour' }];
    return [];
  });
}

/** The fills without blank regions: a region coloured white again is simply not coloured. */
export const withoutBlanks = (fills: Fills): Record<string, string> =>
  Object.fromEntries(Object.entries(fills).filter(([, colour]) => colour !== 'wit'));
