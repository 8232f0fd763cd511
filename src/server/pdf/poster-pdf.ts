import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Poster } from '../../domain/catalogue/poster';

export type PosterLabels = {
  title: string;
  subtitle: string;
  capitalNames: Record<string, string>;
  contact: string;
  specialists: string;
  footer: string;
};

const CAPITAL_COLOURS: Record<string, string> = {
  economisch: '#1b5e20',
  sociaal: '#0d47a1',
  cultureel: '#6a1b9a',
  pedagogisch: '#bf360c',
  mentaal: '#00695c',
};

/** One capital's block: its coloured heading, then each offer with where and whom to call. */
function capitalBlock(group: Poster['groups'][number], labels: PosterLabels): Content {
  return {
    unbreakable: false,
    stack: [
      {
        text: labels.capitalNames[group.capital] ?? group.capital,
        style: 'capital',
        color: '#ffffff',
        fillColor: CAPITAL_COLOURS[group.capital],
        background: CAPITAL_COLOURS[group.capital],
        margin: [0, 8, 0, 4],
      },
      ...group.entries.map((entry): Content => ({
        margin: [0, 0, 0, 6],
        stack: [
          { text: entry.name, style: 'item' },
          { text: entry.summary, style: 'summary' },
          ...entry.places.map((p): Content => ({
            text: [
              p.wijk ? `${p.wijk} (${p.gemeenten.join(', ')}) ` : `${p.gemeenten.join(', ')} `,
              p.contact
                ? `· ${labels.contact}: ${[p.contact.name, p.contact.function, p.contact.phone, p.contact.email].filter(Boolean).join(', ')}`
                : '',
            ],
            style: 'place',
          })),
        ],
      })),
    ],
  };
}

/** The specialists' block on a dark heading. */
function specialistsBlock(specialists: Poster['specialists'], labels: PosterLabels): Content {
  return {
    stack: [
      {
        text: labels.specialists,
        style: 'capital',
        color: '#ffffff',
        background: '#333333',
        margin: [0, 8, 0, 4],
      },
      ...specialists.map((s): Content => ({
        text: [
          { text: s.name, bold: true },
          ` — ${s.function}${s.phone ? `, ${s.phone}` : ''}${s.email ? `, ${s.email}` : ''}`,
        ],
        style: 'place',
        margin: [0, 0, 0, 3],
      })),
    ],
  };
}

/** The poster as a pdfmake document: one column per capital on A3, two columns on A4. */
export function posterDocument(
  poster: Poster,
  labels: PosterLabels,
  size: 'A4' | 'A3',
): TDocumentDefinitions {
  const columns = size === 'A3' ? 3 : 2;
  const blocks: Content[] = poster.groups.map((group) => capitalBlock(group, labels));
  if (poster.specialists.length) blocks.push(specialistsBlock(poster.specialists, labels));
  // Spread the blocks over the columns, keeping each capital whole.
  const cols: Content[][] = Array.from({ length: columns }, () => []);
  blocks.forEach((b, i) => cols[i % columns]!.push(b));
  return {
    pageSize: size,
    pageMargins: [32, 40, 32, 40],
    info: {
      title: labels.title,
      author: poster.organisation.name,
      subject: labels.subtitle,
      creator: 'Wegwijs',
    },
    language: 'nl-NL',
    content: [
      { text: labels.title, style: 'title' },
      { text: labels.subtitle, style: 'subtitle' },
      { columns: cols.map((c) => ({ width: '*', stack: c })), columnGap: 16 },
    ],
    footer: {
      text: labels.footer,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 10, 0, 0],
    },
    defaultStyle: { font: 'Roboto', fontSize: size === 'A3' ? 10 : 9 },
    styles: {
      title: { fontSize: size === 'A3' ? 28 : 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: size === 'A3' ? 14 : 11, color: '#333333', margin: [0, 0, 0, 12] },
      capital: { fontSize: size === 'A3' ? 15 : 12, bold: true },
      item: { bold: true },
      summary: { color: '#222222' },
      place: { color: '#333333', fontSize: size === 'A3' ? 9 : 8 },
    },
  };
}
