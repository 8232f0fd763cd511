import type { Content, ContentCanvas, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DeckCardView, DeckDetail } from '../../contract/cards';
import { sheetLayout, type GridSlot } from '../../domain/cards/print-layout';
import LABELS from './deck-pdf-labels.json';

// A deck as a printable A4 PDF: eight cards per sheet (2 × 4), a page of fronts followed by a page
// of backs with every row mirrored, dashed cut lines on both. The printed labels are in
// deck-pdf-labels.json (Dutch and English); the card type names match the web module kaarten.

type Language = 'nl' | 'en';

const PAGE = { width: 595.28, height: 841.89 };
/** 10 mm: most printers cannot print closer to the edge. */
const MARGIN = 28.35;
const COLUMNS = 2;
const ROWS = 4;
/** Room under the grid for the line that says which side this is and how to cut. */
const NOTE_HEIGHT = 16;
const CELL = {
  width: (PAGE.width - 2 * MARGIN) / COLUMNS,
  height: (PAGE.height - 2 * MARGIN - NOTE_HEIGHT) / ROWS,
};
const PADDING = 14;

/** Shorter texts print larger: a capital's name fills its card, a case stays readable. */
function fontSize(text: string): number {
  if (text.length <= 40) return 16;
  if (text.length <= 160) return 11;
  if (text.length <= 420) return 9;
  return 8;
}

function cutLines(): ContentCanvas {
  const lines: ContentCanvas['canvas'] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    lines.push({
      type: 'line',
      x1,
      y1,
      x2,
      y2,
      dash: { length: 4, space: 3 },
      lineWidth: 0.5,
      lineColor: '#767676',
    });
  for (let c = 0; c <= COLUMNS; c++) {
    const x = MARGIN + c * CELL.width;
    line(x, MARGIN - 8, x, MARGIN + ROWS * CELL.height + 8);
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = MARGIN + r * CELL.height;
    line(MARGIN - 8, y, PAGE.width - MARGIN + 8, y);
  }
  return { canvas: lines, absolutePosition: { x: 0, y: 0 } };
}

function placed(slot: GridSlot, stack: Content[]): Content {
  return {
    absolutePosition: {
      x: MARGIN + slot.column * CELL.width + PADDING,
      y: MARGIN + slot.row * CELL.height + PADDING,
    },
    table: {
      widths: [CELL.width - 2 * PADDING],
      body: [[{ stack, border: [false, false, false, false] }]],
    },
    layout: 'noBorders',
  };
}

function frontOf(
  card: DeckCardView,
  deck: DeckDetail,
  lang: Language,
  capitalNames: Record<string, string>,
): Content[] {
  const labels = LABELS[lang];
  const text = card.front[lang];
  return [
    { text: `${deck.title[lang]} · ${labels.type[card.type]}`, style: 'label' },
    { text, fontSize: fontSize(text), margin: [0, 6, 0, 6], bold: card.type === 'kapitaal' },
    ...(card.capitals.length
      ? [
          {
            text: `${labels.capitals}: ${card.capitals.map((c) => capitalNames[c] ?? c).join(', ')}`,
            style: 'label',
          },
        ]
      : []),
  ];
}

function backOf(card: DeckCardView, deck: DeckDetail, lang: Language): Content[] {
  const labels = LABELS[lang];
  if (!card.back) return [{ text: deck.title[lang], style: 'deckBack' }];
  const text = card.back[lang];
  return [
    { text: `${labels.type[card.type]} · ${labels.back}`, style: 'label' },
    { text, fontSize: fontSize(text), margin: [0, 6, 0, 4] },
    ...card.interventions.map((i): Content => ({
      text: `${labels.wegwijzer}: ${i.name}`,
      style: 'small',
    })),
    ...(card.sources.length
      ? [
          { text: labels.sources, style: 'label', margin: [0, 2, 0, 0] } as Content,
          ...card.sources.map((s): Content => ({
            text: `${s.document} (${s.section})`,
            style: 'small',
          })),
        ]
      : []),
  ];
}

export function deckDocument(
  deck: DeckDetail,
  lang: Language,
  capitalNames: Record<string, string>,
): TDocumentDefinitions {
  const labels = LABELS[lang];
  const version = labels.version.replace('{{version}}', String(deck.version));
  // Under the grid of each page: which deck, which side, and how to print and cut. (Not pdfmake's
  // footer: a function does not survive the copy renderPdf makes, and the margin must stay empty.)
  const pageNote = (side: string): Content => ({
    text: `${deck.title[lang]}, ${version} · ${side} · ${labels.cut}`,
    style: 'footer',
    absolutePosition: { x: MARGIN, y: MARGIN + ROWS * CELL.height + 6 },
  });
  const pages: Content[][] = [];
  for (const sheet of sheetLayout(deck.cards.length, COLUMNS, ROWS)) {
    pages.push([
      cutLines(),
      pageNote(labels.frontPages),
      ...sheet.fronts.map((s) => placed(s, frontOf(deck.cards[s.card]!, deck, lang, capitalNames))),
    ]);
    pages.push([
      cutLines(),
      pageNote(labels.backPages),
      ...sheet.backs.map((s) => placed(s, backOf(deck.cards[s.card]!, deck, lang))),
    ]);
  }
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: { title: `${deck.title[lang]} (${version})`, creator: 'Wegwijs' },
    language: lang === 'en' ? 'en-GB' : 'nl-NL',
    // Every page after the first starts on a new sheet side; the absolute blocks follow the break.
    content: pages.flatMap((page, i) => [
      { text: '', pageBreak: i > 0 ? 'before' : undefined },
      ...page,
    ]),
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      label: { fontSize: 7, color: '#555555' },
      small: { fontSize: 7 },
      deckBack: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 60, 0, 0] },
      footer: { fontSize: 6.5, color: '#555555' },
    },
  };
}
