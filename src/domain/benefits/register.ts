import { refinement } from '../issue-message';
import { z } from 'zod';
import { isIsoDate } from './dates';

// The register of gemeenten (CBS code and name) that every gemeente picker offers. The data is
// rules/register/gemeenten.yaml, checked here when it is compiled and loaded.

const entrySchema = z.strictObject({
  code: z.string().regex(/^GM\d{4}$/),
  name: z.string().trim().min(2),
  /** Everyday names people also search for ('Den Haag'). */
  aliases: z.array(z.string().trim().min(2)).optional(),
});

export const gemeenteRegisterSchema = z
  .strictObject({
    source: z.strictObject({
      title: z.string().min(5),
      url: z.url({ protocol: /^https$/ }),
      via: z.string().min(3).optional(),
      read_on: z.string().refine(isIsoDate),
    }),
    /** The date the list describes. */
    valid_on: z.string().refine(isIsoDate),
    gemeenten: z.array(entrySchema).min(300).max(400),
  })
  .superRefine((r, ctx) => {
    const seen = { code: new Set<string>(), name: new Set<string>() };
    r.gemeenten.forEach((g, i) => {
      for (const key of ['code', 'name'] as const) {
        if (seen[key].has(g[key]))
          ctx.addIssue({
            code: 'custom',
            ...refinement('benefits.rulesFile.twice', { value: g[key] }, ['gemeenten', i, key]),
          });
        seen[key].add(g[key]);
      }
    });
  });

export type GemeenteRegister = z.output<typeof gemeenteRegisterSchema>;
export type RegisteredGemeente = GemeenteRegister['gemeenten'][number];

/** Lower case without accents or the "'s-" prefix, so 'den bosch' and 'sudwest' find their gemeente. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^'s-/, '')
    .trim();
}

/**
 * The gemeenten whose name or alias contains the query, those that start with it first. An empty
 * query gives the whole register in its order.
 */
export function findGemeenten(
  register: readonly RegisteredGemeente[],
  query: string,
): RegisteredGemeente[] {
  const q = searchKey(query);
  if (q === '') return [...register];
  const scored: Array<{ g: RegisteredGemeente; rank: number }> = [];
  for (const g of register) {
    const names = [g.name, ...(g.aliases ?? [])].map(searchKey);
    if (names.some((n) => n.startsWith(q))) scored.push({ g, rank: 0 });
    else if (names.some((n) => n.includes(q)) || g.code.toLowerCase() === q)
      scored.push({ g, rank: 1 });
  }
  return scored.sort((a, b) => a.rank - b.rank).map((s) => s.g);
}
