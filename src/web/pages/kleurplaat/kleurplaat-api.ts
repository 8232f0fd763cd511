import { useQuery } from '@tanstack/react-query';
import {
  drawingListSchema,
  drawingSchema,
  type SaveDrawingBody,
} from '../../../contract/kleurplaat';
import { okSchema } from '../../../contract/common';
import { getJson, sendJson } from '../../api/client';

// A child's kept colouring pages (household data: every read is in the access log).

export const drawingKeys = { of: (householdId: string) => ['drawings', householdId] as const };
const url = (householdId: string) =>
  `/api/v1/households/${encodeURIComponent(householdId)}/drawings`;

export const useDrawings = (householdId: string | null) =>
  useQuery({
    queryKey: drawingKeys.of(householdId ?? ''),
    enabled: householdId !== null,
    queryFn: () => getJson(url(householdId!), drawingListSchema),
  });

export const saveDrawing = (householdId: string, body: SaveDrawingBody) =>
  sendJson('POST', url(householdId), body, drawingSchema);

export const deleteDrawing = (householdId: string, drawingId: string) =>
  sendJson('DELETE', `${url(householdId)}/${encodeURIComponent(drawingId)}`, undefined, okSchema);
