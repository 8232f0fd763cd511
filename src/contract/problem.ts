import { z } from 'zod';

/** A message in both product languages. */
export const bilingual = z.object({ nl: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

/** RFC 9457 problem details, with the message in Dutch and English and errors per field. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  messages: bilingual,
  errors: z
    .array(z.object({ field: z.string(), code: z.string(), messages: bilingual }))
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];
