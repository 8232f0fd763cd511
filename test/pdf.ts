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

/** The text in one rectangle of one page (points, at 72 dpi, from the top left), in reading order. */
export const pdfRegionText = (
  pdf: Buffer,
  page: number,
  box: { x: number; y: number; width: number; height: number },
) =>
  withFile(pdf, async (path) => {
    const crop = [box.x, box.y, box.width, box.height].map((n) => String(Math.round(n)));
    const args = ['-f', String(page), '-l', String(page), '-r', '72'];
    const [x, y, w, h] = crop as [string, string, string, string];
    const { stdout } = await run('pdftotext', [
      ...args,
      '-x',
      x,
      '-y',
      y,
      '-W',
      w,
      '-H',
      h,
      path,
      '-',
    ]);
    return stdout.replace(/\s+/g, ' ').trim();
  });
