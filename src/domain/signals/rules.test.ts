import { describe, expect, it } from 'vitest';
import { caseDeadlines } from './deadlines';
import { groupRows, matchCase } from './match';
import { sameName, splitFullName, surnameKey } from './names';
import { casePriority } from './priority';
import { parseAmount } from './row';
import { mustDeleteSignalData, signalDataDeleteFrom } from './retention';
import type { SignalRow } from './types';

const base: SignalRow = {
  line: 2,
  creditorType: 'energie',
  amountCents: 100,
  monthsInArrears: 2,
  arrearsSince: null,
  signalDate: '2026-11-02',
  surname: 'Berg',
  initials: 'J.',
  prefix: 'van der',
  street: '',
  houseNumber: 12,
  houseNumberAddition: 'A',
  postcode: '1234AB',
  city: '',
  dateOfBirth: '1985-04-03',
};

describe('matching people across partner files', () => {
  it('ignores accents, case and tussenvoegsels in the surname', () => {
    expect(surnameKey('Van der Bérg')).toBe('berg');
    expect(surnameKey("'t Hoën")).toBe('hoen');
    expect(
      sameName({ surname: 'van den Berg', initials: 'J.P.' }, { surname: 'Berg', initials: 'Jan' }),
    ).toBe(true);
  });

  it('keeps two different people at one address with one birth date apart', () => {
    expect(sameName({ surname: 'Berg', initials: 'J.' }, { surname: 'Berg', initials: 'M.' })).toBe(
      false,
    );
    expect(sameName({ surname: 'Berg', initials: '' }, { surname: 'Bakker', initials: '' })).toBe(
      false,
    );
  });

  it('splits register-style and written names', () => {
    expect(splitFullName('J.P. van der Berg')).toEqual({
      initials: 'J.P.',
      prefix: 'van der',
      surname: 'Berg',
    });
    expect(splitFullName('Yılmaz, M.')).toEqual({ initials: 'M.', prefix: '', surname: 'Yılmaz' });
  });

  it('groups the rent and energy signals of one person, not of a neighbour', () => {
    const rent = {
      ...base,
      creditorType: 'woningcorporatie' as const,
      surname: 'van der Berg',
      prefix: '',
    };
    const energy = { ...base, line: 3, surname: 'Bérg' };
    const neighbour = { ...base, line: 4, houseNumberAddition: 'B' };
    const groups = groupRows([rent, energy, neighbour]);
    expect(groups.map((g) => g.map((r) => r.line))).toEqual([[2, 3], [4]]);
  });

  it('finds an existing case by name among those with the same key', () => {
    expect(
      matchCase(base, [
        { id: 'a', surname: 'Bakker', initials: '' },
        { id: 'b', surname: 'Berg', initials: 'J' },
      ]),
    ).toBe('b');
    expect(matchCase(base, [{ id: 'a', surname: 'Bakker', initials: '' }])).toBeNull();
  });
});

describe('priority', () => {
  it('rises with more creditors and with repeated signals', () => {
    expect(casePriority([{ creditorType: 'energie' }])).toBe(3);
    expect(casePriority([{ creditorType: 'energie' }, { creditorType: 'energie' }])).toBe(4);
    expect(
      casePriority([
        { creditorType: 'woningcorporatie' },
        { creditorType: 'energie' },
        { creditorType: 'woningcorporatie' },
      ]),
    ).toBe(7);
  });
});

describe('retention of signal data (12 months without help)', () => {
  it('deletes on the day twelve months after the last signal, not the day before', () => {
    expect(signalDataDeleteFrom('2026-01-31', null)).toBe('2027-01-31');
    expect(mustDeleteSignalData('2026-01-31', 'niet_bereikt', '2027-01-30')).toBe(false);
    expect(mustDeleteSignalData('2026-01-31', 'niet_bereikt', '2027-01-31')).toBe(true);
  });

  it('clamps to the end of a shorter month (29 February)', () => {
    expect(signalDataDeleteFrom('2028-02-29', 'wil_geen_hulp')).toBe('2029-02-28');
  });

  it('keeps cases that led to help', () => {
    expect(signalDataDeleteFrom('2020-01-01', 'betalingsregeling')).toBeNull();
    expect(mustDeleteSignalData('2020-01-01', 'doorverwezen', '2030-01-01')).toBe(false);
  });
});

describe('deadlines', () => {
  it('gives the agreed first-contact date, two weeks after the signal', () => {
    expect(caseDeadlines('2026-11-02', null).firstContactBy).toBe('2026-11-16');
  });

  it('counts the legal four weeks for the first conversation from the signal, not from the yes (Wgs art. 4 lid 1 b)', () => {
    // Signal on 2 November: however late the yes comes, the conversation is due by 30 November.
    expect(caseDeadlines('2026-11-02', 'betalingsregeling').firstConversationBy).toBe('2026-11-30');
    // While the case is open the date is already known, so the offer can be made in time.
    expect(caseDeadlines('2026-11-02', null).firstConversationBy).toBe('2026-11-30');
  });

  it('has no first-conversation date once the case closed without help', () => {
    expect(caseDeadlines('2026-11-02', 'wil_geen_hulp').firstConversationBy).toBeNull();
    expect(caseDeadlines('2026-11-02', 'niet_bereikt').firstConversationBy).toBeNull();
  });
});

describe('amounts as partners write them', () => {
  it('reads Dutch and English separators, a euro sign, and treats three digits after a separator as thousands', () => {
    expect(parseAmount('1.234,56')).toBe(123456);
    expect(parseAmount('1,234.56')).toBe(123456);
    expect(parseAmount('€ 450')).toBe(45000);
    expect(parseAmount('1.234')).toBe(123400);
    expect(parseAmount('0,00')).toBeNull();
    expect(parseAmount('12a')).toBeNull();
  });

  it('refuses an amount larger than can be stored (over 21 million euros)', () => {
    expect(parseAmount('21.474.836,47')).toBe(2_147_483_647);
    expect(parseAmount('21.474.836,48')).toBeNull();
    expect(parseAmount('99999999999')).toBeNull();
  });
});
