import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// From the school signal kit to the next step, keyboard only: a sociaal werker records what they
// saw as a new pseudonymous household and lands on its page with the signal and the next step;
// then asks anonymous advice (a household reference asks for confirmation first), and the
// teamleider of the same organisation answers it.

const { loginAs } = demoSession();

describe('recording a signal and asking anonymous advice in the browser', () => {
  it('keyboard only: signal on a new household, advice asked and answered', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/wijksignalen/school');
    await page.getByRole('heading', { level: 1, name: 'Signalen uit de wijk: School' }).waitFor();
    await tabTo(page, 'Signaal vastleggen bij een huishouden');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Signaal vastleggen: School' }).waitFor();
    await page.getByLabel('Bij welk huishouden?').waitFor();
    await expectAccessible(page, 'signaal vastleggen');

    await tabTo(page, /gymkleding/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Korte toelichting');
    await page.keyboard.type('Al drie weken geen gymspullen.');
    await tabTo(page, 'Eigen referentie');
    await page.keyboard.type('SCHOOL-77');
    await tabTo(page, 'Initialen of roepnaam');
    await page.keyboard.type('Moeder van L.');
    await tabTo(page, 'Signaal vastleggen');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: /SCHOOL-77/ }).waitFor();
    await page.getByText('Het signaal is vastgelegd.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Signalen uit de wijk' }).waitFor();
    await page
      .getByText(/gymkleding/)
      .first()
      .waitFor();
    await page.getByRole('heading', { level: 3, name: 'Volgende stap' }).waitFor();
    await page.getByRole('link', { name: 'Naar de kapitaalscan' }).waitFor();
    await expectAccessible(page, 'huishouden met signaal');

    await page.goto('/wijksignalen/advies?plek=school');
    await page.getByRole('heading', { level: 1, name: 'Anoniem advies' }).waitFor();
    await page.getByLabel(/eten mee/).waitFor();
    await tabTo(page, /eten mee/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Je vraag');
    await page.keyboard.type('Gaat het bij SCHOOL-77 om geld? Hoe begin ik het gesprek?');
    await tabTo(page, 'Vraag versturen');
    await page.keyboard.press('Enter');
    await page.getByText(/Je vraag: Hier staat .SCHOOL-77./).waitFor();
    await expectAccessible(page, 'adviesvraag met waarschuwing');
    await tabTo(page, /Ik heb de waarschuwing gelezen/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Vraag versturen');
    await page.keyboard.press('Enter');
    await page.getByText('Je vraag is verstuurd.').waitFor();
    await page.getByText('Nog geen antwoord.').waitFor();
    expect(pageProblems(page)).toEqual([]);

    const lead = await loginAs('teamleider');
    await lead.goto('/wijksignalen/advies');
    await lead.getByRole('heading', { level: 2, name: 'Open vragen van je organisatie' }).waitFor();
    await lead.getByLabel('Jouw antwoord op vraag 1').waitFor();
    await expectAccessible(lead, 'open adviesvragen');
    await tabTo(lead, 'Jouw antwoord op vraag 1');
    await lead.keyboard.type('Begin bij het schoolreisje; de stichting Leergeld helpt mee.');
    await tabTo(lead, 'Antwoord op vraag 1 versturen');
    await lead.keyboard.press('Enter');
    await lead.getByText('Er staan geen vragen open.').waitFor();
    expect(pageProblems(lead)).toEqual([]);

    await page.reload();
    await page.getByText(/stichting Leergeld helpt mee/).waitFor();
  });
});
