import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { Bilingual } from '../../contract/problem';

// argon2id with the library defaults (m=19 MiB, t=2, p=1), the OWASP recommendation.
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

// A hash of a random password: verifying against it when the account does not exist keeps the
// response time the same, so login does not reveal which e-mail addresses have an account.
let dummyHash: Promise<string> | undefined;
export const dummyVerify = async (password: string) => {
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  await verifyPassword(await dummyHash, password);
  return false;
};

const commonList = new Set<string>([
  ...dictionary['passwords-common'],
  // Dutch words people build passwords from, often with digits added.
  'wachtwoord',
  'welkom',
  'welkomwelkom',
  'geheim',
  'wegwijs',
  'voorjaar',
  'zomer',
  'herfst',
  'winter',
  'maandag',
  'vrijdag',
  'ajax',
  'feyenoord',
  'nederland',
  'amsterdam',
  'rotterdam',
  'hallo',
  'hoihoi',
  'qwertyuiop',
  'azertyuiop',
  'abcdefghijkl',
]);

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonList.has(lower)) return true;
  // 'Wachtwoord2024!' is still 'wachtwoord': strip digits and symbols around a common word.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length > 0 && commonList.has(core)) return true;
  // One character repeated, or a single short block repeated ('abcabcabcabc').
  return /^(.{1,4})\1+$/.test(lower);
}

/** Why a new password is refused, or null when it is acceptable. Length is checked by zod. */
export function passwordProblem(password: string, personal: string[] = []): Bilingual | null {
  if (isCommon(password)) {
    return {
      nl: 'Dit wachtwoord komt te vaak voor en is makkelijk te raden. Kies een ander.',
      en: 'This password is too common and easy to guess. Choose another one.',
    };
  }
  const lower = password.toLowerCase();
  for (const part of personal) {
    const p = part.toLowerCase().split('@')[0] ?? '';
    if (p.length >= 4 && lower.includes(p)) {
      return {
        nl: 'Gebruik niet uw naam of e-mailadres in uw wachtwoord.',
        en: 'Do not use your name or e-mail address in your password.',
      };
    }
  }
  return null;
}
