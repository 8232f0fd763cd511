import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords';

describe('password policy', () => {
  it.each([
    'Welkom01welkom01',
    'Tr0ub4dor&3x',
    'Wachtwoord2024!',
    '1q2w3e4r5t6y',
    'Zomervakantie2026',
  ])('refuses the guessable password %s', async (password) => {
    expect(
      await passwordProblem(password, ['anna@wijkkracht.example', 'Anna de Vries']),
    ).not.toBeNull();
  });

  it("refuses a password built on the user's own surname or e-mail name", async () => {
    const personal = ['bea.beheer@wijkkracht.example', 'Bea van Beheerstede'];
    expect(await passwordProblem('fietsbel-Beheerstede-2026', personal)).not.toBeNull();
    expect(await passwordProblem('tulpen-beheerstede-op-de-dijk', personal)).not.toBeNull();
  });

  it('accepts a long passphrase', async () => {
    const personal = ['bea@wijkkracht.example', 'Bea Beheer'];
    expect(await passwordProblem('lange-zin-met-fietsbel-42', personal)).toBeNull();
    expect(await passwordProblem('koffie-met-de-buurvrouw-7', personal)).toBeNull();
  });
});
