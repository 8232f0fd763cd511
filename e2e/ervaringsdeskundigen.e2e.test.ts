import { describe, expect, it } from 'vitest';
import { expectAccessible, notFoundAnswers, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// The register of experience experts in the browser, keyboard only: a team leader adds someone
// with their consent (a missing way to reach them is named at its field), invites them to a team
// session and sees how to reach them there, then erases the entry when consent is withdrawn.

const { loginAs } = demoSession();

describe('experience experts in the browser', () => {
  it('keyboard only: register with consent, invite to a team session, erase on withdrawal', async () => {
    const page = await loginAs('teamleider');
    await page.goto('/team/ervaringsdeskundigen');
    await page.getByRole('heading', { level: 1, name: 'Ervaringsdeskundigen' }).waitFor();
    await expectAccessible(page, 'register');

    await tabTo(page, 'Ervaringsdeskundige toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ervaringsdeskundige toevoegen' }).waitFor();
    await tabTo(page, 'Naam');
    await page.keyboard.type('Marieke');
    await tabTo(page, 'Begeleidt samen met ons een teamsessie of training');
    await page.keyboard.press('Space');
    await tabTo(page, 'Opslaan');
    await page.keyboard.press('Enter');
    // No e-mail and no phone: the summary takes focus and names the field.
    const summary = page.locator('.ww-error-summary');
    await summary.getByText(/E-mailadres/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'ww-error-summary',
    );
    await expectAccessible(page, 'ervaringsdeskundige met fout');

    await tabTo(page, 'Telefoonnummer');
    await page.keyboard.type('06-12345678');
    await tabTo(page, 'dinsdag');
    await page.keyboard.press('Space');
    await tabTo(page, 'Opslaan');
    await page.keyboard.press('Enter');
    await page.getByText('De gegevens zijn opgeslagen.').waitFor();
    const entry = page.getByRole('region', { name: 'Marieke' });
    await entry.getByText('Medebegeleider').waitFor();
    await entry.getByText('06-12345678').waitFor();

    // A team session of the leader's team: the invitation shows how to reach Marieke and the code.
    const { csrfToken, user } = await (await page.request.get('/api/v1/session')).json();
    const started = await page.request.post('/api/v1/team-sessions', {
      headers: { 'x-csrf-token': csrfToken },
      data: { teamId: user.teams[0].id, deckId: 'gezien-en-gehoord', cardId: 'casus-noah' },
    });
    expect(started.ok(), await started.text()).toBe(true);
    const session = await started.json();
    await page.goto(`/kaarten/teamsessie/${session.id}`);
    await page.getByRole('heading', { level: 2, name: 'Ervaringsdeskundigen' }).waitFor();
    await tabTo(page, 'Uitnodigen');
    await page.keyboard.press('Enter');
    await page.getByText('Marieke is uitgenodigd.', { exact: false }).waitFor();
    const invitations = page.getByRole('region', { name: 'Ervaringsdeskundigen' });
    await invitations.getByText(`Code om mee te doen: ${session.code}`).waitFor();
    await invitations.getByRole('link', { name: '06-12345678' }).waitFor();
    await expectAccessible(page, 'teamsessie met uitnodiging');

    // Consent withdrawn: erase, in two steps, and the entry is gone.
    await page.goto('/team/ervaringsdeskundigen');
    await tabTo(page, 'Gegevens van Marieke wijzigen');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Toestemming ingetrokken: gegevens wissen');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, wis de gegevens van Marieke' }).waitFor();
    expect(await focusedName(page)).toBe('Ja, wis de gegevens van Marieke');
    await expectAccessible(page, 'wissen bevestigen');
    // Once erased, the entry is not asked for again (it would only answer 404).
    const missing = notFoundAnswers(page, '/api/v1/experience-experts/');
    await page.keyboard.press('Enter');
    await page.getByText('De gegevens zijn gewist.').waitFor();
    expect(await page.getByRole('region', { name: 'Marieke' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
    await page.goto(`/kaarten/teamsessie/${session.id}`);
    await page.getByText('Er is nog niemand uitgenodigd.').waitFor();
    expect(pageProblems(page)).toEqual([]);
  });
});
