import { describe, expect, it } from 'vitest';
import { aggregateGroup, groupByWijk, MIN_RESPONDENTS, wijkKey, type GroupScan } from './aggregate';
import { shape } from './test-fixtures';

const person = (n: number, answers: GroupScan['answers']): GroupScan => ({
  authorId: `p${n}`,
  answers,
});
const all = (value: number) => ({ k1: value, k2: value, k3: value, g1: value, g2: value });

describe('a group’s results', () => {
  it('stays hidden with four professionals and shows with five', () => {
    expect(MIN_RESPONDENTS).toBe(5);
    const four = [1, 2, 3, 4].map((n) => person(n, all(n)));
    expect(aggregateGroup(shape, four)).toEqual({ shown: false });
    const five = [...four, person(5, all(5))];
    const result = aggregateGroup(shape, five);
    // Part means 1, 2, 3, 4, 5 → 3.0, below 3.5.
    expect(result).toMatchObject({ shown: true, respondents: 5 });
    if (!result.shown) return;
    expect(result.parts.map((p) => [p.partId, p.mean, p.low])).toEqual([
      ['kennis', 3, true],
      ['gesprek', 3, true],
    ]);
  });

  it('counts a professional once, so one person cannot fill a group', () => {
    const same = [1, 2, 3, 4, 5].map(() => person(1, all(4)));
    const four = [1, 2, 3, 4].map((n) => person(n, all(4)));
    expect(aggregateGroup(shape, same)).toEqual({ shown: false });
    expect(aggregateGroup(shape, [...four, person(1, all(2))])).toEqual({ shown: false });
  });

  it('averages the professionals’ part means and each statement', () => {
    const scans = [
      person(1, { k1: 5, k2: 5, k3: 2, g1: 4, g2: 4 }), // kennis 4.0
      person(2, { k1: 4, k2: 4, k3: 4, g1: 4, g2: 5 }), // kennis 4.0
      person(3, { k1: 3, k2: 3, k3: 3, g1: 5, g2: 5 }), // kennis 3.0
      person(4, { k1: 4, k2: 5, k3: 3, g1: 3, g2: 4 }), // kennis 4.0
      person(5, { k1: 5, k2: 4, k3: 3, g1: 4, g2: 4 }), // kennis 4.0
    ];
    const result = aggregateGroup(shape, scans);
    if (!result.shown) throw new Error('five professionals are enough');
    const kennis = result.parts[0]!;
    // (4 + 4 + 3 + 4 + 4) / 5 = 3.8; k1 (5+4+3+4+5)/5 = 4.2, k2 4.2, k3 3.0.
    expect(kennis.mean).toBe(3.8);
    expect(kennis.low).toBe(false);
    expect(kennis.statements).toEqual([
      { statementId: 'k1', mean: 4.2 },
      { statementId: 'k2', mean: 4.2 },
      { statementId: 'k3', mean: 3 },
    ]);
    // gesprek per person 4, 4.5, 5, 3.5, 4 → 4.2.
    expect(result.parts[1]!.mean).toBe(4.2);
  });
});

describe('wijken', () => {
  it('groups the same wijk however it is typed and leaves out scans without one', () => {
    expect(wijkKey('  Noord   Oost ')).toBe('noord oost');
    const scans = [
      { ...person(1, all(3)), wijk: 'Noord Oost' },
      { ...person(2, all(3)), wijk: ' noord  oost' },
      { ...person(3, all(3)), wijk: 'Centrum' },
      { ...person(4, all(3)), wijk: null },
      { ...person(5, all(3)), wijk: '  ' },
    ];
    expect(groupByWijk(scans).map((g) => [g.wijk, g.scans.map((s) => s.authorId)])).toEqual([
      ['Centrum', ['p3']],
      ['Noord Oost', ['p1', 'p2']],
    ]);
  });
});
