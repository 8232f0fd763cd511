import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession } from './demo-session';

// The ethical case dialogue in the browser: a sociaal werker writes one down; a BSN-like number is
// refused at its field, a household reference of the caseload asks for confirmation, and the team
// finds the dialogue again in its list.

const { loginAs } = demoSession();

describe('ethical case dialogue in the browser', () => {
  it('refuses a BSN, warns on a household reference, and keeps the confirmed dialogue', async () => {
    const page = await loginAs('sociaal-werker');
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
    const made = await page.request.post('/api/v1/households', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        reference: 'CASUS-9',
        label: 'Fam. Casus',
        startDate: today,
        data: { adults: [{}], gemeente: { code: 'GM0202', name: 'Arnhem' } },
      },
    });
    expect(made.ok(), await made.text()).toBe(true);

    await page.goto('/kaarten');
    await page.getByRole('link', { name: 'Ethische casusdialoog' }).click();
    await page.getByRole('link', { name: 'Nieuwe casusdialoog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe casusdialoog' }).waitFor();
    await expectAccessible(page, 'nieuwe casusdialoog');

    await page.getByLabel('Titel').fill('Melden of eerst vertrouwen');
    await page.getByLabel('De casus').fill('Een vader met twee kinderen en oplopende huurschuld.');
    await page.getByLabel('Het dilemma').fill('Zoals bij CASUS-9: melden we nu, of wachten we?');
    await page.getByLabel('Het huishouden').fill('Vader gaf zijn nummer: 111222333.');
    await page.getByLabel('Waarden die op het spel staan').fill('eigen regie\nveiligheid');
    await page.getByRole('button', { name: 'Casusdialoog vastleggen' }).click();
    await page.getByText(/Het huishouden: Hier staat een nummer dat een BSN kan zijn/).waitFor();

    await page.getByLabel('Het huishouden').fill('Vader schaamt zich.');
    await page.getByRole('button', { name: 'Casusdialoog vastleggen' }).click();
    await page.getByText(/Het dilemma: Hier staat "CASUS-9"/).waitFor();
    await expectAccessible(page, 'casusdialoog met waarschuwing');
    await page.getByLabel(/Ik heb de waarschuwing gelezen/).check();
    await page.getByRole('button', { name: 'Casusdialoog vastleggen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Melden of eerst vertrouwen' }).waitFor();
    await page.getByText('Vader schaamt zich.').waitFor();
    await expectAccessible(page, 'casusdialoog');
    await page.getByRole('link', { name: 'Alle casusdialogen' }).click();
    await page.getByRole('link', { name: 'Melden of eerst vertrouwen' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });
});
