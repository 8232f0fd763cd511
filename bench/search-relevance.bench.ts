// Issue 12.6: does the wegwijzer find what people mean? Realistic queries a social worker types
// (typos, plurals, compounds, synonyms, English), each with the catalogue items a professional
// would accept in the first five, chosen by reading the item names, not from the search's output.
// Reports hits@5 (share of queries with an accepted item in the first five) and MRR (mean of
// 1 / rank of the first accepted item, 0 beyond 20) over the national catalogue in content/.
// Not done yet: the same set against MiniSearch and PostgreSQL FTS given the same synonyms.
// Run: npx tsx bench/search-relevance.bench.ts
import { readContent } from '../src/content/read-content';
import { itemFromContent } from '../src/db/catalogue/content-sync';
import { buildSearchIndex, search } from '../src/domain/catalogue/search/index';

type Case = { query: string; kind: string; accept: string[] };

const CASES: Case[] = [
  // Plain words and plurals
  { query: 'schulden', kind: 'word', accept: ['schuldhulpverlening', 'vroegsignalering-schulden'] },
  { query: 'voedselbank', kind: 'word', accept: ['voedselbank'] },
  { query: 'kledingbank', kind: 'word', accept: ['kledingbank'] },
  { query: 'mantelzorg', kind: 'word', accept: ['jonge-mantelzorg-ondersteuning'] },
  { query: 'bijles', kind: 'word', accept: ['bijles-huiswerkbegeleiding'] },
  { query: 'toeslagen', kind: 'word', accept: ['toeslagenservicepunt', 'toeslagen-huur-zorg'] },
  { query: 'kwijtschelding', kind: 'word', accept: ['kwijtschelding-gemeentelijke-belastingen'] },
  { query: 'mediation', kind: 'word', accept: ['mediation-relatietherapie'] },
  { query: 'statushouders', kind: 'plural', accept: ['werkervaring-statushouders'] },
  { query: 'peuters', kind: 'plural', accept: ['peuter-en-kinderopvang', 'vve-thuis'] },
  {
    query: 'ervaringsdeskundigen',
    kind: 'plural',
    accept: ['ervaringsdeskundigheid', 'ervaringsdeskundigen-bereikbaarheidsdienst'],
  },
  {
    query: 'vrijwilligers',
    kind: 'plural',
    accept: ['vrijwilligerswerk-dagstructuur', 'vrijwillige-informatiepunten'],
  },
  // Typos
  {
    query: 'scheidng',
    kind: 'typo',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'schuldhulpverleneing', kind: 'typo', accept: ['schuldhulpverlening'] },
  { query: 'voedselbnak', kind: 'typo', accept: ['voedselbank'] },
  { query: 'formulierenbriegade', kind: 'typo', accept: ['formulierenbrigade'] },
  { query: 'budgetmaatjs', kind: 'typo', accept: ['budgetmaatjes'] },
  { query: 'opvoedondersteunig', kind: 'typo', accept: ['opvoedondersteuning'] },
  // Compounds
  {
    query: 'schoolspullen',
    kind: 'compound',
    accept: ['stichting-leergeld', 'materiele-steun-school', 'school-armoedebeleid'],
  },
  {
    query: 'opvoedingsvragen',
    kind: 'compound',
    accept: ['opvoedondersteuning', 'inloopsprekuren'],
  },
  {
    query: 'sportclubcontributie',
    kind: 'compound',
    accept: ['jeugdsportfonds', 'kortingspas-meedoen', 'sport-en-beweegaanbod'],
  },
  {
    query: 'geldbeheer',
    kind: 'compound',
    accept: [
      'budgetcursus',
      'budgetmaatjes',
      'maatjes-thuisadministratie',
      'financiele-competenties',
    ],
  },
  {
    query: 'huurschuld',
    kind: 'compound',
    accept: ['vroegsignalering-schulden', 'schuldhulpverlening'],
  },
  // Synonyms a worker types
  {
    query: 'geldzorgen',
    kind: 'synonym',
    accept: [
      'schuldhulpverlening',
      'budgetadvies-overzicht',
      'budgetcursus',
      'vroegsignalering-schulden',
      'noodfonds',
    ],
  },
  { query: 'voedselpakket', kind: 'synonym', accept: ['voedselbank'] },
  {
    query: 'alleenstaande moeder',
    kind: 'synonym',
    accept: ['moeders-van-emmen', 'steunouders', 'mobility-mentoring'],
  },
  {
    query: 'eenzaam',
    kind: 'synonym',
    accept: ['welzijn-op-recept', 'thuiskamers', 'ontmoetingsbijeenkomsten-gezinnen'],
  },
  { query: 'NEET', kind: 'synonym', accept: ['pak-je-toekomst'] },
  {
    query: 'deurwaarder',
    kind: 'synonym',
    accept: ['schuldhulpverlening', 'vroegsignalering-schulden'],
  },
  {
    query: 'energierekening',
    kind: 'synonym',
    accept: ['noodfonds', 'bijzondere-bijstand', 'budgetadvies-overzicht'],
  },
  { query: 'zorgverzekering', kind: 'synonym', accept: ['minimaverzekering'] },
  { query: 'verjaardag', kind: 'synonym', accept: ['stichting-jarige-job'] },
  { query: 'huiswerk', kind: 'synonym', accept: ['bijles-huiswerkbegeleiding'] },
  {
    query: 'post en papieren',
    kind: 'synonym',
    accept: ['maatjes-thuisadministratie', 'formulierenbrigade', 'budgetmaatjes'],
  },
  {
    query: 'uit elkaar',
    kind: 'synonym',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'zwanger', kind: 'synonym', accept: ['kansrijke-start', 'nu-niet-zwanger'] },
  // English
  { query: 'debts', kind: 'English', accept: ['schuldhulpverlening', 'vroegsignalering-schulden'] },
  { query: 'lonely', kind: 'English', accept: ['welzijn-op-recept', 'thuiskamers'] },
  {
    query: 'single mother',
    kind: 'English',
    accept: ['moeders-van-emmen', 'steunouders', 'mobility-mentoring'],
  },
  {
    query: 'divorce',
    kind: 'English',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'food bank', kind: 'English', accept: ['voedselbank'] },
  { query: 'homework', kind: 'English', accept: ['bijles-huiswerkbegeleiding'] },
  { query: 'health insurance', kind: 'English', accept: ['minimaverzekering'] },
  { query: 'refugees', kind: 'English', accept: ['werkervaring-statushouders'] },
];

const content = await readContent(new URL('../content', import.meta.url).pathname);
if (!content.ok) throw new Error('content/ does not validate');
const items = content.content.interventions.map(itemFromContent);
const known = new Set(items.map((i) => i.id));
for (const c of CASES)
  for (const id of c.accept) if (!known.has(id)) throw new Error(`${c.query}: unknown item ${id}`);
const index = buildSearchIndex({ items, offers: [], synonyms: content.content.synonyms });

const ranks = CASES.map((c) => {
  const ids = search(index, { text: c.query, perPage: 20 }).items.map((h) => h.id);
  const rank = ids.findIndex((id) => c.accept.includes(id)) + 1; // 0: not in the first 20
  return { ...c, rank, top: ids.slice(0, 3) };
});

const summary = (list: typeof ranks) => ({
  hits5: list.filter((r) => r.rank >= 1 && r.rank <= 5).length / list.length,
  mrr: list.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / list.length,
});
console.log(`${CASES.length} queries over ${items.length} national items\n`);
console.log('| kind | queries | hits@5 | MRR |');
console.log('|---|---:|---:|---:|');
for (const kind of [...new Set(CASES.map((c) => c.kind)), 'all']) {
  const list = kind === 'all' ? ranks : ranks.filter((r) => r.kind === kind);
  const { hits5, mrr } = summary(list);
  console.log(`| ${kind} | ${list.length} | ${(hits5 * 100).toFixed(0)} % | ${mrr.toFixed(2)} |`);
}
console.log('\nMissed in the first five:');
for (const r of ranks.filter((x) => x.rank === 0 || x.rank > 5))
  console.log(`- "${r.query}": rank ${r.rank || '> 20'}; first: ${r.top.join(', ')}`);
