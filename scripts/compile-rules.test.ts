import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParameterSet } from '../src/domain/benefits/parameters';
import { compileRules, GENERATED_PATH, staleReport } from './compile-rules';

describe('compile-rules', () => {
  it('the committed generated module matches rules/ (run: npx tsx scripts/compile-rules.ts)', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const committed = await readFile(path.join(root, GENERATED_PATH), 'utf8');
    expect(committed === (await compileRules(root)), `${GENERATED_PATH} is out of date`).toBe(true);
  }, 30_000);
});

describe('rules:check staleness report', () => {
  const set: ParameterSet = {
    parameters: {
      'bijstand.norm-alleenstaande': {
        id: 'bijstand.norm-alleenstaande',
        description: 'Norm.',
        descriptionEn: 'Standard amount.',
        unit: 'eurocent_per_maand',
        indexation: 'half-yearly',
        source: 'rules/parameters/bijstand/norm-alleenstaande.yaml',
        values: [
          {
            validFrom: '2026-01-01',
            value: 140150,
            reference: {
              kind: 'bwb',
              id: 'BWBR0015703',
              title: 'Participatiewet',
              url: 'https://x.nl',
            },
            verification: { status: 'unverified', reason: 'test' },
          },
        ],
      },
    },
  };

  it('names the file, the last date and the due date once the July value is missing', () => {
    expect(staleReport(set, '2026-06-30')).toEqual([]);
    const [line] = staleReport(set, '2026-07-02');
    expect(line).toContain('rules/parameters/bijstand/norm-alleenstaande.yaml');
    expect(line).toContain('2026-01-01');
    expect(line).toContain('2026-07-01');
  });
});
