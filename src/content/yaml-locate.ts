import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

// Maps a path into a parsed YAML document (as zod reports it) to a line and column, and an offset
// back to the path of the field it falls in (for YAML syntax errors).

export interface Position {
  line: number;
  column: number;
}

type Segment = PropertyKey;

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The position of the node at `path`. When the path ends in a key that is not there (a missing
 * field), this is the position of the nearest existing parent: the key that holds the object, or
 * the start of the document.
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly Segment[],
): Position {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  // Where the current node was named: a missing field is reported at the key of its parent.
  let keyOffset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p.key) === String(segment));
      if (!pair) {
        if (keyOffset !== undefined) offset = keyOffset;
        break;
      }
      const value = pair.value as Node | null;
      const keyRange = (pair.key as Node | null)?.range;
      keyOffset = keyRange?.[0];
      if (value?.range && !(isScalar(value) && value.value === null && keyRange)) {
        node = value;
        offset = value.range[0];
      } else {
        // `field:` with nothing after it: point at the key.
        node = value;
        offset = keyRange?.[0] ?? offset;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      node = item;
      offset = item.range[0];
      keyOffset = undefined;
    } else break;
  }
  return positionAt(lineCounter, offset);
}

/** The position of the key `key` inside the map at `path` (for an unknown field). */
export function locateKey(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly Segment[],
  key: string,
): Position {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((p) => keyOf(p.key) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else {
      node = undefined;
      break;
    }
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => keyOf(p.key) === key);
    const range = (pair?.key as Node | undefined)?.range;
    if (range) return positionAt(lineCounter, range[0]);
  }
  return locatePath(doc, lineCounter, path);
}

function contains(range: readonly number[] | null | undefined, offset: number): boolean {
  return !!range && offset >= range[0]! && offset <= range[2]!;
}

/** The dotted path of the deepest field whose text contains `offset`, or '' at the top level. */
export function pathAtOffset(doc: Document, offset: number): string {
  const path: string[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = (p.key as Node | null)?.range?.[0];
        const end = (p.value as Node | null)?.range?.[2] ?? (p.key as Node | null)?.range?.[2];
        return start !== undefined && end !== undefined && offset >= start && offset <= end;
      });
      const key = pair ? keyOf(pair.key) : undefined;
      if (!pair || key === undefined) break;
      path.push(key);
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains((item as Node | null)?.range, offset));
      if (index < 0) break;
      path.push(String(index));
      node = node.items[index];
    } else break;
  }
  return path.join('.');
}
