import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// Warme overdracht (issue 14 item 3) between two organisations in real Chromium, keyboard only:
// Rivierstad refers a household to IJsselkring, which accepts, starts and completes; the sender
// sees the outcome.

const { loginAs } = demoSession();

async function api(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
  return async (method: 'post' | 'put' | 'patch', url: string, data: unknown) => {
    const res = await page.request[method](url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
}

/** A household in Arnhem with a plan of two goals and consent to share with partners. */
async function householdToRefer(page: Page) {
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const send = await api(page);
  const { id } = await send('post', '/api/v1/households', {
    reference: 'RV-OVERDRACHT-1',
    label: 'Fam. Rivier',
    startDate: today,
    data: { adults: [{ birthYear: 1984 }], gemeente: { code: 'GM0202', name: 'Arnhem' } },
  });
  await send('put', `/api/v1/households/${id}/plan`, {
    version: 0,
    goals: [
      {
        id: 'g1',
        capital: 'economisch',
        text: 'Rust in de post',
        steps: [{ id: 's1', text: 'Schulden op een rij zetten', who: 'Moeder' }],
      },
      { id: 'g2', capital: 'mentaal', text: 'Beter slapen', steps: [] },
    ],
  });
  await send('post', `/api/v1/households/${id}/consents`, {
    purpose: 'delen-met-partners',
    how: 'schriftelijk',
    givenAt: today,
  });
  return id as string;
}

const meaning = (page: Page, text: string) => page.getByText(text, { exact: false }).waitFor();

describe('warme overdracht', () => {
  it('sends, accepts, starts and completes between two organisations, by keyboard', async () => {
    // IJsselkring starts working in Arnhem too, so it may receive Rivierstad's households.
    const admin = await loginAs('beheerder', 'ijsselkring');
    await (
      await api(admin)
    )('patch', '/api/v1/organisation', {
      gemeenten: [
        { code: 'GM0193', name: 'Zwolle' },
        { code: 'GM0148', name: 'Dalfsen' },
        { code: 'GM0202', name: 'Arnhem' },
      ],
    });

    const sender = await loginAs('sociaal-werker');
    const household = await householdToRefer(sender);
    await sender.goto(`/huishoudens/${household}`);
    await sender.getByRole('heading', { level: 2, name: 'Warme overdracht' }).waitFor();
    await tabTo(sender, 'Huishouden warm overdragen aan een ander team');
    await sender.keyboard.press('Enter');
    await sender.getByRole('heading', { level: 1, name: 'Fam. Rivier warm overdragen' }).waitFor();
    await expectAccessible(sender, 'send form');
    await tabTo(sender, 'Aan welk team?');
    await sender
      .getByLabel('Aan welk team?')
      .selectOption({ label: 'Team Zwolle-Zuid (Sociaal Werk IJsselkring (fictief))' });
    await tabTo(sender, 'Bericht aan het team');
    await sender.keyboard.type('Moeder wil hulp bij de post. Zij belt liever niet.');
    await tabTo(sender, 'Rust in de post');
    await sender.keyboard.press('Space');
    await tabTo(sender, 'Schulden op een rij zetten (wie: Moeder)');
    await sender.keyboard.press('Space');
    await tabTo(sender, 'Overdracht versturen');
    await sender.keyboard.press('Enter');
    await sender.getByRole('heading', { level: 1, name: 'Overdracht van Fam. Rivier' }).waitFor();
    await meaning(sender, 'het ontvangende team heeft nog niet geantwoord');
    await expectAccessible(sender, 'sent');
    const referralUrl = sender.url();

    const receiver = await loginAs('sociaal-werker', 'ijsselkring');
    await receiver.getByText('1 overdracht wacht op antwoord van uw team.').waitFor();
    await tabTo(receiver, 'Naar de overdrachten');
    await receiver.keyboard.press('Enter');
    await receiver.getByRole('heading', { level: 1, name: 'Warme overdrachten' }).waitFor();
    await expectAccessible(receiver, 'incoming list');
    await tabTo(receiver, 'Overdracht van Welzijn Rivierstad (fictief)');
    await receiver.keyboard.press('Enter');
    await receiver.getByText('Moeder wil hulp bij de post. Zij belt liever niet.').waitFor();
    await receiver.getByText('Schulden op een rij zetten (wie: Moeder)').waitFor();
    // Only what the household chose to share: not the other goal, not its reference.
    await expect(receiver.getByText('Beter slapen').count()).resolves.toBe(0);
    await expect(receiver.getByText('RV-OVERDRACHT-1').count()).resolves.toBe(0);
    await expectAccessible(receiver, 'incoming referral');

    for (const [button, shown] of [
      ['Accepteren', 'gaat helpen, maar is nog niet met het huishouden begonnen'],
      ['Starten', 'het ontvangende team werkt met het huishouden'],
      ['Afronden', 'het ontvangende team is klaar'],
    ] as const) {
      await tabTo(receiver, button);
      await receiver.keyboard.press('Enter');
      await meaning(receiver, shown);
    }
    await expectAccessible(receiver, 'completed');

    await sender.goto(referralUrl);
    await meaning(sender, 'het ontvangende team is klaar');
    await sender.getByText('Doel bereikt').waitFor();
    await expectAccessible(sender, 'outcome seen by the sender');
    expect(pageProblems(sender)).toEqual([]);
    expect(pageProblems(receiver)).toEqual([]);
  });
});
