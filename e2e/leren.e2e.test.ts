import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// Leren in the browser, keyboard only: from the menu to a module, the check questions answered
// with Tab, the arrow keys and Space, the result with its explanations, the own progress on the
// list, and the teamleider's team totals (a count, never who).

const { loginAs } = demoSession();

describe('leren in the browser', () => {
  it('keyboard only: a module read, its questions answered and explained, progress shown', async () => {
    const page = await loginAs('sociaal-werker');
    await tabTo(page, 'Leren');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leren' }).waitFor();
    await page.getByText('Nog niet gedaan').first().waitFor();
    await expectAccessible(page, 'leermodules');

    await tabTo(page, 'Armoede en de vijf kapitalen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Armoede en de vijf kapitalen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vijf bronnen' }).waitFor();
    await expectAccessible(page, 'leermodule');

    // Sending without answers: the error summary takes focus and names the first open question.
    await tabTo(page, 'Bekijk mijn antwoorden');
    await page.keyboard.press('Enter');
    const summary = page.locator('.utrecht-alert, [role="alert"]').first();
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('Vraag 1');

    // Question 1: Tab into the group, the arrow key chooses the second option (the right one).
    await tabTo(page, 'Economisch kapitaal');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Cultureel kapitaal');
    // Question 2: right (second option); question 3: right (first); question 4: wrong (first).
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await focusedName(page)).toBe('Alleen over betalingsachterstanden.');
    await tabTo(page, 'Bekijk mijn antwoorden');
    await page.keyboard.press('Enter');

    const result = page.getByRole('heading', { level: 2, name: 'Uw resultaat: 3 van 4 goed' });
    await result.waitFor();
    expect(await focusedName(page)).toBe('Uw resultaat: 3 van 4 goed');
    await page.getByText('Het goede antwoord: Over alle vijf kapitalen.').waitFor();
    await page.getByText(/Een achterstand in de huur is maar één signaal/).waitFor();
    await expectAccessible(page, 'resultaat');

    await tabTo(page, 'Alle leermodules');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leren' }).waitFor();
    await page.getByText(/Afgerond op .*: 3 van 4 goed/).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('the teamleider sees how many team members completed a module, not who', async () => {
    // A worker of the same team completes a module (through the API; the page is tested above).
    const worker = await loginAs('sociaal-werker');
    const { csrfToken } = await (await worker.request.get('/api/v1/session')).json();
    const done = await worker.request.post('/api/v1/learning/modules/armoedetypen/completions', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        version: 1,
        answers: {
          'herken-situationeel': 'situationeel',
          'brede-aanpak': 'verweven',
          'migratie-bereik': 'tussenpersonen',
          overgang: 'ja',
        },
      },
    });
    expect(done.status(), await done.text()).toBe(201);
    await worker.context().close();

    const page = await loginAs('teamleider');
    await tabTo(page, 'Teamoverzicht');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Leren in uw team' }).waitFor();
    const row = page.getByRole('row', { name: /Drie vormen van armoede/ });
    await expect.poll(() => row.innerText()).toMatch(/\t1 van \d+$/);
    // Counts only: no colleague's name appears in the learning section.
    const section = await page.locator('section[aria-labelledby="team-learning"]').innerText();
    expect(section).not.toMatch(/\(demo\)/);
    await expectAccessible(page, 'teamoverzicht met leren');
    expect(pageProblems(page)).toEqual([]);
  });
});
