import { hash, verify } from '@node-rs/argon2';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { message, type Message } from '../../domain/message';

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

// Dutch words people build passwords from, beside the Dutch (nl-be) and common dictionaries.
const dutchExtras = [
  'wachtwoord',
  'welkom',
  'geheim',
  'wegwijs',
  'voorjaar',
  'zomer',
  'zomervakantie',
  'herfst',
  'winter',
  'maandag',
  'vrijdag',
  'ajax',
  'feyenoord',
  'nederland',
  'amsterdam',
  'rotterdam',
  'arnhem',
  'hallo',
  'hoihoi',
  'azertyuiop',
];
// Passwords published as examples (the xkcd comic on password strength) are in every
// attacker's list, so they are refused like any leaked password.
const publishedExamples = ['troubador', 'tr0ub4dor&3', 'correcthorsebatterystaple'];

// Loaded and built at the first password check: the dictionaries are a fifth of the server's
// bundle, and loading and ranking them took some 0.2 s and memory that a start does not need
// (most starts see no new password). Outside the bundle (scripts/build.mjs) for that reason.
let estimator: Promise<ZxcvbnFactory> | undefined;
const passwordEstimator = () =>
  (estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-nl-be'),
  ]).then(
    ([{ ZxcvbnFactory }, common, dutch]) =>
      new ZxcvbnFactory({
        dictionary: {
          ...common.dictionary,
          ...dutch.dictionary,
          wegwijs: [...dutchExtras, ...publishedExamples],
        },
        graphs: common.adjacencyGraphs,
        translations: dutch.translations,
      }),
  ));

// zxcvbn's top score: at least 10^10 guesses, beyond an online attack and a slow offline one.
const MIN_SCORE = 4;
// Shorter parts of a name ('de', 'van', 'Bea') match too many passwords by chance.
const MIN_PERSONAL_PART = 4;

/** The words of a name or the parts of an e-mail address before the @. */
function personalParts(personal: string[]): string[] {
  return personal
    .flatMap((p) => (p.toLowerCase().split('@')[0] ?? '').split(/[\s._+\-']+/))
    .filter((part) => part.length >= MIN_PERSONAL_PART);
}

/** Why a new password is refused, or null when it is acceptable. Length is checked by zod. */
export async function passwordProblem(
  password: string,
  personal: string[] = [],
): Promise<Message | null> {
  const parts = personalParts(personal);
  const lower = password.toLowerCase();
  if (parts.some((part) => lower.includes(part))) {
    return message('problem.session.passwordPersonal');
  }
  if ((await passwordEstimator()).check(password, parts).score < MIN_SCORE) {
    return message('problem.session.passwordGuessable');
  }
  return null;
}
