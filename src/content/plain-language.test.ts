import { describe, expect, it } from 'vitest';
import { contentTexts } from './own-words-files';
import { longSentences, MAX_SENTENCE_WORDS, sentences, wordCount } from './plain-language';

// Household-facing text is written at B1 (docs/content-review.md): no sentence above 20 words.
// Household-facing fields are the ones a resident reads or hears:
// - a catalogue item's `summary` and `description` (the wegwijzer, the plan and its print view);
// - a capital's `in_short` and its `signals` (questions asked in the conversation);
// - every Dutch text of the kapitaalscan that has an English twin (`intro`, `title`, `question`,
//   `description`, `label`, `explanation`, `why`; content/scan says these are the texts the
//   household sees).
// - every text on a card of a deck in content/cards (front, back, the deck's intro and titles):
//   cards are read aloud or shown on a tablet during a home visit.
// - every text of a life-event checklist in content/life-events (intro, steps, scheme changes):
//   it is gone through with the household and printed for them.
// - every text of a signal checklist in content/signal-checklists: its conversation lines are said
//   to parents and young people, and the whole list is printed for teachers and volunteers.
// Professional fields (working elements, evidence notes, capital definitions) are not checked here;
// they were shortened in the same pass but may name studies and titles at length.
const HOUSEHOLD_FIELDS: { file: RegExp; field: RegExp }[] = [
  { file: /^interventions\//, field: /^(summary|description)$/ },
  { file: /^capitals\.yaml$/, field: /^capitals\.\d+\.(in_short|signals\.\d+\.text)$/ },
  {
    file: /^scan\//,
    field: /(^|\.)(intro|title|question|description|label|explanation|why)$/,
  },
  { file: /^cards\//, field: /(^|\.)(nl|en)$/ },
  { file: /^life-events\//, field: /(^|\.)(nl|en)$/ },
  { file: /^signal-checklists\//, field: /(^|\.)(nl|en)$/ },
];

describe('sentences', () => {
  it('splits after a full stop, question or exclamation mark before a capital', () => {
    expect(sentences('Het gaat goed. Of niet? Ja! 18 jaar, e.a. samen')).toEqual([
      'Het gaat goed.',
      'Of niet?',
      'Ja!',
      '18 jaar, e.a. samen',
    ]);
  });

  it('counts words, not dashes or symbols', () => {
    expect(wordCount('Budget – en geld & werk (18-/18+)')).toBe(5);
  });
});

describe('household-facing content', () => {
  it(`has no sentence longer than ${MAX_SENTENCE_WORDS} words`, async () => {
    const texts = (await contentTexts()).filter((t) =>
      HOUSEHOLD_FIELDS.some((h) => h.file.test(t.file) && h.field.test(t.field)),
    );
    // The selection must reach every kind of field, or the check would pass on nothing.
    expect(texts.filter((t) => t.field === 'summary').length).toBeGreaterThan(100);
    expect(texts.some((t) => t.file.startsWith('scan/') && t.field.endsWith('question'))).toBe(true);
    expect(texts.some((t) => t.field.endsWith('in_short'))).toBe(true);
    expect(texts.filter((t) => /^cards\/.*\.yaml$/.test(t.file) && /back\.nl$/.test(t.field)).length).toBeGreaterThan(20);
    expect(texts.filter((t) => /^life-events\/.*\.yaml$/.test(t.file) && /^arrange\.\d+\.text\.nl$/.test(t.field)).length).toBeGreaterThan(40);
    expect(
      texts.filter((t) => /^signal-checklists\/.*\.yaml$/.test(t.file) && /^conversation\.\d+\.nl$/.test(t.field))
        .length,
    ).toBeGreaterThan(15);
    const long = texts.flatMap((t) =>
      longSentences(t.text).map((s) => `content/${t.file} › ${t.field} (${wordCount(s)} words): ${s}`),
    );
    expect(long, `Split these sentences (B1):\n${long.join('\n')}`).toEqual([]);
  }, 20_000);
});
