import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// The professionals' quickscan in the browser, keyboard only: the one-page form with its error
// summary, the result with what helps where a part is low, and the team view without figures
// while fewer than five professionals answered.

const { loginAs } = demoSession();

type Part = { id: string; statements: { id: string }[] };
const scan = parse(
  readFileSync(
    fileURLToPath(new URL('../content/quickscan/professionals.yaml', import.meta.url)),
    'utf8',
  ),
) as { parts: Part[] };

/** Chooses a point on every statement with the arrow keys: Tab enters a group, → moves and checks. */
async function answerAll(page: Page, pointPerPart: Record<string, number>) {
  await tabTo(page, 'Klopt helemaal niet');
  for (const part of scan.parts) {
    for (const _ of part.statements) {
      const point = pointPerPart[part.id]!;
      if (point === 1) await page.keyboard.press('Space');
      for (let i = 1; i < point; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
  }
}

describe('quickscan for professionals in the browser', () => {
  it('keyboard only: answer the scan, see the result and open what helps', async () => {
    const page = await loginAs('sociaal-werker');
    await tabTo(page, 'Quickscan voor professionals');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quickscan voor professionals' }).waitFor();
    await page.getByText('Alleen jij ziet je antwoorden en je scores.').waitFor();
    await expectAccessible(page, 'quickscan-formulier');

    // Saving with nothing chosen: the error summary takes focus and names the statements.
    await tabTo(page, 'Scan opslaan');
    await page.keyboard.press('Enter');
    const summary = page.locator('.ww-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').count()).toBe(15);
    await expectAccessible(page, 'quickscan-fouten');

    await answerAll(page, { kennis: 4, gesprek: 2, samenwerking: 3 });
    expect(await focusedName(page)).toBe('Wijk waar je vooral werkt (niet verplicht)');
    await page.keyboard.type('Malburgen');
    await tabTo(page, 'Scan opslaan');
    await page.keyboard.press('Enter');

    const results = page.getByRole('heading', { level: 2, name: /^Je uitkomst van \d{4}$/ });
    await results.waitFor();
    const table = page.getByRole('table');
    await expect
      .poll(() => table.getByRole('row', { name: /Kennis van hoe armoede werkt/ }).innerText())
      .toMatch(/4,0 \(Gaat goed\)/);
    expect(await table.getByRole('row', { name: /Vertrouwen in het gesprek/ }).innerText()).toMatch(
      /2,0 \(Hier kun je groeien\)/,
    );
    expect(await table.getByRole('row', { name: /Samenwerking in de wijk/ }).innerText()).toMatch(
      /3,0 \(Hier kun je groeien\)/,
    );
    // Help for the two low parts only: learning modules and decks.
    await page
      .getByRole('heading', { level: 3, name: 'Wat helpt bij Vertrouwen in het gesprek' })
      .waitFor();
    expect(await page.getByRole('heading', { name: /Wat helpt bij Kennis/ }).count()).toBe(0);
    const module = page.getByRole('link', { name: 'Leermodule: Stresssensitief werken' }).first();
    expect(await module.getAttribute('href')).toBe('/leren/stress-sensitief-werken');
    await expectAccessible(page, 'quickscan-uitkomst');

    await tabTo(page, 'Kaartenset: Gesprekstechnieken');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gesprekstechnieken' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('keyboard only: the teamleider sees no figures while fewer than five answered', async () => {
    const page = await loginAs('teamleider');
    await tabTo(page, 'Quickscan: team en wijken');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quickscan: team en wijken' }).waitFor();
    // Only the sociaal werker of the team answered (in the test above): no team figures.
    await page.getByRole('heading', { level: 2, name: /^Team Wijkteam Noord in \d{4}$/ }).waitFor();
    await page.getByText(/Nog geen cijfers: minder dan 5 professionals van dit team/).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Wijken in \d{4}$/ }).waitFor();
    await page.getByText(/Nog geen wijk met minstens 5 professionals/).waitFor();
    expect(await page.getByText(/Gemiddelde \(1 tot 5\)/).count()).toBe(0);
    await expectAccessible(page, 'quickscan-team');
    expect(pageProblems(page)).toEqual([]);
  });
});
