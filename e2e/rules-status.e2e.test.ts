import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession } from './demo-session';

// The beheer page that shows which amounts of the voorzieningencheck are out of date and which
// have not been checked against the law yet (issue 17).

const { loginAs } = demoSession();

describe('beheer: rekenregels', () => {
  it('a beheerder finds the page from the beheer menu and sees the unchecked amounts', async () => {
    const page = await loginAs('beheerder');
    await page.getByRole('link', { name: 'Beheer' }).first().click();
    await page.getByRole('link', { name: 'Rekenregels' }).first().click();
    await page
      .getByRole('heading', { level: 1, name: 'Rekenregels van de voorzieningencheck' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Verouderde bedragen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nog niet gecontroleerd' }).waitFor();
    await page
      .getByRole('cell', { name: 'huurtoeslag.minimum-inkomensijkpunt-eenpersoons' })
      .waitFor();
    await expectAccessible(page, 'rekenregels');
    expect(pageProblems(page)).toEqual([]);
  });
});
