import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// A Kwaliteitskompas cycle in the browser, with the keyboard: the beleidsmedewerker (the
// gemeente's playing field) starts a cycle for Arnhem and writes an ambition; the teamleider of
// the same organisation (the organisations' field) reads that block and adds an activity.

const { loginAs } = demoSession();

async function pageOpened(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
}

describe('Kwaliteitskompas', () => {
  let cycleUrl = '';

  it('the gemeente starts a cycle and saves an ambition as a new version', async () => {
    const page = await loginAs('beleidsmedewerker');
    await tabTo(page, 'Kwaliteitskompas');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Kwaliteitskompas');
    await page.getByText('Er is nog geen cyclus.').waitFor();
    await expectAccessible(page, 'kompas list');
    await tabTo(page, 'Naam van de cyclus');
    await page.keyboard.type('Kinderarmoede Arnhem');
    await page.getByLabel('Begin').fill('2026-01-01');
    await page.getByLabel('Einde').fill('2026-12-31');
    await tabTo(page, 'Cyclus starten');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Kwaliteitskompas: Kinderarmoede Arnhem');
    cycleUrl = new URL(page.url()).pathname;
    await page.getByText('Arnhem, 2026-01-01 tot en met 2026-12-31 Versie 1').waitFor();
    await expectAccessible(page, 'new kompas cycle');
    await tabTo(page, 'Toevoegen: Ambitie 1');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Ambitie 1');
    await page.keyboard.type('Meer kinderen die meedoen aan sport');
    await tabTo(page, 'Opslaan als nieuwe versie');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Opgeslagen als versie 2.').waitFor();
    await page.getByText(/Versie 2, \d{4}-\d{2}-\d{2}, door/).waitFor();
    const pdf = await page.request.get(
      (await page.getByRole('link', { name: 'Downloaden als PDF' }).getAttribute('href'))!,
    );
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'kompas cycle with an ambition');
    expect(pageProblems(page)).toEqual([]);
  });

  it('the organisations read the ambitions and add an activity in their own block', async () => {
    const page = await loginAs('teamleider');
    await tabTo(page, 'Kwaliteitskompas');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Kwaliteitskompas');
    await tabTo(page, 'Kinderarmoede Arnhem');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).pathname).toBe(cycleUrl);
    await pageOpened(page, 'Kwaliteitskompas: Kinderarmoede Arnhem');
    const ambitions = page.getByRole('region', { name: '2. Ambities' });
    await ambitions.getByText('Dit blok hoort bij het speelveld van de gemeente').waitFor();
    await ambitions.getByText('Meer kinderen die meedoen aan sport', { exact: true }).waitFor();
    expect(await ambitions.getByRole('textbox').count()).toBe(0);
    await tabTo(page, 'Toevoegen: Activiteit of aanbod 1');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Activiteit of aanbod 1');
    await page.keyboard.type('Sportfonds samen aanvragen');
    await tabTo(page, 'Opslaan als nieuwe versie');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Opgeslagen als versie 3.').waitFor();
    await expectAccessible(page, 'kompas cycle as teamleider');
    expect(pageProblems(page)).toEqual([]);
  });
});
