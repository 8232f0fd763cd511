import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseBatchArgs } from './args';

describe('check:batch arguments', () => {
  it('reads every documented option, with = or as a separate value', () => {
    const parsed = parseBatchArgs([
      '--input=in.csv',
      '--output',
      'uit.csv',
      '--peildatum',
      '2026-01-01',
      '--gemeente-config',
      'rules/gemeenten',
      '--no-database',
      '--rejected',
      'a.csv',
      '--summary',
      's.txt',
      '--workers',
      '2',
      '--lang',
      'en',
    ]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        input: 'in.csv',
        output: 'uit.csv',
        peildatum: '2026-01-01',
        gemeenteConfig: 'rules/gemeenten',
        noDatabase: true,
        rejected: 'a.csv',
        summary: 's.txt',
        workers: 2,
        language: 'en',
      },
    });
  });

  it('uses the database, today and every core (for a large file) when not told otherwise', () => {
    const parsed = parseBatchArgs(['--input', 'in.csv', '--output', 'uit.csv']);
    expect(parsed).toMatchObject({
      ok: true,
      args: { noDatabase: false, peildatum: undefined, workers: 'auto', language: 'nl' },
    });
  });

  it('refuses a missing input or output, an unknown option and a bad worker count', () => {
    const refused = (argv: string[]) => {
      const parsed = parseBatchArgs(argv);
      expect(parsed.ok).toBe(false);
      return parsed.ok ? '' : parsed.message;
    };
    expect(refused(['--input', 'in.csv'])).toContain('Gebruik / Usage');
    expect(refused(['--input', 'a', '--output', 'b', '--invoer', 'c'])).toContain('--invoer');
    for (const n of ['0', 'twee', '1.5', String(4 * availableParallelism() + 1)])
      expect(refused(['--input', 'a', '--output', 'b', '--workers', n])).toContain(
        '--workers must be a whole number',
      );
    expect(refused(['--input', 'a', '--output', 'b', '--lang', 'de'])).toContain('--lang: de');
  });
});
