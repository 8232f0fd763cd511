import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// A team session in two browsers at once: the teamleider starts it, a colleague in the same team
// joins with the code on her own device, and each sees the other's steps without reloading.
// Keyboard only, axe on every step.

const { loginAs } = demoSession();

const REASONING = 'Er is weinig geld en de ouders hebben bijna niemand om op terug te vallen.';

async function keyboardType(page: Page, text: string) {
  await page.keyboard.type(text);
}

describe('a team session with two devices', () => {
  it('start, join with the code, answer, reveal together and close with a team note', async () => {
    const leader = await loginAs('teamleider');
    const worker = await loginAs('sociaal-werker');

    await leader.goto('/kaarten/teamsessie');
    await leader.getByRole('heading', { level: 1, name: 'Teamsessie' }).waitFor();
    await expectAccessible(leader, 'teamsessie starten');
    await tabTo(leader, 'Start sessie');
    await leader.keyboard.press('Enter');
    await leader.getByRole('heading', { level: 1, name: /^Teamsessie: / }).waitFor();
    const codeText = await leader.locator('.ww-session-code').innerText();
    const code = /([A-Z2-9]{6})$/.exec(codeText)?.[1];
    expect(code).toBeDefined();
    await leader.getByText('De pagina werkt zichzelf bij.', { exact: false }).waitFor();
    await expectAccessible(leader, 'teamsessie (starter)');

    await worker.goto('/kaarten/teamsessie');
    await tabTo(worker, 'Code');
    await keyboardType(worker, 'XXXXXX');
    await worker.keyboard.press('Enter');
    await worker
      .getByText('Deze code hoort niet bij een open teamsessie van uw team')
      .first()
      .waitFor();
    await tabTo(worker, 'Code');
    await worker.keyboard.press('Control+A');
    await keyboardType(worker, code!.toLowerCase());
    await worker.keyboard.press('Enter');
    await worker.getByRole('heading', { level: 1, name: /^Teamsessie: / }).waitFor();

    // The leader's list of participants grows without a reload.
    const workerName = (await worker.locator('.ww-session-members li').last().innerText()).split(
      ':',
    )[0]!;
    await leader.getByText(`${workerName}: nog niet geantwoord`).waitFor({ timeout: 3_000 });

    await tabTo(worker, 'Economisch kapitaal');
    await worker.keyboard.press('Space');
    await tabTo(worker, 'Sociaal kapitaal');
    await worker.keyboard.press('Space');
    await tabTo(worker, 'Waarom?');
    await keyboardType(worker, REASONING);
    await tabTo(worker, 'Antwoord opslaan');
    await worker.keyboard.press('Enter');
    await worker.getByText('Uw antwoord is opgeslagen.').waitFor();
    await expectAccessible(worker, 'teamsessie (deelnemer)');

    // The leader sees that she answered, not what.
    await leader.getByText(`${workerName}: heeft geantwoord`).waitFor({ timeout: 3_000 });
    expect(await leader.locator('body').innerText()).not.toContain(REASONING);

    await tabTo(leader, 'Toon alle antwoorden');
    await leader.keyboard.press('Enter');
    for (const page of [leader, worker]) {
      await page
        .getByRole('heading', { level: 2, name: 'Alle antwoorden' })
        .waitFor({ timeout: 3_000 });
      await page.getByText(REASONING).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Achterkant van de kaart' }).waitFor();
    }
    await expectAccessible(worker, 'teamsessie (getoond)');

    await tabTo(leader, 'Notitie voor het team (mag leeg blijven)');
    await keyboardType(leader, 'We vragen vaker naar wie er helpt.');
    await tabTo(leader, 'Sessie sluiten en antwoorden wissen');
    await leader.keyboard.press('Enter');
    for (const page of [leader, worker]) {
      await page
        .getByRole('heading', { level: 2, name: 'Wat het team bewaarde' })
        .waitFor({ timeout: 3_000 });
      await page.getByText('We vragen vaker naar wie er helpt.').waitFor();
      expect(await page.locator('body').innerText()).not.toContain(REASONING);
    }
    await expectAccessible(leader, 'teamsessie (gesloten)');
    // The note can be found again from the team session page.
    await leader.goto('/kaarten/teamsessie');
    await leader.getByRole('heading', { level: 2, name: 'Uw teamsessies' }).waitFor();
    await leader.getByText('Wat het team bewaarde: We vragen vaker naar wie er helpt.').waitFor();
    await expectAccessible(leader, 'teamsessies (lijst)');
    expect(pageProblems(leader)).toEqual([]);
    expect(pageProblems(worker)).toEqual([]);
  });
});
