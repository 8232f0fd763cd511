// How much JavaScript the kapitaalscan page ('samen invullen') downloads, gzipped.
//
// Run after `npx vite build`: node bench/scan-page-size.mjs [PageName …]
// Without names it measures the household pages; `npm run bench:cards-page` measures the
// gesprekskaarten pages.
// It reads dist/web: the entry script from index.html, and the lazy chunk of each household page,
// and follows the static imports of every chunk (what the browser fetches before the page runs).
// Chunks that load later on demand (the radar chart) are listed apart.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = new URL('../dist/web/', import.meta.url).pathname;
if (!existsSync(join(dir, 'index.html'))) {
  console.error('dist/web/index.html is missing: run `npx vite build` first.');
  process.exit(1);
}
const assets = join(dir, 'assets');
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const read = (file) => readFileSync(join(assets, file));
const gz = (file) => gzipSync(read(file), { level: 9 }).length;
const raw = (file) => read(file).length;

/** Static imports of a chunk: `import{…}from"./x.js"` and `import"./x.js"`. */
function staticImports(file) {
  const text = read(file).toString('utf8');
  const found = new Set();
  for (const m of text.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    found.add(m[1]);
  return [...found];
}

function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const f = queue.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...staticImports(f));
  }
  return seen;
}

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const shell = closure([...entry, ...preloads]);
const chunk = (name) => files.find((f) => f.startsWith(`${name}-`));

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (set, fn) => [...set].reduce((a, f) => a + fn(f), 0);

console.log(`App shell (every page): ${[...shell].join(', ')}`);
console.log(`  ${kb(sum(shell, raw))} raw, ${kb(sum(shell, gz))} gzip\n`);
console.log('| page | own chunks (gzip) | total JS on first load (gzip) | total raw |');
console.log('|---|---|---|---|');
const householdPages = [
  'ScanPage',
  'HouseholdsPage',
  'NewHouseholdPage',
  'HouseholdPage',
  'PlanPage',
  'HouseholdCheckPage',
];
const asked = process.argv.slice(2);
for (const page of asked.length > 0 ? asked : householdPages) {
  const own = chunk(page);
  if (!own) {
    console.log(`| ${page} | (no separate chunk) | | |`);
    continue;
  }
  const extra = [...closure([own])].filter((f) => !shell.has(f));
  const all = new Set([...shell, ...extra]);
  console.log(
    `| ${page} | ${kb(sum(extra, gz))} (${extra.length} files) | ${kb(sum(all, gz))} | ${kb(sum(all, raw))} |`,
  );
}
const radar = chunk('RadarFigure');
if (radar)
  console.log(
    `\nOn demand: RadarFigure (Recharts) ${kb(gz(radar))} gzip, loaded only when a profile is shown.`,
  );
