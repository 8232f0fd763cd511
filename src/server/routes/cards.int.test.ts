import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/harness';
import { pdfPageSize, pdfRegionText, pdfText } from '../../../test/pdf';
import type { Role } from '../../contract/common';
import { buildOrganisation, type BuiltOrganisation } from '../../../test/factories/organisations';
import { signedInAs } from '../../../test/factories/users';

// /api/v1/decks: the conversation card decks for every signed-in user, and a PDF to print.

// A4 in points; the grid is 2 × 4 cards inside a 10 mm margin. Regions sit well inside a card.
const CARD_WIDTH = (595.28 - 2 * 28.35) / 2;
const CARD_HEIGHT = 190;
const region = (column: number, row: number) => ({
  x: 28.35 + column * CARD_WIDTH + 5,
  y: 28.35 + row * CARD_HEIGHT + 5,
  width: CARD_WIDTH - 10,
  height: CARD_HEIGHT - 20,
});
const LEFT_ROW_1 = region(0, 0);
const RIGHT_ROW_1 = region(1, 0);
const LEFT_ROW_2 = region(0, 1);
const RIGHT_ROW_2 = region(1, 1);

let t: TestApp;
let organisation: BuiltOrganisation;

const signedIn = async (role: Role) => (await signedInAs(t, organisation, role)).client;

beforeAll(async () => {
  t = await createTestApp();
  organisation = await buildOrganisation(t);
});
afterAll(() => t.close());

describe('decks API', () => {
  it('refuses a visitor who is not signed in', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/api/v1/decks')).statusCode).toBe(401);
    expect((await anonymous.get('/api/v1/decks/gezien-en-gehoord/pdf')).statusCode).toBe(401);
  });

  it('lists the four decks with their size and the capitals they touch', async () => {
    const worker = await signedIn('sociaal_werker');
    const res = await worker.get('/api/v1/decks');
    expect(res.statusCode).toBe(200);
    const decks = res.json().decks as { id: string; cardCount: number; capitals: string[] }[];
    expect(decks.map((d) => d.id)).toEqual([
      'gesprekstechnieken',
      'gezien-en-gehoord',
      'kaartenset-schulden',
      'praatkleurplaat',
    ]);
    const gezien = decks.find((d) => d.id === 'gezien-en-gehoord')!;
    expect(gezien.capitals).toEqual([
      'economisch',
      'sociaal',
      'cultureel',
      'pedagogisch',
      'mentaal',
    ]);
    expect(gezien.cardCount).toBeGreaterThanOrEqual(25);
  });

  it('shows one deck with fronts, backs and the wegwijzer items of its intervention cards', async () => {
    const worker = await signedIn('teamleider');
    const res = await worker.get('/api/v1/decks/gezien-en-gehoord');
    expect(res.statusCode).toBe(200);
    const deck = res.json();
    expect(deck.title).toEqual({ nl: 'Gezien en Gehoord', en: 'Seen and Heard' });
    const inloop = deck.cards.find((c: { id: string }) => c.id === 'interventie-inloopsprekuren');
    expect(inloop.interventions).toEqual([{ id: 'inloopsprekuren', name: 'Inloopsprekuren' }]);
    const noah = deck.cards.find((c: { id: string }) => c.id === 'casus-noah');
    expect(noah.back.nl).toContain('Economisch');
    expect(noah.sources[0].document).toBe('Uit de duivelskring van armoede');
  });

  it('answers 404 with a translated message for a deck that does not exist', async () => {
    const worker = await signedIn('sociaal_werker');
    const res = await worker.get('/api/v1/decks/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.json().messages.nl).toBe('Deze kaartenset bestaat niet.');
    expect((await worker.get('/api/v1/decks/Geen_Id!')).statusCode).toBe(422);
  });

  it('prints a deck as a real A4 PDF: fronts, mirrored backs, cut-line instructions', async () => {
    const worker = await signedIn('sociaal_werker');
    const res = await worker.get('/api/v1/decks/kaartenset-schulden/pdf');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfPageSize(res.rawPayload)).toBe('595.28 x 841.89');
    const text = await pdfText(res.rawPayload);
    // Every page says which side it is and how to cut and print.
    expect(text).toContain('Voorkanten · Knip langs de stippellijnen');
    expect(text).toContain('Achterkanten · Knip langs de stippellijnen');
    // Card 3 (row 2, left) is a statement; its back is on page 2, row 2, right.
    expect(await pdfRegionText(res.rawPayload, 1, LEFT_ROW_2)).toContain(
      'Schulden kunnen iedereen overkomen.',
    );
    expect(await pdfRegionText(res.rawPayload, 2, RIGHT_ROW_2)).toContain(
      'Bent u het hiermee eens?',
    );
    const english = await worker.get('/api/v1/decks/kaartenset-schulden/pdf?lang=en');
    expect(await pdfRegionText(english.rawPayload, 1, LEFT_ROW_2)).toContain(
      'Debts can happen to anyone.',
    );
    expect(await pdfText(english.rawPayload)).toContain('Cut along the dashed lines');
  });

  it('puts each back behind its front: first row of the back page is mirrored', async () => {
    const worker = await signedIn('sociaal_werker');
    const res = await worker.get('/api/v1/decks/gezien-en-gehoord/pdf');
    const pdf = res.rawPayload;
    expect(await pdfRegionText(pdf, 1, LEFT_ROW_1)).toContain('Economisch kapitaal');
    expect(await pdfRegionText(pdf, 1, RIGHT_ROW_1)).toContain('Sociaal kapitaal');
    // Page 2: the back of card 1 (economisch) is on the right, behind its front after flipping.
    expect(await pdfRegionText(pdf, 2, RIGHT_ROW_1)).toContain('Alles wat met geld te maken heeft');
    expect(await pdfRegionText(pdf, 2, LEFT_ROW_1)).toContain('De mensen om je heen');
    // A case card's back names the literature it rests on.
    expect(await pdfText(pdf)).toContain('Uit de duivelskring van armoede');
  });
});
