import { describe, expect, it } from 'vitest';
import { applySave, editableBlocks, emptyBlocks, nextCycleBlocks } from './cycle';
import { localPictureFigures } from './local-picture';

describe('playing fields', () => {
  it('gives the gemeente blocks 1, 2, 3 and 6 and the organisations 3, 4, 5 and 6', () => {
    expect(editableBlocks('beleidsmedewerker')).toEqual([
      'localPicture',
      'ambitions',
      'results',
      'review',
    ]);
    expect(editableBlocks('teamleider')).toEqual(['results', 'approach', 'agreements', 'review']);
    expect(editableBlocks('sociaal_werker')).toEqual([]);
  });

  it('refuses a save that changes a block of the other playing field', () => {
    const current = emptyBlocks();
    const incoming = { ...emptyBlocks(), ambitions: [{ text: 'Meer kinderen sporten' }] };
    expect(applySave(current, incoming, 'teamleider').refused).toEqual(['ambitions']);
    const ok = applySave(current, incoming, 'beleidsmedewerker');
    expect(ok.refused).toEqual([]);
    expect(ok.blocks.ambitions).toEqual([{ text: 'Meer kinderen sporten' }]);
  });

  it('sees no change in a block whose keys come back in another order', () => {
    const current = { ...emptyBlocks(), review: { stop: '', add: '', expand: '', findings: 'x' } };
    const incoming = { ...emptyBlocks(), review: { findings: 'x', stop: '', add: '', expand: '' } };
    expect(applySave(current, incoming, 'teamleider').refused).toEqual([]);
    expect(applySave(current, incoming, 'sociaal_werker').refused).toEqual([]);
  });

  it('keeps Wegwijs figures in the local picture whatever a save sends', () => {
    const figures = localPictureFigures(
      Array.from({ length: 12 }, () => ({ wijk: 'Malburgen', povertyType: 'situationeel' })),
    );
    const current = { ...emptyBlocks(), localPicture: { figures, notes: '' } };
    const incoming = { ...emptyBlocks(), localPicture: { figures: null, notes: 'Werkende armen' } };
    const saved = applySave(current, incoming, 'beleidsmedewerker');
    expect(saved.blocks.localPicture).toEqual({ figures, notes: 'Werkende armen' });
  });
});

describe('nextCycleBlocks', () => {
  it('carries ambitions, results, approach and agreements over and starts an empty review', () => {
    const last = {
      ...emptyBlocks(),
      ambitions: [{ text: 'Meer kinderen zonder armoede' }],
      results: [
        { result: 'Meer sport', indicator: '% kinderen dat sport', term: 'halfjaar' as const },
      ],
      review: { findings: 'Goed bereik', stop: 'A', add: 'B', expand: 'C' },
    };
    const next = nextCycleBlocks(last, null);
    expect(next.ambitions).toEqual(last.ambitions);
    expect(next.results).toEqual(last.results);
    expect(next.review).toEqual(emptyBlocks().review);
    expect(next.localPicture.figures).toBeNull();
  });
});

describe('localPictureFigures', () => {
  it('counts households per wijk and form of poverty with small cells hidden', () => {
    // Malburgen: 12 situational, 3 generational; Presikhaaf: 15 with no suggestion.
    const f = localPictureFigures([
      ...Array.from({ length: 12 }, () => ({ wijk: 'Malburgen', povertyType: 'situationeel' })),
      ...Array.from({ length: 3 }, () => ({ wijk: 'Malburgen', povertyType: 'generatie' })),
      ...Array.from({ length: 15 }, () => ({ wijk: 'Presikhaaf', povertyType: null })),
    ])!;
    expect(f.povertyTypes).toEqual(['situationeel', 'generatie', 'migratie', 'geen']);
    expect(f.rows.map((r) => r.wijk)).toEqual(['Malburgen', 'Presikhaaf']);
    expect(f.total!.value).toBe(30);
    const cells = f.rows.flatMap((r) => r.cells.map((c) => c.value));
    expect(cells.filter((v) => v !== null && v < 10)).toEqual([]);
    // The 3 generational are hidden, and so is the 12 next to it (15 − 12 would give 3).
    expect(f.rows[0]!.cells.map((c) => c.value)).toEqual([null, null, null, null]);
  });
});
