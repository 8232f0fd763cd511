import { describe, expect, it } from 'vitest';
import { calculateAll, defaultRules, validateHousehold } from './index';
import type { ParameterDefinition, ParameterSet } from './parameters';
import { nextValueDue, staleParameters, staleValueOn, unverifiedValues } from './staleness';
import type { Indexation } from './types';
import { dutch } from '../../../test/dutch';
import { messages } from '../../content/message-files';

function definition(
  id: string,
  indexation: Indexation,
  validFroms: string[],
  unverified = false,
): ParameterDefinition {
  return {
    id,
    description: `Testparameter ${id}.`,
    descriptionEn: `Test parameter ${id}.`,
    unit: 'eurocent',
    indexation,
    source: `rules/parameters/${id.replace('.', '/')}.yaml`,
    values: validFroms.map((validFrom) => ({
      validFrom,
      value: 100,
      reference: { kind: 'other', id: 'x', title: 'Test', url: 'https://example.org' },
      verification: unverified
        ? { status: 'unverified', reason: 'nog niet gelezen', reasonEn: 'not read yet' }
        : {
            status: 'verified',
            source: 'Test law',
            url: 'https://example.org',
            readOn: '2026-01-02',
            by: 'ontwikkelteam',
          },
    })),
  };
}

const setOf = (...defs: ParameterDefinition[]): ParameterSet => ({
  parameters: Object.fromEntries(defs.map((d) => [d.id, d])),
});

describe('when the next value of a parameter is due', () => {
  it('is one year after a yearly value and half a year after a half-yearly one', () => {
    expect(nextValueDue('2025-01-01', 'yearly')).toBe('2026-01-01');
    expect(nextValueDue('2026-01-01', 'half-yearly')).toBe('2026-07-01');
    expect(nextValueDue('2025-07-01', 'half-yearly')).toBe('2026-01-01');
    expect(nextValueDue('2015-01-01', 'none')).toBeNull();
  });
});

describe('stale parameters on a given day', () => {
  const set = setOf(
    definition('a.yearly', 'yearly', ['2024-01-01', '2025-01-01']),
    definition('b.half', 'half-yearly', ['2025-07-01', '2026-01-01']),
    definition('c.fixed', 'none', ['2015-01-01']),
  );
  const ids = (today: string) => staleParameters(set, today).map((p) => p.id);

  it('a yearly value of 1 January 2025 is out of date in February 2026, not in December 2025', () => {
    expect(ids('2025-12-31')).not.toContain('a.yearly');
    expect(ids('2026-02-01')).toContain('a.yearly');
  });

  it('a half-yearly value of 1 January 2026 is out of date from 1 July 2026', () => {
    expect(ids('2026-06-30')).not.toContain('b.half');
    expect(ids('2026-07-01')).toContain('b.half');
    expect(ids('2026-07-02')).toContain('b.half');
  });

  it('a value that is never indexed is never out of date', () => {
    expect(ids('2040-01-01')).not.toContain('c.fixed');
  });

  it('names the file to update, the last date and the date the new value was due', () => {
    const { message, ...found } = staleParameters(set, '2026-07-02').find(
      (p) => p.id === 'b.half',
    )!;
    expect(found).toEqual({
      id: 'b.half',
      description: 'Testparameter b.half.',
      descriptionEn: 'Test parameter b.half.',
      source: 'rules/parameters/b/half.yaml',
      indexation: 'half-yearly',
      lastValidFrom: '2026-01-01',
      dueFrom: '2026-07-01',
    });
    expect(messages.bilingual(message)).toEqual({
      nl: 'Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 juli 2026) is nog niet ingevoerd.',
      en: 'Amount of 1 January 2026; the new amount (from 1 July 2026) has not been entered yet.',
    });
  });

  it('judges an older value on an older day: January 2025 was current in March 2025', () => {
    const def = definition('b.half', 'half-yearly', ['2025-01-01']);
    expect(staleValueOn(def, def.values[0]!, '2025-03-01')).toBeNull();
    expect(staleValueOn(def, def.values[0]!, '2025-07-01')?.dueFrom).toBe('2025-07-01');
  });
});

describe('unverified values', () => {
  it('lists every value not yet checked against its source, with the reason in both languages', () => {
    const set = setOf(
      definition('a.checked', 'yearly', ['2026-01-01']),
      definition('b.open', 'yearly', ['2025-01-01', '2026-01-01'], true),
    );
    expect(unverifiedValues(set)).toEqual([
      {
        id: 'b.open',
        source: 'rules/parameters/b/open.yaml',
        validFrom: '2025-01-01',
        reason: 'nog niet gelezen',
        reasonEn: 'not read yet',
      },
      {
        id: 'b.open',
        source: 'rules/parameters/b/open.yaml',
        validFrom: '2026-01-01',
        reason: 'nog niet gelezen',
        reasonEn: 'not read yet',
      },
    ]);
  });
});

describe('a result computed with an out-of-date value says so in its trace', () => {
  // The shipped rules, as if the kinderbijslag of 1 July 2026 had not been entered.
  const rules = defaultRules();
  const withoutJuly: ParameterSet = {
    parameters: Object.fromEntries(
      Object.entries(rules.parameters.parameters).map(([id, def]) => [
        id,
        id.startsWith('kinderbijslag.')
          ? { ...def, values: def.values.filter((v) => v.validFrom < '2026-07-01') }
          : def,
      ]),
    ),
  };
  const family = (peildatum: string) => {
    const v = validateHousehold(
      {
        gemeente: 'GM9999',
        applicant: { birthDate: '1990-01-01' },
        children: [{ birthDate: '2022-03-01' }],
        home: { type: 'geen' },
      },
      peildatum,
    );
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    return v.household;
  };
  const kinderbijslag = (peildatum: string) =>
    calculateAll(family(peildatum), peildatum, { ...rules, parameters: withoutJuly }).schemes.find(
      (s) => s.scheme === 'kinderbijslag',
    )!;

  it('in August 2026 the January amount is marked, in Dutch and English, and noted', () => {
    const r = kinderbijslag('2026-08-01');
    const used = r.parameters.find((p) => p.id === 'kinderbijslag.kwartaalbedrag-0-5-jaar')!;
    expect(used.validFrom).toBe('2026-01-01');
    expect(used.stale).toMatchObject({ validFrom: '2026-01-01', dueFrom: '2026-07-01' });
    // Worded by the one catalogue (ADR 0006), so an English reader reads it in English.
    expect(messages.bilingual(used.stale!.message)).toEqual({
      nl: 'Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 juli 2026) is nog niet ingevoerd.',
      en: 'Amount of 1 January 2026; the new amount (from 1 July 2026) has not been entered yet.',
    });
    expect(r.notes.map(dutch)).toContain(
      'Kinderbijslag per kwartaal voor een kind van 0 tot en met 5 jaar. Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 juli 2026) is nog niet ingevoerd.',
    );
  });

  it('an English reader gets the note and the trace in English, a Dutch reader in Dutch', () => {
    const r = kinderbijslag('2026-08-01');
    const used = r.parameters.find((p) => p.id === 'kinderbijslag.kwartaalbedrag-0-5-jaar')!;
    expect(used).toMatchObject({
      description: 'Kinderbijslag per kwartaal voor een kind van 0 tot en met 5 jaar.',
      descriptionEn: 'Child benefit (kinderbijslag) per quarter for a child aged 0 to 5.',
    });
    const notes = r.notes.map((n) => messages.bilingual(n));
    expect(notes).toContainEqual({
      nl: 'Kinderbijslag per kwartaal voor een kind van 0 tot en met 5 jaar. Bedrag van 1 januari 2026; het nieuwe bedrag (vanaf 1 juli 2026) is nog niet ingevoerd.',
      en: 'Child benefit (kinderbijslag) per quarter for a child aged 0 to 5. Amount of 1 January 2026; the new amount (from 1 July 2026) has not been entered yet.',
    });
  });

  it('in June 2026 the same amount is current and nothing is marked', () => {
    const r = kinderbijslag('2026-06-30');
    expect(r.parameters.every((p) => p.stale === null)).toBe(true);
    expect(r.notes.some((n) => dutch(n).includes('nog niet ingevoerd'))).toBe(false);
  });

  it('with the shipped rules the July 2026 amount is used and nothing is marked', () => {
    const r = calculateAll(family('2026-08-01'), '2026-08-01', rules).schemes.find(
      (s) => s.scheme === 'kinderbijslag',
    )!;
    expect(
      r.parameters.find((p) => p.id === 'kinderbijslag.kwartaalbedrag-0-5-jaar'),
    ).toMatchObject({ validFrom: '2026-07-01', stale: null });
  });
});
