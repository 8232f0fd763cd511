import { describe, expect, it } from 'vitest';
import { compareReflections, type ReflectionEntry } from './reflection';

// A professional answers the reflection cards before a training and again afterwards, sometimes
// more than once; the comparison shows where they started and where they are now.

const entry = (
  id: string,
  moment: 'voor' | 'na',
  createdAt: string,
  answers: Record<string, string>,
): ReflectionEntry => ({ id, moment, createdAt, answers });

const log = [
  entry('n2', 'na', '2026-11-20T10:00:00.000Z', { afstand: 'Dichterbij dan ik dacht.' }),
  entry('v1', 'voor', '2026-09-01T10:00:00.000Z', { afstand: 'Ver weg.', beeld: '  ' }),
  entry('n1', 'na', '2026-10-01T10:00:00.000Z', {
    afstand: 'Iets dichterbij.',
    beeld: 'Een gezin.',
  }),
  entry('v2', 'voor', '2026-09-15T10:00:00.000Z', { afstand: 'Nog steeds ver.' }),
];

describe('compareReflections', () => {
  it('pairs the first answer before with the latest answer after, per card', () => {
    const [afstand] = compareReflections(log, ['afstand']);
    expect(afstand).toEqual({
      cardId: 'afstand',
      before: { entryId: 'v1', createdAt: '2026-09-01T10:00:00.000Z', answer: 'Ver weg.' },
      after: {
        entryId: 'n2',
        createdAt: '2026-11-20T10:00:00.000Z',
        answer: 'Dichterbij dan ik dacht.',
      },
    });
  });

  it('skips empty answers and leaves a side empty when it was never answered', () => {
    const [beeld, eigen] = compareReflections(log, ['beeld', 'eigen-jeugd']);
    // The blank 'before' answer does not count; 'after' exists.
    expect(beeld).toMatchObject({ before: null, after: { entryId: 'n1', answer: 'Een gezin.' } });
    expect(eigen).toEqual({ cardId: 'eigen-jeugd', before: null, after: null });
  });

  it('does not count an after answer given before the first before answer', () => {
    const early = [
      entry('n0', 'na', '2026-08-01T10:00:00.000Z', { afstand: 'Te vroeg.' }),
      entry('v1', 'voor', '2026-09-01T10:00:00.000Z', { afstand: 'Ver weg.' }),
    ];
    expect(compareReflections(early, ['afstand'])[0]?.after).toBeNull();
  });
});
