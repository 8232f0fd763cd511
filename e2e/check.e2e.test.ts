import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { calculateAll, defaultRules, validateHousehold } from '../src/domain/benefits';
import { birthDateForAge } from '../src/web/pages/check/check-form';
import { euro } from '../src/web/pages/check/check-run';
import { expectAccessible, newPage, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// The voorzieningencheck in the browser: a beheerder sets Arnhem's schemes, then a resident does
// the check with the keyboard alone. The page must compute everything itself: we record every
// request and check that none carries what the resident typed.

const { session, loginAs } = demoSession();

async function nextStep(page: Page, heading: string) {
  await tabTo(page, /^(Volgende|Bekijk de uitkomst)$/);
  await page.keyboard.press('Enter');
  const h = page.getByRole('heading', { level: 2, name: heading });
  await h.waitFor();
  // Focus moves to the new step's heading, so a screen reader announces it.
  await expect.poll(() => h.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('voorzieningencheck', () => {
  it('a beheerder sets the schemes of their gemeente, with a source, errors, versions and history', async () => {
    const page = await loginAs('beheerder');
    await page.getByRole('link', { name: 'Beheer' }).first().click();
    await page.getByRole('link', { name: 'Regelingen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Regelingen van de gemeente' }).waitFor();
    await page.getByText('Voor deze gemeente zijn nog geen regelingen ingesteld').waitFor();
    // Nothing is pre-filled: no example figure can be saved unseen.
    const meedoen = page.getByRole('group', { name: 'Meedoenregeling of kindpakket' });
    expect(
      await meedoen.getByRole('textbox', { name: 'Bedrag per kind per jaar (in euro)' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'regelingen (nieuw)');

    const general = page.getByRole('group', { name: 'Algemeen' });
    await general.getByLabel('Geldig vanaf').fill('2026-01-01');
    await general.getByLabel('Sociaal minimum').selectOption({ label: 'Met vakantiegeld' });
    await meedoen.getByRole('radio', { name: 'Ja: ik vul de regels in, met de bron' }).check();
    await meedoen.getByLabel('Titel van de regeling (bron)').fill('Beleidsregels meedoen (test)');
    await meedoen
      .getByLabel('Link naar de regeling (bron)')
      .fill('https://lokaleregelgeving.overheid.nl/CVDR000000');
    await meedoen.getByLabel('De gemeente heeft deze regeling').check();
    await meedoen.getByRole('textbox', { name: 'Inkomensgrens (in procent)' }).fill('120');
    await meedoen.getByRole('radio', { name: 'Dezelfde grens als in de bijstand' }).check();
    await meedoen.getByLabel('Hoe vraagt een inwoner het aan?').fill('Vraag het aan bij de balie.');
    await meedoen
      .getByRole('textbox', { name: 'Bedrag per volwassene per jaar (in euro)' })
      .fill('250');
    await meedoen.getByRole('textbox', { name: 'Bedrag per kind per jaar (in euro)' }).fill('veel');
    await meedoen.getByRole('textbox', { name: 'Kinderen vanaf (leeftijd)' }).fill('4');
    await meedoen.getByRole('textbox', { name: 'Kinderen tot en met (leeftijd)' }).fill('17');
    await page.getByRole('button', { name: 'Regelingen opslaan' }).click();
    const summary = page.locator('.ww-error-summary');
    await summary.getByText(/Bedrag per kind per jaar/).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'regelingen met fout');

    await meedoen.getByRole('textbox', { name: 'Bedrag per kind per jaar (in euro)' }).fill('350');
    await page.getByRole('button', { name: 'Regelingen opslaan' }).click();
    await page.getByText('De regelingen zijn opgeslagen als versie 1.').waitFor();
    await page.getByRole('cell', { name: 'Eerste versie' }).waitFor();

    await page
      .getByRole('group', { name: 'Meedoenregeling of kindpakket' })
      .getByRole('textbox', { name: 'Bedrag per kind per jaar (in euro)' })
      .fill('400');
    await page.getByRole('button', { name: 'Regelingen opslaan' }).click();
    await page.getByText('De regelingen zijn opgeslagen als versie 2.').waitFor();
    await page
      .getByText(
        'Meedoenregeling of kindpakket – Bedrag per kind per jaar (in euro): € 350,00 → € 400,00',
      )
      .waitFor();
    await expectAccessible(page, 'regelingen met geschiedenis');

    // The public check works for a signed-in user too, with the menu.
    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: 'Voorzieningencheck' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('a resident does the check with the keyboard alone, and nothing they type is sent', async () => {
    const page = await newPage(session.browser, session.server.url);
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));

    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: 'Voorzieningencheck' }).waitFor();
    await page.getByText('Uw antwoorden blijven bij u.').waitFor();
    // No menu without an account.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await expectAccessible(page, 'check: start');

    await tabTo(page, 'Start de check');
    await page.keyboard.press('Enter');
    const gemeenteHeading = page.getByRole('heading', {
      level: 2,
      name: 'In welke gemeente woont u?',
    });
    await gemeenteHeading.waitFor();
    await page.getByText(/^Stap 1 van \d$/).waitFor();
    await expectAccessible(page, 'check: gemeente');
    // The gemeente is chosen from the CBS register by typing part of its name.
    await tabTo(page, 'Uw gemeente');
    await page.keyboard.type('arnh');
    const option = page.getByRole('option', { name: 'Arnhem' });
    await option.waitFor();
    await expectAccessible(page, 'check: gemeente met lijst');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Uw gemeente' }).inputValue())
      .toBe('Arnhem');
    await nextStep(page, 'Over u en uw partner');
    await expectAccessible(page, 'check: u en partner');

    await tabTo(page, 'Hoe oud bent u?');
    await page.keyboard.type('38');
    await page.keyboard.press('Tab'); // the first radio button of the partner question
    await page.keyboard.press('ArrowDown'); // 'Nee'
    await nextStep(page, 'Wie wonen er nog meer bij u?');
    await expectAccessible(page, 'check: anderen in huis');

    // A child born in the future gets a clear message on the field, with the summary in focus.
    const nextYear = String(new Date().getFullYear() + 1);
    await tabTo(page, 'Een kind toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Geboortejaar van kind 1');
    await page.keyboard.type(nextYear);
    await page.keyboard.press('Tab');
    await page.keyboard.type('maart');
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
    const summary = page.locator('.ww-error-summary');
    await summary.getByText(/Iemand kan niet in de toekomst geboren zijn/).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page
      .locator('#field-children-0-birthDate-error')
      .getByText(/ligt na de peildatum/)
      .waitFor();
    await expectAccessible(page, 'check: kind in de toekomst');
    await tabTo(page, 'Geboortejaar van kind 1');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2018');
    await nextStep(page, 'Hoeveel geld komt er per maand binnen?');
    await expectAccessible(page, 'check: inkomen');

    await tabTo(page, 'Waar komt uw geld vandaan?');
    await page.keyboard.type('Werk');
    await tabTo(page, 'Uw netto inkomen per maand (in euro)');
    await page.keyboard.type('1450');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1700');
    await nextStep(page, 'Hoeveel spaargeld heeft u?');
    await expectAccessible(page, 'check: spaargeld');

    await tabTo(page, 'Spaargeld en bezit (in euro)');
    await page.keyboard.type('1000');
    await nextStep(page, 'Hoe woont u?');
    await tabTo(page, 'Ik huur een huis of een kamer');
    await page.keyboard.press('Space');
    await tabTo(page, 'Kale huur per maand (in euro)');
    await page.keyboard.type('700');
    await expectAccessible(page, 'check: wonen');
    await nextStep(page, 'Gaan uw kinderen naar de kinderopvang?');
    await expectAccessible(page, 'check: kinderopvang');
    await nextStep(page, 'Wat krijgt u al?');
    await expectAccessible(page, 'check: krijgt u al');
    await nextStep(page, 'Uw uitkomst');

    // The amounts are the engine's, for the same household on the same day.
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    const v = validateHousehold(
      {
        gemeente: 'GM9999',
        applicant: {
          birthDate: birthDateForAge(38, today),
          netMonthlyIncomeCents: 145000,
          grossMonthlyIncomeCents: 170000,
          incomeKind: 'loon',
        },
        children: [{ birthDate: '2018-03-01' }],
        home: { type: 'huur', rentMonthlyCents: 70000 },
        assetsCents: 100000,
      },
      today,
    );
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const expected = calculateAll(v.household, today, defaultRules());
    const zorgtoeslag = expected.schemes.find((s) => s.scheme === 'zorgtoeslag')!;
    expect(zorgtoeslag.status).toBe('recht');
    const card = page.locator('.ww-check-scheme', {
      has: page.getByRole('heading', { level: 3, name: 'Zorgtoeslag' }),
    });
    await card.getByText(`${euro(zorgtoeslag.amount!.perMonthCents)} per maand`).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Dit krijgt u waarschijnlijk', exact: true })
      .waitFor();
    // Arnhem's own schemes, as the beheerder set them, are part of the outcome, with the source.
    const meedoenCard = page.locator('.ww-check-scheme', {
      has: page.getByRole('heading', { level: 3, name: 'Meedoenregeling en kindpakket' }),
    });
    await meedoenCard.getByText(`${euro(65000)} per jaar`, { exact: false }).waitFor();
    await meedoenCard.getByText(/^Bron:/).waitFor();
    await meedoenCard.getByRole('link', { name: 'Beleidsregels meedoen (test)' }).waitFor();
    await meedoenCard.getByText(/nagekeken op \d+ \w+ 20\d\d/).waitFor();
    // The schemes Arnhem has not set up give no figure, only what to ask.
    const kwijtCard = page.locator('.ww-check-scheme', {
      has: page.getByRole('heading', {
        level: 3,
        name: 'Kwijtschelding gemeentelijke belastingen',
      }),
    });
    await kwijtCard.getByText('Vraag het na bij de gemeente Arnhem.').waitFor();
    expect(await kwijtCard.locator('.ww-check-amount').count()).toBe(0);
    await page
      .getByRole('heading', { level: 2, name: 'Wat als uw inkomen € 200 per maand stijgt?' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wat we niet hebben gecheckt' }).waitFor();

    // 'Waarom niet?' opens with the keyboard and explains from the trace.
    await tabTo(page, 'Waarom niet? (Bijstand (algemene bijstand))');
    await page.keyboard.press('Enter');
    // In plain words, not in formulas; the formula waits behind 'Berekening'.
    await page
      .locator('.ww-check-screen')
      .getByText(
        /^U krijgt geen bijstand, omdat uw inkomen hoger is dan de grens\. Bij u is dat €\s1\.450,00 per maand\./,
      )
      .waitFor();
    expect(
      await page
        .locator('.ww-check-screen')
        .getByText(/Dit moet zijn|Niet gehaald/)
        .count(),
    ).toBe(0);
    await expectAccessible(page, 'check: uitkomst');

    // The printed summary holds the outcome without the screen parts.
    await page.emulateMedia({ media: 'print' });
    const print = page.locator('.ww-check-print');
    await print.getByText(/Zorgtoeslag — Waarschijnlijk krijgt u dit/).waitFor();
    await print.getByRole('heading', { name: /gemeente Arnhem/ }).waitFor();
    await print
      .getByText(/U kunt er waarschijnlijk ongeveer €\s[\d.,]+ per maand bij krijgen\./)
      .waitFor();
    // '€' and the amount never break apart.
    expect(await print.evaluate((el) => /€ \d/.test(el.textContent ?? ''))).toBe(false);
    expect(await page.locator('.ww-check-screen').isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Nothing the resident typed left the page: only GETs of the app, the session and the
    // gemeente's public schemes, none with a body, and nothing kept in the browser's storage.
    const origin = new URL(session.server.url).origin;
    const allowedApi = [
      '/api/v1/session',
      '/api/v1/benefits/gemeenten',
      '/api/v1/benefits/gemeenten/GM0202',
    ];
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      const url = new URL(r.url());
      const label = `${r.method()} ${r.url()}`;
      expect(r.method(), label).toBe('GET');
      expect(r.postData(), label).toBeNull();
      expect(url.origin, label).toBe(origin);
      if (url.pathname.startsWith('/api/')) expect(allowedApi, label).toContain(url.pathname);
      else expect(url.pathname, label).toMatch(/^\/(check|assets\/.+|favicon\.svg)$/);
      for (const typed of ['1450', '145000', '1700', '170000', '700', '70000', '2018', '38'])
        expect(`${url.pathname.replace(/^\/assets\/.+$/, '')}${url.search}`, label).not.toContain(
          typed,
        );
    }
    expect(requests.some((r) => r.url().endsWith('/api/v1/benefits/gemeenten/GM0202'))).toBe(true);
    // Nothing is kept beyond this tab: not in localStorage; in sessionStorage only until it closes.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/1450|1700/);
    // A reload keeps the answers in this tab: the check starts again with them filled in.
    await page.reload();
    await tabTo(page, 'Start de check');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Uw gemeente' }).inputValue())
      .toBe('Arnhem');
    await nextStep(page, 'Over u en uw partner');
    expect(await page.getByLabel('Hoe oud bent u?').inputValue()).toBe('38');
    expect(pageProblems(page)).toEqual([]);
  });

  it('for a gemeente without schemes: national amounts, and what to ask the gemeente', async () => {
    const page = await newPage(session.browser, session.server.url);
    await page.goto('/check');
    await page.getByRole('button', { name: 'Start de check' }).click();
    const picker = page.getByRole('combobox', { name: 'Uw gemeente' });
    await picker.fill('Dalf');
    await page.getByRole('option', { name: 'Dalfsen' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Hoe oud bent u?').fill('70');
    await page.getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Waar komt uw geld vandaan?').selectOption('aow');
    // A negative amount is refused with the engine's message.
    await page.getByLabel('Uw netto inkomen per maand (in euro)').fill('-50');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page
      .locator('.ww-error-summary')
      .getByText(/negatief kan niet/)
      .waitFor();
    await page.getByLabel('Uw netto inkomen per maand (in euro)').fill('1300');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Spaargeld en bezit (in euro)').fill('0');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('radio', { name: 'Ik huur een huis of een kamer' }).check();
    // Rent is needed for a rented home.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page
      .locator('.ww-error-summary')
      .getByText(/Vul de kale huur per maand in/)
      .waitFor();
    await page.getByLabel('Kale huur per maand (in euro)').fill('650');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uw uitkomst' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Huurtoeslag' }).waitFor();
    const screen = page.locator('.ww-check-screen');
    await screen
      .getByText(/Van deze regelingen kennen we de regels van uw gemeente nog niet/)
      .waitFor();
    const kwijt = page.locator('.ww-check-scheme', {
      has: page.getByRole('heading', {
        level: 3,
        name: 'Kwijtschelding gemeentelijke belastingen',
      }),
    });
    await kwijt.getByText('Vraag het na bij de gemeente Dalfsen.').waitFor();
    await kwijt.getByRole('heading', { level: 4, name: 'Zoek dit uit of vraag het na' }).waitFor();
    expect(await kwijt.locator('.ww-check-amount').count()).toBe(0);
    await expectAccessible(page, 'check: uitkomst zonder regelingen van de gemeente');

    // In English the engine's texts are English too: what to do, the steps and the conditions.
    await page.getByRole('button', { name: 'English' }).click();
    await screen.getByText('Ask the municipality of Dalfsen.').first().waitFor();
    const shown = (await screen.textContent()) ?? '';
    expect(shown).toContain('Rent counted: the basic rent, up to the maximum rent limit');
    expect(shown).toContain('You rent your home');
    // Amounts are written the English way too: '€1,234', not '€ 1.234'.
    const total = (await page.locator('.ww-check-total').textContent()) ?? '';
    expect(total).toMatch(/€\d/);
    expect(total).not.toMatch(/€\u00a0/);
    for (const dutch of [
      'Vraag het na bij de gemeente Dalfsen.',
      'Rekenhuur: de kale huur',
      'U huurt uw woning',
      'Vraag huurtoeslag aan bij Dienst Toeslagen',
    ])
      expect(shown).not.toContain(dutch);
    expect(pageProblems(page)).toEqual([]);
  });
});
