export type Delimiter = ';' | ',' | '\t';
const CANDIDATES: Delimiter[] = [';', '\t', ','];

/** The delimiter that splits the header line most often, outside quotes; null for one column. */
export function detectDelimiter(text: string): Delimiter | null {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    let count = 0;
    let quoted = false;
    for (const char of header) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count++;
    }
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export type CsvRecord = { line: number; cells: string[]; unclosedQuote?: true };

/**
 * Splits CSV text into records (RFC 4180: quoted cells may hold delimiters, doubled quotes and
 * line breaks). Each record carries the line it starts on, so the report can point at it.
 */
export function* csvRecords(text: string, delimiter: Delimiter): Generator<CsvRecord> {
  let line = 1;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let unclosed = false;
    for (;;) {
      if (index >= length) {
        if (quoted) unclosed = true;
        cells.push(cell);
        break;
      }
      const char = text[index]!;
      if (quoted) {
        if (char === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          quoted = false;
        } else {
          if (char === '\n') line++;
          cell += char;
        }
        index++;
        continue;
      }
      if (char === '"' && cell === '') quoted = true;
      else if (char === delimiter) {
        cells.push(cell);
        cell = '';
      } else if (char === '\r' && text[index + 1] === '\n') {
        index++;
        continue;
      } else if (char === '\n') {
        cells.push(cell);
        index++;
        line++;
        break;
      } else cell += char;
      index++;
    }
    const blank = cells.length === 1 && cells[0]!.trim() === '';
    if (!blank)
      yield unclosed ? { line: startLine, cells, unclosedQuote: true } : { line: startLine, cells };
  }
}
