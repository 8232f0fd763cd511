import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-pdf-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  try {
    return await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, read by poppler's pdftotext (Debian package poppler-utils). */
export const pdfText = (pdf: Buffer) =>
  withFile(pdf, async (path) =>
    (await run('pdftotext', ['-layout', path, '-'])).stdout.replace(/\s+/g, ' '),
  );

/** Page size in points as pdfinfo reports it, e.g. '595.28 x 841.89'. */
export const pdfPageSize = (pdf: Buffer) =>
  withFile(
    pdf,
    async (path) =>
      /Page size:\s+([\d.]+ x [\d.]+)/.exec((await run('pdfinfo', [path])).stdout)?.[1],
  );
