import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// The offer per capital in the browser, with the keyboard only: the teamleider opens the page,
// adds a policy option under economic capital with a reason, opens the decision and moves it to
// 'in uitvoering'; the history names who did what.

const { loginAs } = demoSession();

async function pageOpened(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
}

describe('Aanbod per kapitaal', () => {
  it('a team leader adds a policy option with a reason and tracks it to being carried out', async () => {
    const page = await loginAs('teamleider');
    await tabTo(page, 'Aanbod per kapitaal');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Aanbod per kapitaal');
    const economisch = page.getByRole('region', { name: 'Economisch kapitaal', exact: true });
    await economisch.getByRole('table', { name: /Beleidsopties voor/ }).waitFor();
    await expectAccessible(page, 'aanbod per kapitaal');

    // The first 'Aanbod of beleidsoptie' field is the one under economic capital.
    await tabTo(page, 'Aanbod of beleidsoptie');
    await page.keyboard.type('Beleid: Een lokaal');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value))
      .toBe('policy:lokaal-financieel-vangnet');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Besluit');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(
      'toevoegen',
    );
    await tabTo(page, 'Reden');
    await page.keyboard.type('Afspraak met de gemeente over maatwerk');
    await tabTo(page, 'Besluit vastleggen');
    await page.keyboard.press('Enter');
    const row = economisch.getByRole('row', { name: /Een lokaal vangnet/ });
    await row.getByText('Afspraak met de gemeente over maatwerk').waitFor();

    await tabTo(page, /^Toevoegen \(besluit over Een lokaal vangnet/);
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Besluit: Een lokaal vangnet met ruimte voor maatwerk');
    await tabTo(page, 'Stand');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value))
      .toBe('in-uitvoering');
    await tabTo(page, 'Notitie bij deze wijziging');
    await page.keyboard.type('Eerste overleg gepland');
    await tabTo(page, 'Opslaan');
    await page.keyboard.press('Enter');
    const history = page.getByRole('table', { name: /Geschiedenis/ });
    await history.getByRole('cell', { name: 'Eerste overleg gepland' }).waitFor();
    expect(await history.getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'aanbod decision with history');
    expect(pageProblems(page)).toEqual([]);
  });
});
