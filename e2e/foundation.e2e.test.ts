import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, pageProblems } from './browser';
import { startServer, type RunningServer } from './server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const admin = {
  name: 'Fatima El Amrani',
  email: 'fatima@buurtkracht.example',
  password: 'fietsen-langs-de-rijn-2026',
};
const colleague = {
  name: 'Joost Visser',
  email: 'joost@buurtkracht.example',
  password: 'koffie-met-de-buurvrouw-7',
};

async function login(page: Page, email: string, password: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
}

describe('foundation in the browser', () => {
  it('sets up, logs in, creates a colleague, logs out and logs in as that colleague', async () => {
    const page = await newPage(browser, server.url);

    // A fresh installation sends everyone to setup.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Wegwijs inrichten' }).waitFor();
    await expectAccessible(page, 'setup');

    // A mistake shows an error summary that names the field and gets focus.
    await page.getByRole('button', { name: 'Wegwijs inrichten' }).click();
    const summary = page.locator('.ww-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'setup with errors');

    await page.getByLabel('Naam van de werkorganisatie').fill('Buurtkracht Zuid');
    // The gemeente is chosen from the CBS register, not typed as a code.
    await page.getByRole('combobox', { name: 'Gemeente 1' }).fill('Arnh');
    await page.getByRole('option', { name: 'Arnhem' }).click();
    await page.getByLabel('Uw naam').fill(admin.name);
    await page.getByLabel('Uw e-mailadres').fill(admin.email);
    await page.getByLabel('Kies een wachtwoord').fill(admin.password);
    await page.getByRole('button', { name: 'Wegwijs inrichten' }).click();
    await page.getByText('Wegwijs is ingericht').waitFor();
    await expectAccessible(page, 'login');

    // Setup is closed for good.
    await page.goto('/inrichten');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    await login(page, admin.email, admin.password);
    await expectAccessible(page, 'home');

    await page.getByRole('link', { name: 'Beheer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expectAccessible(page, 'beheer');

    await page.getByRole('link', { name: 'Teams' }).first().click();
    await page.getByLabel('Naam van het team').fill('Wijkteam Presikhaaf');
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await page.getByRole('cell', { name: 'Wijkteam Presikhaaf', exact: true }).waitFor();
    await expectAccessible(page, 'teams');

    await page.getByRole('link', { name: 'Accounts' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw account' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(colleague.name);
    await page.getByLabel('E-mailadres').fill(colleague.email);
    await page.getByLabel('Rol').selectOption('teamleider');
    await page.getByLabel('Wijkteam Presikhaaf').check();
    await page.getByLabel('Startwachtwoord').fill(colleague.password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('link', { name: colleague.name }).waitFor();
    await expectAccessible(page, 'accounts');

    await page.getByRole('link', { name: 'Organisatie' }).first().click();
    await page.getByLabel('Naam van de werkorganisatie').waitFor();
    await expectAccessible(page, 'organisatie');

    await page.getByRole('link', { name: 'Toegangslog' }).first().click();
    await page.getByRole('cell', { name: 'Gebruiker aangemaakt' }).first().waitFor();
    await expectAccessible(page, 'toegangslog');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();

    await login(page, colleague.email, colleague.password);
    await page.getByText('als Teamleider').waitFor();
    // A teamleider has no beheer menu, and the beheer pages refuse.
    expect(await page.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await page.goto('/beheer/accounts');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();

    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await expect.poll(() => page.getByText('Wijkteam Presikhaaf').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'account');

    expect(pageProblems(page)).toEqual([]);
  });

  it('switches to English and remembers the choice', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await expectAccessible(page, 'login (en)');
  });

  it('starts at the top of the window and sets all text in the theme fonts', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('header').evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    const fontOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
    for (const selector of ['label', 'footer p', 'main p', 'header a'])
      expect(await fontOf(selector), selector).toMatch(/^"?Noto Sans"?, sans-serif$/);
    expect(await fontOf('h1')).toMatch(/Noto Serif/);
  });

  it('is usable with the keyboard alone: skip link, then log in', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // Tab through to the e-mail field from the main content.
    for (let i = 0; i < 5; i++) {
      const isEmail = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'email',
      );
      if (isEmail) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
  });
});
