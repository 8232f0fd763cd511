import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
// pdfmake 0.3's server build is CommonJS.
const pdfmake = require('pdfmake') as {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const fonts = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
const fontDir = dirname(fonts.Roboto!.normal!);

pdfmake.setFonts(fonts);
// Documents never fetch anything: no URLs, and from disk only the bundled fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** Renders a pdfmake document to PDF bytes. pdfmake changes the definition it gets, so it gets a copy. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(structuredClone(doc)).getBuffer();
}
