import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calculateAll, defaultRules, validateHousehold } from './index';
import type { SchemeId } from './index';
import { dutch } from '../../../test/dutch';

// Runs every YAML case in rules/tests/. A file is one case named by its file name, or holds
// `cases:` with a name per case. See rules/README.md for the format.

interface Expect {
  status?: string;
  perMonthCents?: number | null;
  perYearCents?: number | null;
  steps?: Record<string, number>;
  failed?: string[];
  passed?: string[];
}
interface Case {
  name?: string;
  peildatum: string;
  source?: string;
  household: Record<string, unknown>;
  expect: Partial<Record<SchemeId, Expect>>;
}

const root = path.resolve(import.meta.dirname, '../../../rules/tests');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const rules = defaultRules();

function cases(file: string): Array<{ name: string; c: Case }> {
  const doc = parse(readFileSync(path.join(root, file), 'utf8')) as Case & { cases?: Case[] };
  const base = path.basename(file, '.yaml');
  if (doc.cases) return doc.cases.map((c) => ({ name: c.name ?? base, c }));
  return [{ name: base, c: doc }];
}

describe('rules/tests', () => {
  it('has test cases', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of files) {
    describe(file, () => {
      for (const { name, c } of cases(file)) {
        it(name, () => {
          const input = { gemeente: 'GM9999', home: { type: 'geen' }, ...c.household };
          const v = validateHousehold(input, c.peildatum);
          if (!v.ok) throw new Error(`Invalid household in test: ${JSON.stringify(v.issues)}`);
          const r = calculateAll(v.household, c.peildatum, rules);
          for (const [scheme, e] of Object.entries(c.expect) as Array<[SchemeId, Expect]>) {
            const s = r.schemes.find((x) => x.scheme === scheme);
            expect(s, scheme).toBeDefined();
            if (!s) continue;
            const failed = s.conditions.filter((x) => !x.passed).map((x) => x.id);
            const ctx = `${scheme}: failed [${failed.join(', ')}], notes ${s.notes.map(dutch).join(' ')}`;
            if (e.status !== undefined) expect(s.status, ctx).toBe(e.status);
            if (e.perMonthCents !== undefined)
              expect(s.amount?.perMonthCents ?? null, ctx).toBe(e.perMonthCents);
            if (e.perYearCents !== undefined)
              expect(s.amount?.perYearCents ?? null, ctx).toBe(e.perYearCents);
            for (const [step, value] of Object.entries(e.steps ?? {})) {
              const st = s.steps.find((x) => x.id === step);
              expect(st?.value, `${scheme} step ${step}`).toBeCloseTo(value, 6);
            }
            for (const id of e.failed ?? []) expect(failed, ctx).toContain(id);
            for (const id of e.passed ?? []) expect(failed, ctx).not.toContain(id);
          }
        });
      }
    });
  }
});
