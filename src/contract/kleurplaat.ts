import { z } from 'zod';

// The praatkleurplaat saved to a child's record (issue 13). Only with the household's consent for
// it; otherwise the drawing stays in the browser and is gone when the page closes.

/** Most a saved drawing may be: the fills of every region and a note fit well within it. */
export const DRAWING_BODY_LIMIT_KB = 16;
export const DRAWING_NOTE_MAX = 1000;

export const drawingParams = z.strictObject({ id: z.uuid() });

export const saveDrawingBody = z.strictObject({
  /** The child's reference in the household's data. */
  childRef: z.string().trim().min(1).max(40),
  /** Region id → colour id (src/domain/kleurplaat); checked against the drawing by the server. */
  fills: z.record(z.string().max(40), z.string().max(20)),
  note: z.string().trim().max(DRAWING_NOTE_MAX).nullable().optional(),
});
export type SaveDrawingBody = z.infer<typeof saveDrawingBody>;

export const drawingSchema = z.object({
  id: z.string(),
  childRef: z.string(),
  fills: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type DrawingView = z.infer<typeof drawingSchema>;

export const drawingListSchema = z.object({
  /** Whether the household's consent allows saving a drawing now. */
  canSave: z.boolean(),
  children: z.array(z.string()),
  drawings: z.array(drawingSchema),
});
export type DrawingList = z.infer<typeof drawingListSchema>;

export const kleurplaatPdfQuery = z.strictObject({
  lang: z.enum(['nl', 'en']).default('nl'),
});
