// Issue 12.6: does the wegwijzer find what people mean? The relevance set (bench/relevance/cases.ts)
// against the wegwijzer and two reference engines given the same items, fields and synonyms:
// MiniSearch and PostgreSQL full-text search (bench/relevance/reference-engines.ts).
// Reports per kind of query hits@5 (share of queries with an accepted item in the first five) and
// MRR (mean of 1 / rank of the first accepted item, 0 beyond 20) over the national catalogue.
// Run: npm run bench:relevance (RELEVANCE_DETAIL=1 adds every query's rank per engine)
import { readContent } from '../src/content/read-content';
import { itemFromContent } from '../src/db/catalogue/content-sync';
import { buildSearchIndex, search } from '../src/domain/catalogue/search/index';
import { CASES } from './relevance/cases';
import { miniSearchEngine, postgresEngine, type Engine } from './relevance/reference-engines';

const content = await readContent(new URL('../content', import.meta.url).pathname);
if (!content.ok) throw new Error('content/ does not validate');
const items = content.content.interventions.map(itemFromContent);
const known = new Set(items.map((i) => i.id));
for (const c of CASES)
  for (const id of c.accept) if (!known.has(id)) throw new Error(`${c.query}: unknown item ${id}`);
const { synonyms } = content.content;

const index = buildSearchIndex({ items, offers: [], synonyms });
const wegwijs: Engine = async (query) =>
  search(index, { text: query, perPage: 20 }).items.map((h) => h.id);
const postgres = await postgresEngine(items, synonyms);
const engines: [string, Engine][] = [
  ['Wegwijs', wegwijs],
  ['MiniSearch', miniSearchEngine(items, synonyms)],
  ['PostgreSQL FTS', postgres.engine],
];

type Ranked = { query: string; kind: string; rank: number; top: string[] };
const results = new Map<string, Ranked[]>();
for (const [name, engine] of engines) {
  const ranked: Ranked[] = [];
  for (const c of CASES) {
    const ids = await engine(c.query);
    const rank = ids.findIndex((id) => c.accept.includes(id)) + 1; // 0: not in the first 20
    ranked.push({ query: c.query, kind: c.kind, rank, top: ids.slice(0, 3) });
  }
  results.set(name, ranked);
}
await postgres.close();

const summary = (list: Ranked[]) => {
  const hits5 = list.filter((r) => r.rank >= 1 && r.rank <= 5).length / list.length;
  const mrr = list.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / list.length;
  return `${(hits5 * 100).toFixed(0)} % / ${mrr.toFixed(2)}`;
};
const names = engines.map(([name]) => name);
console.log(`${CASES.length} queries over ${items.length} national items; hits@5 / MRR\n`);
console.log(`| kind | queries | ${names.join(' | ')} |`);
console.log(`|---|---:|${names.map(() => '---:').join('|')}|`);
for (const kind of [...new Set(CASES.map((c) => c.kind)), 'all']) {
  const of = (name: string) => results.get(name)!.filter((r) => kind === 'all' || r.kind === kind);
  const cells = names.map((name) => summary(of(name)));
  console.log(`| ${kind} | ${of(names[0]!).length} | ${cells.join(' | ')} |`);
}
for (const name of names) {
  console.log(`\n${name}, missed in the first five:`);
  for (const r of results.get(name)!.filter((x) => x.rank === 0 || x.rank > 5))
    console.log(`- "${r.query}": rank ${r.rank || '> 20'}; first: ${r.top.join(', ')}`);
}
if (process.env.RELEVANCE_DETAIL)
  for (let i = 0; i < CASES.length; i++)
    console.log(
      CASES[i]!.kind,
      CASES[i]!.query,
      names.map((n) => results.get(n)![i]!.rank).join(' '),
    );
