import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// The praatkleurplaat in real Chromium: a child colours with the keyboard alone and by touch on a
// tablet; the drawing is kept with a child only when the household consented; it prints blank.

const { loginAs } = demoSession();

/** A household with two children, made through the API as the signed-in page; consent optional. */
async function householdWithChildren(page: Page, reference: string, consent: boolean) {
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
  const send = async (url: string, data: unknown) => {
    const res = await page.request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  const { id } = await send('/api/v1/households', {
    reference,
    label: 'Fam. Kleur',
    startDate: today,
    data: {
      adults: [{ birthYear: 1987 }],
      children: [
        { ref: 'oudste', birthYear: 2016 },
        { ref: 'jongste', birthYear: 2019 },
      ],
      gemeente: { code: 'GM0202', name: 'Arnhem' },
      lifeEvents: [],
    },
  });
  if (consent)
    await send(`/api/v1/households/${id}/consents`, {
      purpose: 'kleurplaat',
      how: 'mondeling',
      givenAt: today,
    });
  return id as string;
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const region = (page: Page, id: string) => page.locator(`.ww-kp-screen [data-region="${id}"]`);

describe('praatkleurplaat in the browser', () => {
  it('keyboard only: choose a colour, colour a part with Enter, with a visible focus', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/kaarten');
    await page.getByRole('heading', { level: 1, name: 'Gesprekskaarten' }).waitFor();
    await tabTo(page, 'Praatkleurplaat op het scherm');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Praatkleurplaat' }).waitFor();
    await expectAccessible(page, 'kleurplaat');

    // The radio group: Tab reaches the chosen colour (red), the arrow keys move to yellow.
    await tabTo(page, 'rood');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'geel' }).isChecked()).toBe(true);

    for (let i = 0; i < 40 && !(await focusedLabel(page)).startsWith('het dak'); i++)
      await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('het dak: nog niet gekleurd');
    const focusLine = await region(page, 'dak').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(focusLine).toBe('9px');
    await page.keyboard.press('Enter');
    expect(await region(page, 'dak').getAttribute('fill')).toBe('#ffd400');
    expect(await focusedLabel(page)).toBe('het dak: geel');
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('het dak is nu geel.');
    // The neutral smiley has its own name, so a child using a screen reader finds it too.
    await expect
      .poll(() => region(page, 'smiley-neutraal').getAttribute('aria-label'))
      .toBe('de middelste smiley, niet blij en niet verdrietig: nog niet gekleurd');
    await expectAccessible(page, 'kleurplaat, gekleurd');
    expect(pageProblems(page)).toEqual([]);
  });

  it('touch on a tablet: tap a colour and a part, then keep it with a child (consent given)', async () => {
    const page = await loginAs('sociaal-werker', 'rivierstad', { hasTouch: true, isMobile: true });
    const id = await householdWithChildren(page, 'KLEUR-1', true);
    await page.goto(`/kaarten/kleurplaat?huishouden=${id}`);
    await page.getByRole('heading', { level: 1, name: 'Praatkleurplaat' }).waitFor();
    await page.getByRole('radio', { name: 'blauw', exact: true }).tap();
    await region(page, 'muur').tap();
    expect(await region(page, 'muur').getAttribute('fill')).toBe('#1f4fbf');
    await page.getByRole('radio', { name: 'groen' }).tap();
    await region(page, 'smiley-neutraal').tap();
    expect(await region(page, 'smiley-neutraal').getAttribute('fill')).toBe('#2e9e44');

    await page.getByLabel('Kind', { exact: true }).selectOption('jongste');
    await page.getByLabel('Wat vertelde het kind?').fill('Groen is rustig, zei ze.');
    await page.getByRole('button', { name: 'Bewaren bij dit kind' }).tap();
    await page.getByText('De kleurplaat is bewaard bij jongste.').waitFor();
    await expectAccessible(page, 'kleurplaat bij een huishouden');

    const kept = await (await page.request.get(`/api/v1/households/${id}/drawings`)).json();
    expect(kept.drawings).toHaveLength(1);
    expect(kept.drawings[0]).toMatchObject({
      childRef: 'jongste',
      fills: { muur: 'blauw', 'smiley-neutraal': 'groen' },
    });
    // The household page shows it, as a picture with a name.
    await page.goto(`/huishoudens/${id}`);
    await page.getByRole('img', { name: /Kleurplaat van jongste/ }).waitFor();
    // Deleting asks once more, naming the drawing.
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).tap();
    await page.getByRole('button', { name: /^Kleurplaat van jongste van .* verwijderen$/ }).tap();
    await page.getByText('Er zijn geen kleurplaten bewaard.').waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('offers no saving without the household’s consent, and prints a blank colouring page', async () => {
    const page = await loginAs('sociaal-werker');
    const id = await householdWithChildren(page, 'KLEUR-2', false);
    await page.goto(`/kaarten/kleurplaat?huishouden=${id}`);
    await page.getByText(/gaf geen toestemming om een kleurplaat te bewaren/).waitFor();
    expect(await page.getByRole('button', { name: 'Bewaren bij dit kind' }).count()).toBe(0);

    await page.getByRole('radio', { name: 'rood' }).check();
    await region(page, 'dak').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ww-kp-screen').isVisible()).toBe(false);
    expect(await page.locator('.ww-kp-print').isVisible()).toBe(true);
    const printed = await page
      .locator('.ww-kp-print [data-region]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('fill')));
    expect(new Set(printed)).toEqual(new Set(['#ffffff']));
    await page.emulateMedia({ media: 'screen' });

    const pdf = await page.request.get('/api/v1/kleurplaat/pdf?lang=nl');
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const text = await pdfText(Buffer.from(await pdf.body()));
    expect(text).toContain('Praatkleurplaat');
    expect(text).toContain('Wie kiest de kleren die jij aantrekt?');
  });
});
