import { describe, expect, it } from 'vitest';
import {
  IRREGULAR_FORMS,
  searchKey,
  singularOfIrregular,
  snowballDutchStem,
} from './dutch-stemmer';

describe('snowballDutchStem (the published algorithm)', () => {
  // Word → stem pairs from the Snowball project's Dutch test vocabulary (snowball-data, dutch/).
  it.each([
    ['aalsmeer', 'aalsmer'],
    ['aalsmeerse', 'aalsmer'],
    ['aanbiddelijk', 'aanbid'],
    ['aanbiddend', 'aanbid'],
    ['aanbestedingen', 'aanbested'],
    ['aandachtig', 'aandacht'],
    ['aandachtiger', 'aandachtiger'],
    ['aandeel', 'aandel'],
    ['aangelegenheden', 'aangeleg'],
    ['aanhankelijkheden', 'aanhank'],
    ['aankondiging', 'aankond'],
    ['aanlokkelijke', 'aanlok'],
    ['aanmatigend', 'aanmat'],
    ['aanpasbaarheid', 'aanpas'],
    ['aanstellerigheid', 'aansteller'],
    ['aannames', 'aannames'],
    ['aaneen', 'aanen'],
    ['aanhangwagens', 'aanhangwagen'],
  ])('%s → %s', (word, stem) => {
    expect(snowballDutchStem(word)).toBe(stem);
  });

  it('has the weakness the search fixes: kinderen and kind, gezinnen and gezin differ', () => {
    // Same as PostgreSQL's dutch_stem (docs/stack-notes): the reason for searchKey.
    expect(snowballDutchStem('kinderen')).toBe('kinder');
    expect(snowballDutchStem('kind')).toBe('kind');
    expect(snowballDutchStem('gezinnen')).toBe('gezinn');
  });

  it('treats an i or y between vowels as a consonant', () => {
    // 'ooievaars': the i after oo is a consonant, so the -s goes and the double a is undone.
    expect(snowballDutchStem('ooievaars')).toBe('ooievar');
    expect(snowballDutchStem('ooievaar')).toBe('ooievar');
  });
});

describe('searchKey: one key for the forms a worker types', () => {
  it.each([
    ['schulden', 'schuld'],
    ['woningen', 'woning'],
    ['gezinnen', 'gezin'],
    ['kinderen', 'kind'],
    ['ouders', 'ouder'],
    ['scheidingen', 'scheiding'],
    ['eenzaamheid', 'eenzaam'],
    ['uitkeringen', 'uitkering'],
    ['gemeenten', 'gemeente'],
    ['jongeren', 'jongere'],
    ['studenten', 'student'],
    ['mannen', 'man'],
    ['pleegkinderen', 'pleegkind'],
    ['eieren', 'ei'],
  ])('%s and %s share a key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it.each([
    ['kind', 'kinderopvang'],
    ['schuld', 'school'],
    ['werk', 'werkloos'],
    ['huis', 'huisarts'],
  ])('%s and %s keep different keys', (a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });

  it('only replaces an irregular form at the end of a word, never a look-alike inside it', () => {
    expect(singularOfIrregular('kinderen')).toBe('kind');
    expect(singularOfIrregular('pleegkinderen')).toBe('pleegkind');
    expect(singularOfIrregular('kinderopvang')).toBe('kinderopvang');
    expect(singularOfIrregular('kinderenraad')).toBe('kinderenraad');
    for (const [form, singular] of IRREGULAR_FORMS) {
      expect(searchKey(form)).toBe(searchKey(singular));
    }
  });
});
