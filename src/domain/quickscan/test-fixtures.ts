import type { QuickscanShape } from './scores';

// A small scan of two parts on a 1–5 scale; help fits below 3.5.
export const shape: QuickscanShape = {
  parts: [
    { id: 'kennis', statements: [{ id: 'k1' }, { id: 'k2' }, { id: 'k3' }] },
    { id: 'gesprek', statements: [{ id: 'g1' }, { id: 'g2' }] },
  ],
  scale: [1, 2, 3, 4, 5].map((value) => ({ value })),
  helpBelow: 3.5,
};
