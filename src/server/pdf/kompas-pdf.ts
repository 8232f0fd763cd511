import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { KompasCycle } from '../../contract/kompas';
import { message, type MessageValues } from '../../domain/message';
import { messages } from '../../content/message-files';
import { figureTable } from './pdf-charts';

// A Kwaliteitskompas cycle on paper: the six blocks in order, with the version and its date, so
// partners can bring it to the table. Words from the catalogue (rapportage.kompas).

type Language = 'nl' | 'en';

/** The words and small building blocks every part of the document uses. */
function pdfParts(lang: Language) {
  const t = (key: string, values?: MessageValues) =>
    messages.text(lang, message(`rapportage.kompas.${key}`, values));
  const hidden = t('hidden');
  const shown = (c: { value: number | null }) => (c.value === null ? hidden : String(c.value));
  const heading = (block: string): Content => ({ text: t(`blocks.${block}`), style: 'h2' });
  const para = (words: string): Content => ({
    text: words || t('empty'),
    margin: [0, 0, 0, 4],
    ...(words ? {} : { italics: true, color: '#555555' }),
  });
  const list = (items: string[]): Content =>
    items.length ? { ul: items, margin: [0, 0, 0, 4] } : para('');
  const labelled = (label: string, words: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, words || t('empty')],
    margin: [0, 0, 0, 3],
  });
  return { t, shown, heading, para, list, labelled };
}

type Parts = ReturnType<typeof pdfParts>;

/** Title, gemeente and period, and which version this is. */
function titleLines(cycle: KompasCycle, { t }: Parts): Content[] {
  const latest = cycle.versions[0];
  return [
    { text: `${t('title')}: ${cycle.title}`, style: 'h1' },
    {
      text: t('period', {
        gemeente: cycle.gemeenteName,
        from: cycle.periodFrom,
        to: cycle.periodTo,
      }),
    },
    {
      text: latest
        ? t('versionLine', {
            version: latest.version,
            date: latest.savedAt.slice(0, 10),
            by: latest.savedBy ?? 'none',
          })
        : t('version', { version: cycle.version }),
      margin: [0, 0, 0, 8],
    },
  ];
}

/** Block 1: the figures per wijk and poverty type, and the notes. */
function localPictureBlock(
  cycle: KompasCycle,
  { t, shown, heading, para, labelled }: Parts,
): Content[] {
  const b = cycle.blocks;
  const figures = b.localPicture.figures;
  return [
    heading('localPicture'),
    { text: t('figures'), bold: true, margin: [0, 0, 0, 2] },
    figures
      ? figureTable(
          [t('wijk'), ...figures.povertyTypes.map((p) => t(`povertyTypes.${p}`)), t('total')],
          [
            ...figures.rows.map((r) => [
              r.wijk ?? t('wijkUnknown'),
              ...r.cells.map(shown),
              shown(r.total),
            ]),
          ],
        )
      : para(t('figuresNone')),
    labelled(t('notes'), b.localPicture.notes),
  ];
}

/** Blocks 2 to 5: ambitions, results, approach and agreements. */
function planBlocks(cycle: KompasCycle, { t, heading, para, list }: Parts): Content[] {
  const b = cycle.blocks;
  return [
    heading('ambitions'),
    list(b.ambitions.map((a) => a.text)),
    heading('results'),
    b.results.length
      ? figureTable(
          [t('columns.result'), t('columns.indicator'), t('columns.term')],
          b.results.map((r) => [r.result, r.indicator, t(`terms.${r.term}`)]),
        )
      : para(''),
    heading('approach'),
    list(b.approach.map((a) => (a.partner ? `${a.activity} (${a.partner})` : a.activity))),
    heading('agreements'),
    list(b.agreements.map((a) => `${a.partners}: ${a.agreement}`)),
  ];
}

/** Block 6: what the partners found, and what to stop, add and expand. */
function reviewBlock(cycle: KompasCycle, { t, heading, labelled }: Parts): Content[] {
  const { review } = cycle.blocks;
  return [
    heading('review'),
    labelled(t('findings'), review.findings),
    labelled(t('stop'), review.stop),
    labelled(t('addWhat'), review.add),
    labelled(t('expand'), review.expand),
  ];
}

export function kompasDocument(cycle: KompasCycle, lang: Language): TDocumentDefinitions {
  const parts = pdfParts(lang);
  const { t } = parts;
  const content: Content[] = [
    ...titleLines(cycle, parts),
    ...localPictureBlock(cycle, parts),
    ...planBlocks(cycle, parts),
    ...reviewBlock(cycle, parts),
    { text: t('printed'), style: 'small' },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    info: { title: `${t('title')}: ${cycle.title} (v${cycle.version})`, creator: 'Wegwijs' },
    language: lang === 'en' ? 'en-GB' : 'nl-NL',
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 7.5, color: '#555555', margin: [0, 12, 0, 0] },
    },
  };
}
