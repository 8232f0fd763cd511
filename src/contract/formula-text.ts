import type { Formula, FormulaPart, Unit } from '../domain/benefits';
import { catalogue, LOCALES, type Language } from './messages/catalogue';

// A step's formula and value as a reader of one language writes numbers: '1.234,56' and '13,73%'
// in Dutch, '1,234.56' and '13.73%' in English; the words inside a formula come from the
// catalogue. The resident's page and the calculation API both word them here.

const moneyFormats = new Map<Language, Intl.NumberFormat>();
const currencyFormats = new Map<Language, Intl.NumberFormat>();

function cached(
  formats: Map<Language, Intl.NumberFormat>,
  language: Language,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.NumberFormat(LOCALES[language], options)));
  return format;
}

/** Cents as '1.234,56' (nl) or '1,234.56' (en), without the euro sign. */
function amount(cents: number, language: Language): string {
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return cached(moneyFormats, language, options).format(cents / 100);
}

/**
 * A number as JavaScript writes it (no rounding, no grouping: a percentage of the law keeps all its
 * decimals) with the reader's decimal sign.
 */
function plain(n: number, language: Language): string {
  return language === 'nl' ? String(n).replace('.', ',') : String(n);
}

function partText(part: FormulaPart, language: Language): string {
  if (typeof part === 'string') return part;
  if ('key' in part) return catalogue().text(language, part);
  if ('cents' in part) return amount(part.cents, language);
  if ('percent' in part) return `${plain(part.percent, language)}%`;
  return plain(part.number, language);
}

/** The formula in the reader's language, for example '2.119,00 - 568,55' or '2,119.00 - 568.55'. */
export function formulaText(formula: Formula, language: Language): string {
  return formula.map((part) => partText(part, language)).join('');
}

/** A step's value without a worded unit: '€ 1.234,56' or '€1,234.56', '13,73%' or '13.73%'. */
export function stepValueText(value: number, unit: Unit, language: Language): string {
  if (unit.startsWith('eurocent'))
    return cached(currencyFormats, language, { style: 'currency', currency: 'EUR' }).format(
      value / 100,
    );
  if (unit === 'percentage') return `${plain(value, language)}%`;
  return plain(value, language);
}
