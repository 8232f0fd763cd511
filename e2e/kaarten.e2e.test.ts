import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseInstrumentYaml } from '../src/contract/scan';
import { pdfText } from '../test/pdf';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// Gesprekskaarten in the browser: the decks from the menu, a deck with its cards, the PDF, and the
// calm one-card-at-a-time mode, all with the keyboard alone.

const { loginAs } = demoSession();

const loaded = parseInstrumentYaml(
  readFileSync(
    fileURLToPath(new URL('../content/scan/kapitaalscan-v1.yaml', import.meta.url)),
    'utf8',
  ),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument = loaded.instrument;

/**
 * A household with a completed scan, made through the API as the signed-in page (the scan itself
 * is tested in kapitaalscan.e2e.test.ts): social capital 1, money 2, everything else 4.
 */
async function householdWithProfile(page: Page): Promise<string> {
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
  const send = async (method: 'post' | 'put', url: string, data: unknown = {}) => {
    const res = await page.request[method](url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  const { id } = await send('post', '/api/v1/households', {
    reference: 'KAART-1',
    label: 'Fam. Kaart',
    startDate: today,
    data: {
      adults: [{ birthYear: 1988 }],
      children: [],
      gemeente: { code: 'GM0202', name: 'Arnhem' },
      lifeEvents: [],
    },
  });
  await send('post', `/api/v1/households/${id}/consents`, {
    purpose: 'kapitaalscan',
    how: 'mondeling',
    givenAt: today,
  });
  const scan = await send('post', `/api/v1/households/${id}/scans`);
  const scores: Record<string, number> = { sociaal: 1, economisch: 2 };
  const aspects = Object.fromEntries(
    instrument.capitals.flatMap((c) =>
      c.aspects
        .filter((a) => !a.appliesWhen?.hasChildren)
        .map((a) => [a.id, { householdScore: scores[c.capital] ?? 4, wantsToWorkOn: false }]),
    ),
  );
  await send('put', `/api/v1/households/${id}/scans/${scan.id}`, {
    ...scan.answers,
    aspects,
  });
  await send('post', `/api/v1/households/${id}/scans/${scan.id}/complete`);
  return id;
}

/** The text of the card shown in the one-at-a-time mode. */
const shownCard = (page: Page) => page.locator('.ww-mode-card').innerText();

describe('gesprekskaarten in the browser', () => {
  it('keyboard only: from the menu to a deck, its cards and the PDF', async () => {
    const page = await loginAs('sociaal-werker');
    await tabTo(page, 'Gesprekskaarten');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gesprekskaarten' }).waitFor();
    await expectAccessible(page, 'kaartensets');

    await tabTo(page, 'Gezien en Gehoord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gezien en Gehoord' }).waitFor();
    // Capital cards with their tags, case cards with their answer and literature.
    await page.getByRole('heading', { level: 2, name: 'Casuskaart' }).waitFor();
    await page.getByText('Noah is 9 jaar.', { exact: false }).waitFor();
    await page.getByText('Uit de duivelskring van armoede').first().waitFor();
    await expectAccessible(page, 'kaartenset');

    // An intervention card opens its wegwijzer entry.
    await tabTo(page, 'Open Inloopsprekuren in de wegwijzer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inloopsprekuren' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Gezien en Gehoord' }).waitFor();

    await tabTo(page, 'Download als pdf om te printen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Knip langs de stippellijnen');
    expect(pageProblems(page)).toEqual([]);
  });

  it('keyboard only: one card at a time, flipped with Enter, moved with the arrow keys', async () => {
    const page = await loginAs('sociaal-werker');
    // Nothing is stored: the mode sends no write to the server.
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/api/'))
        writes.push(`${r.method()} ${r.url()}`);
    });
    await page.goto('/kaarten/kaartenset-schulden');
    await page.getByRole('heading', { level: 1, name: 'Kaartenset Schulden' }).waitFor();
    await tabTo(page, 'Eén voor één gebruiken');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Kaartenset Schulden: één kaart tegelijk' })
      .waitFor();
    await page.getByText('Kaart 1 van 25', { exact: false }).waitFor();
    expect(await shownCard(page)).toContain(
      'Hoe was het voor u om de eerste stap naar hulp te zetten?',
    );
    await expectAccessible(page, 'één kaart: voorkant');

    // Arrow keys: next and previous, from anywhere on the page.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByText('Kaart 3 van 25', { exact: false }).waitFor();
    expect(await shownCard(page)).toContain('Schulden kunnen iedereen overkomen.');

    // Enter on the flip button turns the card over, and back again.
    await tabTo(page, 'Draai de kaart om');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownCard(page)).toContain('Bent u het hiermee eens?');
    expect(await focusedName(page)).toBe('Terug naar de voorkant');
    await expectAccessible(page, 'één kaart: achterkant');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownCard(page)).toContain('Schulden kunnen iedereen overkomen.');

    // Enter on the card itself turns it over too; the next card starts on its front.
    await page.locator('.ww-mode-card').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shownCard(page)).toContain('Bent u het hiermee eens?');
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Kaart 2 van 25 · Vraag · Voorkant', { exact: false }).waitFor();

    // The first card has no previous; the button says so by being disabled.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Kaart 1 van 25', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Vorige kaart' }).isDisabled()).toBe(true);

    expect(writes).toEqual([]);
    await tabTo(page, 'Stoppen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kaartenset Schulden' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('a household page offers the cards for its weakest capitals first', async () => {
    const page = await loginAs('sociaal-werker');
    const id = await householdWithProfile(page);
    await page.goto(`/huishoudens/${id}`);
    const section = page.getByRole('region', { name: 'Gesprekskaarten die passen' });
    await section
      .getByText(
        'Kaarten over de kapitalen die nu het zwakst zijn: Sociaal kapitaal, Economisch kapitaal.',
      )
      .waitFor();
    // Social capital is the weakest, money next: first the cards about both (a life change, borrowing
    // within the network), then the cards about the network alone.
    const links = section.getByRole('listitem').getByRole('link');
    await expect
      .poll(() => links.allInnerTexts())
      .toEqual([
        'Is er iets in uw leven veranderd, zoals een scheiding, ziekte of ander werk?',
        expect.stringMatching(/^Leent u weleens geld van familie of vrienden/),
        'Inloopsprekuur',
        'Steunouders',
      ]);
    await expectAccessible(page, 'huishouden met kaarten');
    await links.first().click();
    await page.getByRole('heading', { level: 1, name: 'Kaartenset Schulden' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('keyboard only: the private reflection log, before and after side by side', async () => {
    const page = await loginAs('teamleider');
    await page.goto('/kaarten');
    await tabTo(page, 'Mijn reflectie');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn reflectie' }).waitFor();
    await page.getByText('Alleen jij kunt dit lezen.', { exact: false }).first().waitFor();
    await expectAccessible(page, 'reflectie');

    // Saving with no answer names what to fix.
    await tabTo(page, 'Reflectie bewaren');
    await page.keyboard.press('Enter');
    await page.getByText('Beantwoord minstens één reflectiekaart.').first().waitFor();
    await expectAccessible(page, 'reflectie met fout');

    const question = "Welk beeld komt als eerste bij je op als je het woord 'armoede' hoort?";
    await tabTo(page, question);
    await page.keyboard.type('Een lege koelkast.');
    await tabTo(page, 'Reflectie bewaren');
    await page.keyboard.press('Enter');
    await page.getByText('Je reflectie is bewaard.').waitFor();

    // Later: the same card, now marked 'Achteraf'.
    await tabTo(page, 'Wanneer');
    await page.keyboard.press('End');
    await tabTo(page, question);
    await page.keyboard.type('Een moeder die drie banen heeft.');
    await tabTo(page, 'Reflectie bewaren');
    await page.keyboard.press('Enter');
    const item = page.locator('.ww-reflection-list > div').filter({ hasText: question });
    await item.getByText('Vooraf: Een lege koelkast.', { exact: false }).waitFor();
    await item.getByText('Achteraf: Een moeder die drie banen heeft.', { exact: false }).waitFor();
    await expectAccessible(page, 'reflectie vergeleken');
    expect(pageProblems(page)).toEqual([]);
  });
});
