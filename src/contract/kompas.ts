import { z } from 'zod';
import { BLOCKS, TERMS } from '../domain/kompas';

// The Kwaliteitskompas: cycles of a gemeente and its partners in six blocks.

const text = (max: number) => z.string().trim().max(max);
const cell = z.strictObject({
  value: z.number().int().nullable(),
  suppression: z.enum(['none', 'primary', 'secondary']),
});

export const kompasBlocksSchema = z.strictObject({
  localPicture: z.strictObject({
    figures: z
      .strictObject({
        povertyTypes: z.array(z.string()),
        rows: z.array(
          z.strictObject({ wijk: z.string().nullable(), cells: z.array(cell), total: cell }),
        ),
        total: cell.nullable(),
      })
      .nullable(),
    notes: text(4000),
  }),
  ambitions: z.array(z.strictObject({ text: text(500).min(1) })).max(20),
  results: z
    .array(
      z.strictObject({
        result: text(500).min(1),
        indicator: text(300).min(1),
        term: z.enum(TERMS),
      }),
    )
    .max(30),
  approach: z.array(z.strictObject({ activity: text(500).min(1), partner: text(200) })).max(40),
  agreements: z
    .array(z.strictObject({ partners: text(300).min(1), agreement: text(1000).min(1) }))
    .max(40),
  review: z.strictObject({
    findings: text(4000),
    stop: text(2000),
    add: text(2000),
    expand: text(2000),
  }),
});

export const newKompasCycleBody = z.strictObject({
  gemeente: z.string().regex(/^GM\d{4}$/),
  title: text(120).min(1),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
});

export const saveKompasBody = z.strictObject({
  /** The version the editor started from; a newer one on the server refuses the save. */
  version: z.number().int().min(1),
  blocks: kompasBlocksSchema,
});

const cycleSummary = z.object({
  id: z.uuid(),
  gemeente: z.string(),
  title: z.string(),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
  version: z.number().int(),
  previousId: z.uuid().nullable(),
});

export const kompasListSchema = z.object({
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  /** May this user start a cycle (the gemeente's playing field)? */
  canStart: z.boolean(),
  cycles: z.array(cycleSummary),
});

export const kompasCycleSchema = cycleSummary.extend({
  gemeenteName: z.string(),
  blocks: kompasBlocksSchema,
  /** The blocks this user may change. */
  editable: z.array(z.enum(BLOCKS)),
  versions: z.array(
    z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string().nullable() }),
  ),
});
export type KompasCycle = z.infer<typeof kompasCycleSchema>;
export type KompasList = z.infer<typeof kompasListSchema>;

export const kompasPdfQuery = z.strictObject({ lang: z.enum(['nl', 'en']).default('nl') });
