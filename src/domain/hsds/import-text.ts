// Text helpers of the HSDS import: HTML to plain text, shortening, phone numbers, names.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** HSDS descriptions may hold HTML; we keep plain text with blank lines between paragraphs. */
export function plainText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  if (/<[a-z/][^>]*>/i.test(out)) {
    out = out
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|ul|ol)>/gi, '\n\n')
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<[^>]+>/g, '');
  }
  out = out
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return out.trim();
}

/** At most `max` characters, cut after a sentence or else at a word, with '…' when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let taken = '';
  for (const s of sentences) {
    if ((taken + s).trim().length > max) break;
    taken += s;
  }
  if (taken.trim().length > 0) return taken.trim();
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0] ?? text;
}

export const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A phone number as our forms accept it, or null. Strips quotes and other decoration. */
export function cleanPhone(raw: string): string | null {
  const cleaned = raw
    .replace(/[^\d\s()+-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const digits = cleaned.match(/\d/g)?.length ?? 0;
  return /^\+?[\d\s()-]{6,20}$/.test(cleaned) && digits >= 6 ? cleaned : null;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
