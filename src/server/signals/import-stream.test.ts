import { describe, expect, it } from 'vitest';
import { readAhead, readSignalStream } from './import-stream';

const IMPORT_DATE = '2026-11-02';
const HEADER = 'schuldeiser;bedrag;maanden;achternaam;postcode;huisnummer;geboortedatum\r\n';

/** A partner file of `rows` different people, served in chunks; counts how many were pulled. */
function chunkedFile(rows: number, chunkBytes: number) {
  const pulled = { chunks: 0, total: 0 };
  let text = HEADER;
  for (let i = 0; i < rows; i++)
    text += `energie;80;3;Jansen;${1000 + (i % 8999)}AB;${1 + Math.floor(i / 8999)};1975-05-05\r\n`;
  const bytes = new TextEncoder().encode(text);
  pulled.total = Math.ceil(bytes.length / chunkBytes);
  async function* source() {
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      pulled.chunks++;
      yield bytes.subarray(at, at + chunkBytes);
    }
  }
  return { source: source(), pulled };
}

describe('reading an upload as a stream', () => {
  it('hands out valid rows in batches while most of the file has not been read yet', async () => {
    const { source, pulled } = chunkedFile(20_000, 16 * 1024);
    const stream = readSignalStream(source, IMPORT_DATE, 500);
    const sizes: number[] = [];
    let pulledAtFirstBatch = 0;
    for await (const batch of stream.batches) {
      if (sizes.length === 0) pulledAtFirstBatch = pulled.chunks;
      sizes.push(batch.length);
    }
    expect(pulledAtFirstBatch).toBeLessThan(pulled.total / 4);
    expect(pulled.chunks).toBe(pulled.total);
    expect(sizes).toHaveLength(40);
    expect(sizes.every((size) => size === 500)).toBe(true);
    expect(stream.summary()).toMatchObject({ dataRows: 20_000, validRows: 20_000, issues: [] });
  });

  it('keeps the line numbers, a duplicate and a character cut between two chunks', async () => {
    const text =
      'schuldeiser;bedrag;maanden;achternaam;straat;postcode;huisnummer;geboortedatum\r\n' +
      'energie;80;3;Jansen;Hof;1234AB;5;1975-05-05\r\n' +
      'water;12,50;1;Mérel;"Hof\r\nachter";1234AB;6;1975-05-05\r\n' +
      'energie;80;3;Jansen;Hof;1234AB;5;1975-05-05\r\n';
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of 'é'
    async function* source() {
      yield bytes.subarray(0, cut);
      yield bytes.subarray(cut);
    }
    const stream = readSignalStream(source(), IMPORT_DATE);
    const rows = [];
    for await (const batch of stream.batches) rows.push(...batch);
    const summary = stream.summary();
    expect(summary.encoding).toBe('utf-8');
    expect(rows.map((r) => [r.line, r.surname])).toEqual([
      [2, 'Jansen'],
      [3, 'Mérel'],
    ]);
    // The quoted street spans lines 3 and 4, so the repeated row is line 5.
    expect(summary.issues.map((i) => `${i.line}:${i.code}:${i.duplicateOf}`)).toEqual([
      '5:duplicate_row:2',
    ]);
  });

  it('reads Windows-1252 when the first chunk with accents is not UTF-8', async () => {
    const header = new TextEncoder().encode(HEADER);
    const row = Uint8Array.from(
      [...'water;12,50;1;M\u00e9rel;1234AB;6;1975-05-05\r\n'].map((c) => c.charCodeAt(0)),
    );
    async function* source() {
      yield header;
      yield row;
    }
    const stream = readSignalStream(source(), IMPORT_DATE);
    const rows = [];
    for await (const batch of stream.batches) rows.push(...batch);
    expect(stream.summary()).toMatchObject({ encoding: 'windows-1252', issues: [] });
    expect(rows[0]!.surname).toBe('Mérel');
  });
});

describe('reading the next batch while one is written', () => {
  /** Batches 1..n; counts how many were asked for and whether the source was closed. */
  function counted(n: number, failAt?: number) {
    const seen = { asked: 0, closed: false };
    async function* source() {
      try {
        for (let i = 1; i <= n; i++) {
          seen.asked = i;
          if (i === failAt) throw new Error('unreadable upload');
          yield i;
        }
      } finally {
        seen.closed = true;
      }
    }
    return { source: source(), seen };
  }

  it('hands out every batch in order, the next one already asked for', async () => {
    const { source, seen } = counted(4);
    const handed: number[] = [];
    const askedWhileWriting: number[] = [];
    for await (const batch of readAhead(source)) {
      await new Promise((resolve) => setTimeout(resolve, 1)); // the write
      askedWhileWriting.push(seen.asked);
      handed.push(batch);
    }
    expect(handed).toEqual([1, 2, 3, 4]);
    expect(askedWhileWriting).toEqual([2, 3, 4, 4]);
  });

  it('reports a read that fails ahead where the loop waits for it, after the batch before it', async () => {
    const { source } = counted(4, 3);
    const handed: number[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        (async () => {
          for await (const batch of readAhead(source)) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            handed.push(batch);
          }
        })(),
      ).rejects.toThrow('unreadable upload');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(handed).toEqual([1, 2]);
    expect(unhandled).toEqual([]);
  });

  it('closes the source when the writer stops early', async () => {
    const { source, seen } = counted(10);
    await expect(
      (async () => {
        for await (const batch of readAhead(source))
          if (batch === 2) throw new Error('write failed');
      })(),
    ).rejects.toThrow('write failed');
    expect(seen.closed).toBe(true);
    expect(seen.asked).toBe(3);
  });
});
