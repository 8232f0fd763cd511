import { describe, expect, it } from 'vitest';
import { gemeenteRegister } from './index';
import { parseRegisterFile } from './loader';
import { findGemeenten } from './register';
import { messages } from '../../content/message-files';

// The shipped register (rules/register/gemeenten.yaml) and the search every picker uses.

describe('register of gemeenten', () => {
  const register = gemeenteRegister();
  const byCode = new Map(register.gemeenten.map((g) => [g.code, g.name]));

  it('holds the 342 gemeenten of 2026 with the 2023 merger of Voorne aan Zee', () => {
    expect(register.gemeenten).toHaveLength(342);
    expect(byCode.get('GM1992')).toBe('Voorne aan Zee');
    for (const gone of ['GM0501', 'GM0530', 'GM0614', 'GM0457'])
      expect(byCode.has(gone)).toBe(false);
  });

  it('has the gemeenten of the source documents under their CBS codes', () => {
    expect(byCode.get('GM0202')).toBe('Arnhem');
    expect(byCode.get('GM0193')).toBe('Zwolle');
    expect(byCode.get('GM0014')).toBe('Groningen');
    expect(byCode.get('GM0106')).toBe('Assen');
    expect(byCode.get('GM0114')).toBe('Emmen');
    expect(byCode.get('GM1708')).toBe('Steenwijkerland');
  });

  it('never lists the example gemeente', () => {
    expect(byCode.has('GM9999')).toBe(false);
  });

  it('names its source', () => {
    expect(register.source.url).toMatch(/^https:\/\/www\.cbs\.nl\//);
    expect(register.valid_on).toBe('2026-01-01');
  });

  it('refuses a register with a code twice', () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `  - { code: GM${1000 + i}, name: 'Gemeente ${i}' }`,
    );
    lines.push("  - { code: GM1000, name: 'Nog een' }");
    const text = [
      "source: { title: 'Testregister', url: 'https://example.org/r', read_on: '2026-01-01' }",
      "valid_on: '2026-01-01'",
      'gemeenten:',
      ...lines,
    ].join('\n');
    const out = parseRegisterFile(text, 'r.yaml');
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(messages.text('nl', out.issues[0]!.message)).toBe('GM1000 staat er twee keer in.');
  });
});

describe('findGemeenten', () => {
  const list = gemeenteRegister().gemeenten;
  const names = (q: string) => findGemeenten(list, q).map((g) => g.name);

  it('finds by the start of the name first, without caring about case or accents', () => {
    expect(names('zwol')[0]).toBe('Zwolle');
    expect(names('sudwest')).toEqual(['Súdwest-Fryslân']);
  });

  it('finds everyday names', () => {
    expect(names('den haag')).toEqual(["'s-Gravenhage"]);
    expect(names('den bosch')).toEqual(["'s-Hertogenbosch"]);
  });

  it('finds a part of a name and a code', () => {
    expect(names('wijkerland')).toContain('Steenwijkerland');
    expect(names('gm0106')).toEqual(['Assen']);
  });

  it('finds nothing for nonsense', () => {
    expect(names('qqq')).toEqual([]);
  });
});
