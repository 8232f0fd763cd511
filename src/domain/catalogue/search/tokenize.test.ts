import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('fold', () => {
  it('lower-cases and removes accents', () => {
    expect(fold('Financiën')).toBe('financien');
    expect(fold('Zoë')).toBe('zoe');
    expect(fold('CAFÉ')).toBe('cafe');
    expect(fold('ĳs')).toBe('ijs');
  });
});

describe('tokenize', () => {
  it('splits on everything that is not a letter or digit', () => {
    expect(words('Geld, werk & (school)! 18+')).toEqual(['geld', 'werk', 'school', '18']);
  });

  it('keeps the place of each word, so the original spelling can be marked', () => {
    const text = 'Hulp bij Financiën en Schulden.';
    for (const token of tokenize(text)) {
      expect(fold(text.slice(token.start, token.end))).toBe(token.word);
    }
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Hulp',
      'bij',
      'Financiën',
      'en',
      'Schulden',
    ]);
  });

  it('flags stop words but keeps words that change a phrase', () => {
    const tokens = tokenize('de buurt en geen werk, niet rondkomen, uit huis');
    expect(tokens.filter((t) => t.stop).map((t) => t.word)).toEqual(['de', 'en']);
    expect(tokens.filter((t) => !t.stop).map((t) => t.word)).toContain('geen');
    expect(tokens.filter((t) => !t.stop).map((t) => t.word)).toContain('uit');
  });

  it('gives the parts of a hyphenated word and then the joined form', () => {
    const tokens = tokenize('re-integratie en meedoen-regeling');
    expect(tokens.map((t) => [t.word, t.joined])).toEqual([
      ['re', false],
      ['integratie', false],
      ['reintegratie', true],
      ['en', false],
      ['meedoen', false],
      ['regeling', false],
      ['meedoenregeling', true],
    ]);
    const joined = tokens.find((t) => t.word === 'meedoenregeling')!;
    expect('re-integratie en meedoen-regeling'.slice(joined.start, joined.end)).toBe(
      'meedoen-regeling',
    );
  });

  it("drops one-letter parts such as the s of auto's, but keeps the joined form", () => {
    expect(words("auto's en zzp'ers")).toEqual(['auto', 'autos', 'en', 'zzp', 'ers', 'zzpers']);
  });

  it('does not join over a hyphen followed by a space', () => {
    expect(words('relatie- en scheidingspunt')).toEqual(['relatie', 'en', 'scheidingspunt']);
  });
});
