// Dutch surnames carry tussenvoegsels ('van der', 'de', "'t") that partners write in the surname
// column, in their own column or after the initials; matching ignores them and the accents.
const PREFIX_WORDS = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  'ten',
  'ter',
  'te',
  "'t",
  't',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'von',
  'vom',
  'zu',
  'le',
  'la',
  'du',
  'des',
  "d'",
  'di',
  'da',
  'dos',
  'el',
  'al',
  'vd',
  'v.d.',
]);

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Initials as capitals without dots: 'j.p.' → 'JP', 'Jan Peter' → 'JP'. */
export function normaliseInitials(text: string): string {
  const words = foldAccents(text)
    .split(/[\s.]+/)
    .filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** Surname for matching: no tussenvoegsels, accents, case or punctuation ('Van der Bérg' → 'berg'). */
export function surnameKey(surname: string): string {
  const words = foldAccents(surname).toLowerCase().split(/[\s]+/).filter(Boolean);
  const core = words.filter((w) => !PREFIX_WORDS.has(w));
  return (core.length ? core : words).join('').replace(/[^a-z]/g, '');
}

/**
 * Splits one name cell into initials, tussenvoegsel and surname. Handles 'J.P. van der Berg' and
 * the register form 'Berg, J.P. van der'.
 */
export function splitFullName(full: string): { initials: string; prefix: string; surname: string } {
  const text = full.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma !== -1) {
    const surname = text.slice(0, comma).trim();
    const rest = text
      .slice(comma + 1)
      .trim()
      .split(' ');
    const prefixStart = rest.findIndex((w) => PREFIX_WORDS.has(w.toLowerCase()));
    const initials = prefixStart === -1 ? rest : rest.slice(0, prefixStart);
    const prefix = prefixStart === -1 ? [] : rest.slice(prefixStart);
    return { initials: initials.join(' '), prefix: prefix.join(' '), surname };
  }
  const words = text.split(' ');
  let i = 0;
  const initials: string[] = [];
  while (i < words.length - 1 && /^([A-Za-z]\.)+[A-Za-z]?\.?$/.test(words[i]!))
    initials.push(words[i++]!);
  const prefix: string[] = [];
  while (i < words.length - 1 && PREFIX_WORDS.has(words[i]!.toLowerCase()))
    prefix.push(words[i++]!);
  return {
    initials: initials.join(' '),
    prefix: prefix.join(' '),
    surname: words.slice(i).join(' '),
  };
}

/** Two people with the same address and birth date are the same when their names agree. */
export function sameName(
  a: { surname: string; initials: string },
  b: { surname: string; initials: string },
): boolean {
  if (surnameKey(a.surname) !== surnameKey(b.surname)) return false;
  const [ia, ib] = [normaliseInitials(a.initials), normaliseInitials(b.initials)];
  // Partners differ in how many initials they send; the first one must agree when both have one.
  return ia === '' || ib === '' || ia[0] === ib[0];
}
