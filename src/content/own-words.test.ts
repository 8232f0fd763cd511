import { describe, expect, it } from 'vitest';
import {
  findSharedPassages,
  maskNames,
  nameIndex,
  normaliseWords,
  sourceGrams,
  type OverlapReport,
} from './own-words';
import { contentTexts, seedGrams } from './own-words-files';

// Every product sentence is written in our own words (docs/content-review.md). This test compares
// the word 8-grams of all text in content/ with those of the source documents in ../shared/seeds/.
//
// Thresholds, and why: a passage of 8 shared words may be a stock phrase ("de aanpak van armoede in
// het sociaal domein"), so isolated 8-grams are tolerated; a run of two or more
// overlapping 8-grams (9+ words copied in a row) is a copied clause and always fails. On top of
// that at most 0.1% of all content 8-grams may be shared, so stock phrases cannot pile up.
// Fixed names and titles are excepted: the item's own name, its providers, every catalogue item's
// name and the proper names in PROPER_NAMES are masked before comparing.

/** A run of 9+ shared words in a row is a copied clause; 8 may be a stock phrase. */
const MAX_PASSAGE_WORDS = 8;
/** Share of all content 8-grams that may occur in a source (stock phrases only). */
const MAX_SHARED_RATIO = 0.001;

function describeReport(report: OverlapReport, passages = report.passages): string {
  const ratio = ((100 * report.shared) / report.total).toFixed(2);
  return [
    `${report.shared} of ${report.total} content 8-grams (${ratio}%) also occur in ../shared/seeds.`,
    'Write these passages in your own words (file › field: copied words):',
    ...passages.map((p) => `  content/${p.file} › ${p.field}: "${p.passage}"`),
  ].join('\n');
}

describe('word 8-grams', () => {
  it('normalises case, punctuation, diacritics and whitespace', () => {
    expect(normaliseWords('Financiële  zorgen,\n(en) SCHULDEN!')).toEqual([
      'financiele',
      'zorgen',
      'en',
      'schulden',
    ]);
  });

  it('masks a name so quoting it exactly is not copying', () => {
    const words = normaliseWords('Het project Uit de duivelskring van armoede helpt');
    expect(maskNames(words, nameIndex(['Uit de duivelskring van armoede']))).toEqual([
      'het',
      'project',
      '«naam»',
      'helpt',
    ]);
  });

  it('reports a copied clause with file, field and the shared words', () => {
    const source = sourceGrams(['Wie lang in armoede leeft heeft vaak last van chronische stress.']);
    const report = findSharedPassages(
      [
        {
          file: 'interventions/x.yaml',
          field: 'description',
          text: 'Zo gaat het: wie lang in armoede leeft, heeft vaak last van chronische stress.',
          names: [],
        },
        { file: 'interventions/y.yaml', field: 'summary', text: 'Geheel eigen woorden die nergens anders staan.', names: [] },
      ],
      source,
    );
    expect(report.passages).toEqual([
      {
        file: 'interventions/x.yaml',
        field: 'description',
        passage: 'wie lang in armoede leeft heeft vaak last van chronische stress',
      },
    ]);
    expect(report.shared).toBe(4);
  });

  it('does not count an 8-gram that contains an excepted name', () => {
    const source = sourceGrams(['De Voedselbank Nederland geeft elke week een pakket aan gezinnen']);
    const text = 'De Voedselbank Nederland geeft elke week een pakket aan gezinnen';
    const report = findSharedPassages(
      [{ file: 'f', field: 'summary', text, names: ['Voedselbank Nederland'] }],
      source,
    );
    // Only "«naam» geeft elke week een pakket aan gezinnen" style grams remain, none shared.
    expect(report.shared).toBe(0);
  });
});

describe('content/ is written in our own words', () => {
  it(`shares no passage longer than ${MAX_PASSAGE_WORDS} words and at most ${MAX_SHARED_RATIO * 100}% of its 8-grams with the sources`, async () => {
    const report = findSharedPassages(await contentTexts(), await seedGrams());
    const long = report.passages.filter((p) => p.passage.split(' ').length > MAX_PASSAGE_WORDS);
    expect(long, describeReport(report, long)).toEqual([]);
    expect(report.shared / report.total, describeReport(report)).toBeLessThanOrEqual(
      MAX_SHARED_RATIO,
    );
  }, 20_000);
});
