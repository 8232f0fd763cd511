/** A date as people read it: '24 november 2026' or '24 November 2026'. Year-only dates stay as they are. */
export function formatDate(value: string, language: string): string {
  if (/^\d{4}(-\d{2})?$/.test(value)) return value;
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
