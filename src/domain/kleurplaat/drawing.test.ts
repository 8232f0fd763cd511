import { describe, expect, it } from 'vitest';
import { messages } from '../../content/message-files';
import { message } from '../message';
import { drawingProblems, LIFE_AREAS, PALETTE, REGIONS, withoutBlanks } from './drawing';
import { drawingMarkup } from './svg';

// The drawing a child colours: every part has a name a screen reader can say, in both languages,
// and what the server accepts is exactly the parts and colours the child can choose.

describe('the praatkleurplaat drawing', () => {
  it('gives every region and colour its own name in Dutch and English', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const key of [
      ...ids.map((id) => `kleurplaat.region.${id}`),
      ...PALETTE.map((c) => `kleurplaat.colour.${c.id}`),
    ]) {
      const { nl, en } = messages.bilingual(message(key));
      expect(nl, key).not.toBe(key);
      expect(en, key).not.toBe(key);
    }
    const names = ids.map((id) => messages.text('nl', message(`kleurplaat.region.${id}`)));
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a house, people, three smileys with a neutral one in the middle, and every life area', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['dak', 'muur', 'deur', 'kind-hoofd', 'hart']));
    expect(ids.filter((id) => id.startsWith('smiley-'))).toEqual([
      'smiley-blij',
      'smiley-neutraal',
      'smiley-verdrietig',
    ]);
    for (const area of LIFE_AREAS)
      expect(
        REGIONS.some((r) => r.area === area),
        area,
      ).toBe(true);
  });

  it('names each unknown region or colour as its own field', () => {
    expect(drawingProblems({ dak: 'rood', muur: 'wit' })).toEqual([]);
    expect(drawingProblems({ zwembad: 'rood', deur: 'goud' })).toEqual([
      { field: 'fills.zwembad', key: 'kleurplaat.problem.unknownRegion' },
      { field: 'fills.deur', key: 'kleurplaat.problem.unknownColour' },
    ]);
  });

  it('keeps a region coloured white as not coloured', () => {
    expect(withoutBlanks({ dak: 'rood', muur: 'wit' })).toEqual({ dak: 'rood' });
  });

  it('prints blank unless fills are given', () => {
    const red = PALETTE.find((c) => c.id === 'rood')!.hex;
    expect(drawingMarkup()).not.toContain(red);
    expect(drawingMarkup({ dak: 'rood' })).toContain(`fill="${red}"`);
  });
});
