import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentInvalidError, defaultContentDir, loadContent } from './content';

describe('loading content at start', () => {
  it('stops with file, line and field when a content file is wrong, and loads nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-content-'));
    try {
      cpSync(defaultContentDir, dir, { recursive: true });
      const file = join(dir, 'interventions', 'budgetmaatjes.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: .*$/m, 'kind: toverspreuk'));
      const error = await loadContent(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentInvalidError);
      expect(String((error as Error).message)).toMatch(/budgetmaatjes\.yaml:\d+:\d+ kind/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same content from the validated cache as from the files', async () => {
    const first = await loadContent();
    const second = await loadContent();
    expect(second).toEqual(first);
    expect(second.interventions.length).toBeGreaterThan(100);
  });
});
