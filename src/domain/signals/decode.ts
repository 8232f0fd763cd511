export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F ('€', curly quotes, 'Š', …). Some runtimes
// (Node 20 among them) decode 'windows-1252' as Latin-1, so this table does those 32 bytes itself.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    chunk.push(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte);
    if (chunk.length === 8192) text += String.fromCharCode(...chunk.splice(0));
  }
  return text + String.fromCharCode(...chunk);
}

const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);

/**
 * Reads a partner's file as text, chunk by chunk. Partners export from Excel, so besides UTF-8
 * (with or without a byte-order mark) the file is often Windows-1252. The first chunk decides: a
 * byte-order mark means UTF-8; bytes that are not valid UTF-8 mean Windows-1252. While the text is
 * plain ASCII (the same in both) the choice waits for the first chunk that is not.
 */
export class SignalFileDecoder {
  #encoding: TextEncodingName | null = null;
  #utf8 = new TextDecoder('utf-8', { fatal: true });
  #started = false;

  get encoding(): TextEncodingName {
    return this.#encoding ?? 'utf-8';
  }

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (!this.#started && bytes.length > 0) {
      this.#started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.#encoding = 'utf-8-bom';
        bytes = bytes.subarray(3);
      }
    }
    if (this.#encoding === null && !isAscii(bytes)) this.#encoding = this.#detect(bytes);
    if (this.#encoding === 'windows-1252') return decodeWindows1252(bytes);
    try {
      return this.#utf8.decode(bytes, { stream: true });
    } catch {
      // Valid UTF-8 at first, broken later: Excel-style text after all; read the rest as such.
      this.#encoding = 'windows-1252';
      return decodeWindows1252(bytes);
    }
  }

  end(): string {
    if (this.#encoding === 'windows-1252') return '';
    try {
      return this.#utf8.decode();
    } catch {
      return '\uFFFD';
    }
  }

  #detect(bytes: Uint8Array): TextEncodingName {
    try {
      // A multi-byte character may be cut at the end of the chunk: 'stream' allows that.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
      return 'utf-8';
    } catch {
      return 'windows-1252';
    }
  }
}

/** Reads a whole file at once (small files and tests); the same rules as chunk by chunk. */
export function decodeSignalFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoder = new SignalFileDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding };
}
