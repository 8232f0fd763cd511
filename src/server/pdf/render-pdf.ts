import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

let pdfmake: PdfMake | undefined;

/** pdfmake takes a fifth of a second to load, so it loads at the first PDF, not at start. */
function load(): PdfMake {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  // pdfmake 0.3's server build is CommonJS.
  const instance = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
  const fontDir = dirname(fonts.Roboto!.normal!);
  instance.setFonts(fonts);
  // Documents never fetch anything: no URLs, and from disk only the bundled fonts.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  pdfmake = instance;
  return instance;
}

/** Renders a pdfmake document to PDF bytes. pdfmake changes the definition it gets, so it gets a copy. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return load().createPdf(structuredClone(doc)).getBuffer();
}
