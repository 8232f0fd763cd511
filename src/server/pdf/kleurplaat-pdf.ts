import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DeckDetail } from '../../contract/cards';
import { messages } from '../../content/message-files';
import { drawingMarkup } from '../../domain/kleurplaat/svg';
import { message } from '../../domain/message';

// The praatkleurplaat as a real A4 colouring page: a line for the child's name, the blank drawing
// (landscape) and on a second page the guiding questions per life area for the adult.

type Language = 'nl' | 'en';
const say = (lang: Language, key: string) => messages.text(lang, message(`kleurplaat.${key}`));

function questionsPage(deck: DeckDetail, lang: Language): Content[] {
  return deck.categories.flatMap((category): Content[] => [
    { text: category.title[lang], style: 'area' },
    {
      ul: deck.cards.filter((c) => c.category === category.id).map((c) => c.front[lang]),
      margin: [0, 0, 0, 8],
    },
  ]);
}

export function kleurplaatDocument(deck: DeckDetail, lang: Language): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 36],
    info: { title: say(lang, 'title'), creator: 'Wegwijs' },
    content: [
      {
        columns: [
          { text: say(lang, 'title'), style: 'title' },
          { text: `${say(lang, 'pdfText.name')} ____________________`, alignment: 'right' },
        ],
      },
      { svg: drawingMarkup(), fit: [760, 450], alignment: 'center', margin: [0, 8, 0, 4] },
      { text: say(lang, 'pdfText.footer'), style: 'small', alignment: 'center' },
      { text: say(lang, 'questions'), style: 'title', pageBreak: 'before' },
      { text: deck.intro[lang], margin: [0, 4, 0, 10] },
      ...questionsPage(deck, lang),
    ],
    styles: {
      title: { fontSize: 18, bold: true },
      area: { fontSize: 12, bold: true, margin: [0, 4, 0, 2] },
      small: { fontSize: 9, color: '#444444' },
    },
    defaultStyle: { fontSize: 11 },
  };
}
