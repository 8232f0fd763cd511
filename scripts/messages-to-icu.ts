// Turns i18next-style message files into the catalogue's ICU MessageFormat (ADR 0006), in place:
// `{{name}}` becomes `{name}`, `key_one`/`key_other` (and `_zero`) become one plural message, and an
// apostrophe before a brace is doubled so ICU keeps it. Usage: tsx scripts/messages-to-icu.ts FILE…
import { readFileSync, writeFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };
const PLURAL = /^(.*)_(zero|one|other)$/;

function text(source: string, inPlural = false): string {
  const quoted = source.replace(/'(?=[{}])/g, "''");
  return quoted.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    inPlural && name === 'count' ? '#' : `{${name}}`,
  );
}

function convert(tree: Tree): Tree {
  const out: Tree = {};
  const plurals = new Map<string, Partial<Record<'zero' | 'one' | 'other', string>>>();
  for (const [key, value] of Object.entries(tree)) {
    const match = typeof value === 'string' ? PLURAL.exec(key) : null;
    if (match) {
      const forms = plurals.get(match[1]!) ?? {};
      forms[match[2] as 'zero' | 'one' | 'other'] = value as string;
      plurals.set(match[1]!, forms);
      if (!(match[1]! in out)) out[match[1]!] = '';
    } else out[key] = typeof value === 'string' ? text(value) : convert(value);
  }
  for (const [base, forms] of plurals) {
    const branches = [
      forms.zero !== undefined ? `=0 {${text(forms.zero, true)}}` : '',
      forms.one !== undefined ? `one {${text(forms.one, true)}}` : '',
      `other {${text(forms.other ?? forms.one ?? '', true)}}`,
    ].filter(Boolean);
    out[base] = `{count, plural, ${branches.join(' ')}}`;
  }
  return out;
}

for (const file of process.argv.slice(2)) {
  const tree = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  writeFileSync(file, `${JSON.stringify(convert(tree), null, 2)}\n`);
  console.log(`converted ${file}`);
}
