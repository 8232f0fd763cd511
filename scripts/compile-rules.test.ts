import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, GENERATED_PATH } from './compile-rules';

describe('compile-rules', () => {
  it('the committed generated module matches rules/ (run: npx tsx scripts/compile-rules.ts)', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const committed = await readFile(path.join(root, GENERATED_PATH), 'utf8');
    expect(committed === (await compileRules(root)), `${GENERATED_PATH} is out of date`).toBe(true);
  }, 30_000);
});
