import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * Stack traces that point into the bundle are shown at their place in the sources. Node maps
 * only files that its own loaders read, and the server bundle is compiled through vm.Script
 * (code-cache.ts). Parsing the 2.6 MB source map takes about 0.3 s, so it happens at the first
 * stack trace that needs it, never at start.
 */
export function mapBundleStackTraces(bundle: string): void {
  let map: SourceMap | null | undefined;
  const sourceMap = () => {
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
      } catch {
        map = null;
      }
    }
    return map;
  };
  /** The frame as V8 words it, with a place in the bundle replaced by its place in the sources. */
  const describe = (frame: NodeJS.CallSite): string => {
    const text = frame.toString();
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (frame.getFileName() !== bundle || line === null || column === null) return text;
    const entry = sourceMap()?.findEntry(line - 1, column - 1);
    if (!entry || !('originalSource' in entry)) return text;
    const source = resolve(dirname(bundle), entry.originalSource);
    const original = `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    return text.replace(`${bundle}:${line}:${column}`, original);
  };
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) =>
    [heading(error), ...frames.map((frame) => `    at ${describe(frame)}`)].join('\n');
}

function heading(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}
