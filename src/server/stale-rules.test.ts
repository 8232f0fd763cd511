import { describe, expect, it } from 'vitest';
import { defaultRules } from '../domain/benefits';
import type { ParameterSet } from '../domain/benefits';
import { warnAboutStaleParameters } from './stale-rules';

function recordingLog() {
  const warnings: Array<{ details: object; message: string }> = [];
  return {
    warnings,
    warn: (details: object, message: string) => warnings.push({ details, message }),
  };
}

describe('the warning at start about out-of-date parameters', () => {
  const shipped = defaultRules().parameters;
  const withoutJuly: ParameterSet = {
    parameters: {
      ...shipped.parameters,
      'kinderbijslag.kwartaalbedrag-0-5-jaar': {
        ...shipped.parameters['kinderbijslag.kwartaalbedrag-0-5-jaar']!,
        values: shipped.parameters['kinderbijslag.kwartaalbedrag-0-5-jaar']!.values.filter(
          (v) => v.validFrom < '2026-07-01',
        ),
      },
    },
  };

  it('names the parameter, its last date and the file when a July value is missing in August', () => {
    const log = recordingLog();
    warnAboutStaleParameters(log, withoutJuly, '2026-08-01');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]!.message).toContain('out of date');
    expect(log.warnings[0]!.details).toMatchObject({
      today: '2026-08-01',
      staleParameters: expect.arrayContaining([
        {
          id: 'kinderbijslag.kwartaalbedrag-0-5-jaar',
          lastValidFrom: '2026-01-01',
          dueFrom: '2026-07-01',
          file: 'rules/parameters/kinderbijslag/kwartaalbedrag-0-5-jaar.yaml',
        },
      ]),
    });
  });

  it('stays silent when nothing is out of date', () => {
    const log = recordingLog();
    const fresh: ParameterSet = {
      parameters: {
        'kinderbijslag.kwartaalbedrag-0-5-jaar':
          withoutJuly.parameters['kinderbijslag.kwartaalbedrag-0-5-jaar']!,
      },
    };
    expect(warnAboutStaleParameters(log, fresh, '2026-06-30')).toBe(0);
    expect(log.warnings).toEqual([]);
  });
});
