import { describe, expect, it } from 'vitest';
import { scoreChange } from '../assessment';
import { municipalCsvRows, municipalReport, type MunicipalHousehold } from './municipal';

const outcome = (wijk: string, delta: number) => ({
  wijk,
  povertyType: null,
  interventions: [],
  change: {
    capitals: [{ capital: 'sociaal' as const, ...scoreChange(2, 2 + delta) }],
    aspects: [],
  },
});
const family = (
  children: number,
  statuses: string[],
  change: MunicipalHousehold['outcome'] = null,
): MunicipalHousehold => ({
  children,
  referrals: statuses.map((status, i) => ({
    interventionId: i === 0 ? 'budgetcoach' : 'buurtkamer',
    status,
  })),
  outcome: change,
});

describe('municipalReport', () => {
  // 14 households with 2 children, each referred to budgetcoach (started) and buurtkamer
  // (finished); 3 households with 1 child referred to budgetcoach only (proposed).
  const households = [
    ...Array.from({ length: 14 }, () =>
      family(2, ['gestart', 'afgerond'], outcome('Presikhaaf', 1)),
    ),
    ...Array.from({ length: 3 }, () => family(1, ['voorgesteld'])),
  ];
  const report = municipalReport(households);

  it('counts reach in households and children', () => {
    expect(report.reach.households.value).toBe(17);
    expect(report.reach.children.value).toBe(31);
  });

  it('counts referrals per status, hiding the small ones and what reveals them', () => {
    // voorgesteld 3, aangemeld 0, gestart 14, afgerond 14, gestopt 0; total 31.
    const byStatus = Object.fromEntries(report.referrals.map((r) => [r.status, r.count.value]));
    expect(byStatus.voorgesteld).toBeNull();
    expect(byStatus.aangemeld).toBeNull();
    expect(byStatus.gestopt).toBeNull();
    // 3 + 0 + 0 = 3 is under 10 while the total 31 is shown: one of the 14s goes too.
    expect([byStatus.gestart, byStatus.afgerond].filter((v) => v === null)).toHaveLength(1);
    expect(report.referralsTotal.value).toBe(31);
  });

  it('counts households per intervention, each once', () => {
    expect(report.interventions.map((i) => [i.interventionId, i.households.value])).toEqual([
      ['budgetcoach', 17],
      ['buurtkamer', 14],
    ]);
  });

  it('writes CSV rows with hidden cells named, and the outcomes by wijk', () => {
    const rows = municipalCsvRows(report, {
      hidden: 'verborgen',
      total: 'totaal',
      unknown: 'onbekend',
      name: (id) => id.toUpperCase(),
    });
    expect(rows[0]).toEqual(['section', 'subject', 'group', 'figure', 'value']);
    expect(rows).toContainEqual(['reach', 'children', 'totaal', 'n', '31']);
    expect(rows).toContainEqual(['referrals', 'voorgesteld', 'totaal', 'n', 'verborgen']);
    expect(rows).toContainEqual(['interventions', 'BUDGETCOACH', 'totaal', 'households', '17']);
    // Presikhaaf: 14 better, 0 the same, 0 worse: the zeros are hidden, and the 14 with them
    // (else 14 of 14 says "all"); n stays.
    expect(rows).toContainEqual(['outcomes', 'sociaal', 'Presikhaaf', 'n', '14']);
    expect(rows).toContainEqual(['outcomes', 'sociaal', 'Presikhaaf', 'improved', 'verborgen']);
    expect(rows).toContainEqual(['outcomes', 'sociaal', 'totaal', 'median', '1']);
  });
});
