// Prints how much of content/ repeats the source documents word for word: the share of word
// 8-grams that also occur in ../shared/seeds/, and every shared passage (file › field).
// Usage: tsx scripts/own-words-report.ts
import { findSharedPassages } from '../src/content/own-words';
import { contentTexts, seedGrams } from '../src/content/own-words-files';

const report = findSharedPassages(await contentTexts(), await seedGrams());
const ratio = ((100 * report.shared) / report.total).toFixed(2);
console.log(
  `${report.shared} / ${report.total} content 8-grams shared with the sources (${ratio}%)`,
);
for (const p of report.passages) console.log(`content/${p.file} › ${p.field}: "${p.passage}"`);
