import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// Levensgebeurtenissen in the browser: from the menu to a checklist, ticked off in a conversation,
// printed without the screen-only parts, and put in a household's plan, all with the keyboard.

const { loginAs } = demoSession();

/** A household made through the API as the signed-in worker, with or without consent to register. */
async function household(page: Page, label: string, consent: boolean): Promise<string> {
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
  const send = async (url: string, data: unknown) => {
    const res = await page.request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  const { id } = await send('/api/v1/households', {
    reference: label.replace(/\W+/g, '-').toUpperCase(),
    label,
    startDate: today,
    data: { adults: [{ birthYear: 1985 }], gemeente: { code: 'GM0202', name: 'Arnhem' } },
  });
  if (consent)
    await send(`/api/v1/households/${id}/consents`, {
      purpose: 'registratie',
      how: 'mondeling',
      givenAt: today,
    });
  return id as string;
}

/** Chooses an option of the focused select by typing its first letters, as a keyboard user does. */
async function typeToChoose(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 30 });
}

describe('levensgebeurtenissen in the browser', () => {
  it('keyboard only: from the menu to a checklist, ticked off, and printable', async () => {
    const page = await loginAs('sociaal-werker');
    await tabTo(page, 'Levensgebeurtenissen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Levensgebeurtenissen' }).waitFor();
    await expectAccessible(page, 'levensgebeurtenissen');

    await tabTo(page, 'Scheiding');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Scheiding' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wat moet er geregeld worden?' }).waitFor();
    // The scheme names come from the voorzieningencheck, the help from the wegwijzer.
    await page.getByText('Kindgebonden budget', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Relatie- en scheidingspunt' }).waitFor();
    await expectAccessible(page, 'levensgebeurtenis');

    // Ticked off together during the conversation, with the space bar.
    await tabTo(page, /ouderschapsplan/);
    await page.keyboard.press('Space');
    expect(await page.getByLabel(/ouderschapsplan/).isChecked()).toBe(true);

    // On paper: the checklist stays, the screen-only parts go.
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .getByRole('heading', { level: 2, name: 'Wat moet er geregeld worden?' })
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Printen' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('heading', { name: 'In het plan van een huishouden zetten' })
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The wat-als of the voorzieningencheck is one link away.
    await tabTo(page, /Wat als\?/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/check$/);
    expect(pageProblems(page)).toEqual([]);
  });

  it('keyboard only: puts the checklist in a household’s plan, and explains a missing consent', async () => {
    const page = await loginAs('sociaal-werker');
    const id = await household(page, 'Fam. Levensloop', true);
    await household(page, 'Fam. Zonder Toestemming', false);
    await page.goto('/levensgebeurtenissen/baanverlies');
    await page.getByRole('heading', { level: 1, name: 'Baanverlies' }).waitFor();

    // Without consent: a clear message, and nothing in the plan.
    await tabTo(page, 'Huishouden');
    await typeToChoose(page, 'Fam. Zonder');
    await tabTo(page, 'Zet in het plan');
    await page.keyboard.press('Enter');
    await page.getByText('toestemming geeft om zijn gegevens te registreren').waitFor();
    // The error summary takes the focus, so a screen reader reads the message at once.
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('ww-error-summary')),
    ).toBe(true);
    await expectAccessible(page, 'toestemming ontbreekt');

    await tabTo(page, 'Huishouden');
    await typeToChoose(page, 'Fam. Levens');
    await tabTo(page, 'Zet in het plan');
    await page.keyboard.press('Enter');
    await page.getByText('Toegevoegd aan het plan: 6 acties en 4 verwijzingen.').waitFor();
    await expectAccessible(page, 'toegevoegd');

    await tabTo(page, 'Open het plan');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/huishoudens/${id}/plan$`));
    await page.getByRole('heading', { level: 1, name: /Fam\. Levensloop/ }).waitFor();
    expect(await page.getByLabel('Actie 1', { exact: false }).first().inputValue()).toContain(
      'WW-uitkering',
    );
    // From the plan the checklists are one link away, for the next life event.
    await page
      .getByRole('link', { name: 'Zet de checklist van een levensgebeurtenis in het plan' })
      .waitFor();
    expect(pageProblems(page)).toEqual([]);
  });
});
