import { LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Instrument } from '../../domain/assessment/types';
import { message } from '../../domain/message';
import { catalogue } from '../messages/catalogue';
import type { FieldError } from '../problem';
import { fieldErrors } from '../validation-messages';
import { instrumentFileSchema } from './instrument';
import type { InstrumentVocabularies } from './instrument';

// Reads the text of an instrument file (YAML) into an Instrument, or returns every problem with the
// field and the line it is on. No file access here: the caller reads the file.

export interface InstrumentFileError extends FieldError {
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column on that line, when known. */
  column?: number;
}

export type InstrumentFileResult =
  { ok: true; instrument: Instrument } | { ok: false; errors: InstrumentFileError[] };

function positionOf(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): { line: number; column: number } | undefined {
  // The deepest node that exists on the path (a missing field is reported at its parent).
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    const start = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
    if (start !== undefined) {
      const { line, col } = counter.linePos(start);
      return { line, column: col };
    }
  }
  return undefined;
}

export function parseInstrumentYaml(
  text: string,
  vocabularies: InstrumentVocabularies = {},
): InstrumentFileResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        field: '(file)',
        code: 'yaml_syntax',
        messages: catalogue().bilingual(message('contentFile.invalidYaml', { code: e.code })),
        line: counter.linePos(e.pos[0]).line,
        column: counter.linePos(e.pos[0]).col,
      })),
    };
  const result = instrumentFileSchema(vocabularies).safeParse(doc.toJS());
  if (result.success) return { ok: true, instrument: result.data };
  return {
    ok: false,
    errors: result.error.issues.flatMap((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      return fieldErrors([issue]).map((error, k) => {
        // An unknown key is reported on the key itself.
        const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[k] ?? ''] : path;
        const position = positionOf(doc, counter, at);
        return position === undefined ? error : { ...error, ...position };
      });
    }),
  };
}
