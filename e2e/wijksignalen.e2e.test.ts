import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// Signalen uit de wijk in the browser: from the menu to the school signal kit, ticked off with the
// keyboard, on to a referral in the wegwijzer, and printable without the screen-only parts.

const { loginAs } = demoSession();

describe('signalen uit de wijk in the browser', () => {
  it('keyboard only: the school signal kit, what to look for, the conversation and where to refer', async () => {
    // A beleidsmedewerker sees no household data, but uses the signal lists too.
    const page = await loginAs('beleidsmedewerker');
    await tabTo(page, 'Signalen uit de wijk');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Signalen uit de wijk' }).waitFor();
    // The heading comes before the list has loaded: wait for the links themselves.
    await page.locator('.ww-checklist-list__link').first().waitFor();
    const settings = await page.locator('.ww-checklist-list__link').allInnerTexts();
    expect(settings).toEqual([
      'School',
      'Kinderopvang en peuteropvang',
      'Huisarts en Welzijn op Recept',
      'Wijkteam',
      'Jongerenwerk',
    ]);
    await expectAccessible(page, 'signalen uit de wijk');

    await tabTo(page, 'School');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Signalen uit de wijk: School' }).waitFor();
    for (const name of ['Waar let je op?', 'Hoe begin je het gesprek?', 'Waar verwijs je naar?'])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    // The kit names lunch, clothes, gym kit, school trips and laptop, each with its capital.
    for (const word of ['eten mee', 'kleding', 'gymkleding', 'schoolreis', 'laptop'])
      await page.getByLabel(new RegExp(word)).first().waitFor();
    await page.getByText('(Kapitaal: Cultureel kapitaal)').first().waitFor();
    await expectAccessible(page, 'school');

    await tabTo(page, /gymkleding/);
    await page.keyboard.press('Space');
    expect(await page.getByLabel(/gymkleding/).isChecked()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 2, name: 'Waar let je op?' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('button', { name: 'Printen' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Alle plekken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await tabTo(page, 'Schoolmaatschappelijk werk');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Schoolmaatschappelijk werk' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows the lists in English with the language switch', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/wijksignalen/huisarts');
    await page.getByRole('heading', { level: 1, name: /Huisarts en Welzijn op Recept/ }).waitFor();
    await page.evaluate(() => localStorage.setItem('wegwijs.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /GP and social prescribing/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'How to start the conversation?' }).waitFor();
    await expectAccessible(page, 'huisarts in English');
  });
});
