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
    // The food bank amounts of 2024 are out of date on any later day; in English the table says
    // what they are in English (issue 10).
    await page
      .getByText('Vast bedrag per huishouden in de leefgeldnorm van de voedselbank.')
      .waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByText(
        "Fixed amount per household in the food bank's (voedselbank) living money standard.",
      )
      .waitFor();
    expect(await page.getByText('Vast bedrag per huishouden').count()).toBe(0);
    // Why a value is not checked yet is in English too, not only the descriptions.
    await page.getByText('was not found in the stored sources').first().waitFor();
    expect(await page.getByText('niet in de opgeslagen bronnen gevonden').count()).toBe(0);
    expect(pageProblems(page)).toEqual([]);
  });
});
