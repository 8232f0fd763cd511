import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseInstrumentYaml } from '../src/contract/scan';
import type { Capital, Score } from '../src/domain/assessment';
import { scanScreens } from '../src/web/pages/huishoudens/scan-flow';
import { pdfText } from '../test/pdf';
import { expectAccessible, notFoundAnswers, pageProblems } from './browser';
import { demoSession, focusedName, tabTo } from './demo-session';

// The kapitaalscan in the browser, with the keyboard alone: a social worker registers a household,
// records consent, fills in the scan together ('samen invullen'), sees the profile and matches,
// makes a plan and downloads it as a PDF, then does a second scan and sees what changed.

const loaded = parseInstrumentYaml(
  readFileSync(
    fileURLToPath(new URL('../content/scan/kapitaalscan-v1.yaml', import.meta.url)),
    'utf8',
  ),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument = loaded.instrument;

const { loginAs } = demoSession();

/** Tabs to a button or link and presses Enter. */
async function activate(page: Page, name: string | RegExp) {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Types a date into a date field with the keyboard, in the order the browser's field uses. */
async function typeDate(page: Page, label: string, iso: string) {
  const [y, m, d] = iso.split('-');
  await tabTo(page, label);
  await page.keyboard.type(`${m}${d}${y}`);
  const field = page.getByLabel(label, { exact: true });
  if ((await field.inputValue()) !== iso) {
    // A browser whose date fields put the day first: back to the first part and again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${d}${m}${y}`);
  }
  expect(await field.inputValue()).toBe(iso);
}

/** Waits until the heading is shown and has focus (it is announced by a screen reader). */
async function headingFocused(page: Page, level: number, name: string | RegExp) {
  const h = page.getByRole('heading', { level, name, exact: typeof name === 'string' });
  await h.waitFor();
  await expect.poll(() => h.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Today in the browser, as the pages see it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

/**
 * Answers every screen of the scan with the keyboard: on each aspect the household's rating (by
 * capital), on the factor screens the given factors; then completes it.
 */
async function doScan(
  page: Page,
  scores: Record<Capital, Score>,
  risk: string[],
  options: { pauseAfter?: number; onFirst?: () => Promise<void> } = {},
) {
  const screens = scanScreens(instrument, [{ ref: 'oudste', birthYear: 2016 }], await today(page));
  const total = screens.length;
  await headingFocused(page, 2, 'Samen invullen');
  await activate(page, 'Beginnen');
  for (let i = 0; i < total; i++) {
    const screen = screens[i]!;
    await page.getByText(`Vraag ${i + 1} van ${total}`, { exact: true }).waitFor();
    if (screen.kind === 'aspect') {
      await headingFocused(page, 2, screen.aspect.title);
      // From the heading, Tab enters the rating group; the arrow keys choose.
      const score = screen.child ? 3 : scores[screen.aspect.capital];
      await page.keyboard.press('Tab');
      if (score === 1) await page.keyboard.press('Space');
      for (let k = 1; k < score; k++) await page.keyboard.press('ArrowDown');
      if (i === 0 && options.onFirst) await options.onFirst();
    } else {
      await headingFocused(
        page,
        2,
        screen.kind === 'risk' ? 'Wat speelt er nog meer?' : 'Wat helpt het huishouden?',
      );
      if (screen.kind === 'risk')
        for (const label of risk) {
          await tabTo(page, label);
          await page.keyboard.press('Space');
        }
    }
    if (i === 2 || screen.kind === 'risk') await expectAccessible(page, `scan: scherm ${i + 1}`);
    if (options.pauseAfter === i + 1) {
      await activate(page, 'Pauzeren');
      await page.getByText('De scan is bewaard. U kunt later verder gaan.').waitFor();
      await activate(page, /^Verder met de scan van /);
      await headingFocused(page, 2, 'Samen invullen');
      await activate(page, `Verder met vraag ${i + 2}`);
      continue;
    }
    await activate(page, 'Volgende');
  }
  await headingFocused(page, 2, 'Klaar om af te ronden');
  await expectAccessible(page, 'scan: afronden');
  await activate(page, 'Afronden');
  await page.getByText('De scan is afgerond.', { exact: false }).waitFor();
}

describe('kapitaalscan in the browser', () => {
  it('keyboard only: household, consent, scan, profile and matches, plan with PDF, second scan with change', async () => {
    const page = await loginAs('sociaal-werker');
    await activate(page, 'Huishoudens');
    await page.getByRole('heading', { level: 1, name: 'Huishoudens' }).waitFor();
    await page.getByText('Er zijn nog geen huishoudens.').waitFor();
    await expectAccessible(page, 'huishoudens');

    // A new household, with a BSN typed by mistake: refused, named, nothing saved.
    await activate(page, 'Nieuw huishouden');
    await page.getByRole('heading', { level: 1, name: 'Nieuw huishouden' }).waitFor();
    await page.getByText('Geen naam en geen BSN.').waitFor();
    await expectAccessible(page, 'nieuw huishouden');
    await tabTo(page, 'Eigen kenmerk');
    await page.keyboard.type('123456782');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fam. K.');
    await tabTo(page, 'Geboortejaar volwassene 1');
    await page.keyboard.type('1990');
    // Work or school is optional; chosen with the arrow keys.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Werk of school van volwassene 1');
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Werk of school van volwassene 1').inputValue()).toBe(
      'geen-werk-of-school',
    );
    await activate(page, 'Kind toevoegen');
    await expect.poll(() => focusedName(page)).toBe('Aanduiding kind 1');
    await page.keyboard.type('oudste');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2016');
    await tabTo(page, 'Wijk');
    await page.keyboard.type('Presikhaaf');
    await tabTo(page, 'Talen');
    await page.keyboard.type('Nederlands, Arabisch');
    await tabTo(page, 'Scheiding');
    await page.keyboard.press('Space');
    await tabTo(page, 'In welk jaar: Scheiding?');
    await page.keyboard.type('2025');
    await activate(page, 'Huishouden opslaan');
    const summary = page.locator('.ww-error-summary');
    await summary.getByText(/Dit lijkt op een BSN/).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'nieuw huishouden met fout');
    await tabTo(page, 'Eigen kenmerk');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('K-E2E-1');
    await activate(page, 'Huishouden opslaan');
    await page.getByRole('heading', { level: 1, name: 'Fam. K. (K-E2E-1)' }).waitFor();
    await page.getByText('Het huishouden is opgeslagen.').waitFor();
    await page.getByText('oudste (geboren in 2016,').waitFor();
    await page.getByText('geboren in 1990, geen werk en geen school').waitFor();
    await expectAccessible(page, 'huishouden');
    const householdUrl = page.url();

    // Without consent no scan (said as a form says what went wrong); with consent it starts.
    await page.getByText('Leg eerst de toestemming voor de kapitaalscan vast.').waitFor();
    await activate(page, 'Kapitaalscan starten');
    await summary.getByText(/^Leg eerst vast dat het huishouden toestemming geeft/).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Waarvoor').inputValue()).toBe('kapitaalscan');
    await activate(page, 'Toestemming vastleggen');
    await page.getByText('De toestemming voor de kapitaalscan is vastgelegd.').waitFor();
    await page.getByRole('cell', { name: 'Mondeling' }).waitFor();

    // The first scan: every screen by keyboard. On the first question the social worker sees it
    // differently, and the household names a strength and wants to work on it.
    await activate(page, 'Kapitaalscan starten');
    await expectAccessible(page, 'scan: intro');
    await doScan(
      page,
      { economisch: 2, sociaal: 4, cultureel: 3, pedagogisch: 2, mentaal: 3 },
      ['Eén ouder zorgt voor de kinderen'],
      {
        pauseAfter: 5,
        onFirst: async () => {
          await tabTo(page, 'De sociaal werker ziet het anders');
          await page.keyboard.press('Space');
          await page.getByRole('radiogroup', { name: 'De sociaal werker ziet het zo' }).waitFor();
          await page.keyboard.press('Tab');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
          await page
            .getByText(
              'Allebei de antwoorden worden bewaard. Het antwoord van het huishouden telt.',
            )
            .waitFor();
          await tabTo(page, 'Wat gaat goed?');
          await page.keyboard.type('Ze houdt alle bonnetjes bij.');
          await tabTo(page, 'Hier wil ik aan werken');
          await page.keyboard.press('Space');
        },
      },
    );

    // The profile: a radar chart as one image with all values, the same values as a table.
    const figure = page.getByRole('img', { name: /^Kapitaalprofiel per bron/ });
    await figure.waitFor();
    expect(await figure.getAttribute('aria-label')).toContain('Economisch kapitaal 2 van 5');
    expect(await figure.getAttribute('aria-label')).toContain('Sociaal kapitaal 4 van 5');
    const table = page.getByRole('table', { name: 'Kapitaalprofiel per bron, score 1 tot 5' });
    await table
      .getByRole('row', { name: /Pedagogisch kapitaal/ })
      .getByText('2 van 5')
      .waitFor();
    await page.getByText(/Het sterkst: Sociaal kapitaal \(4\)\./).waitFor();
    await page.getByText('Rondkomen: “Ze houdt alle bonnetjes bij.”').waitFor();
    await page.getByText('Rondkomen: huishouden 2, sociaal werker 3').waitFor();
    // The suggestion comes with its reasons and the notice that it is about a situation.
    await page.getByText(/Dit is een suggestie om samen over te praten/).waitFor();
    await page
      .getByRole('heading', { level: 3, name: /^Kenmerken van / })
      .first()
      .waitFor();
    // Matches grouped by capital, the weakest one the household wants to work on first (economic:
    // 2 and ticked), each with its reason; one goes into the plan.
    const matchSection = page.locator('section[aria-labelledby="hh-matches"]');
    expect(await matchSection.getByRole('heading', { level: 3 }).first().textContent()).toBe(
      'Economisch kapitaal',
    );
    await expect.poll(() => page.getByText('Nazorg na detentie').count()).toBe(0);
    const matches = page.locator('.ww-hh-matches').first().locator('li');
    expect(await matches.count()).toBeGreaterThan(0);
    const firstMatch = (await matches.first().getByRole('heading', { level: 4 }).textContent())!;
    await expectAccessible(page, 'profiel');
    await activate(page, 'In het plan zetten');
    await page.getByText(`${firstMatch} staat in het plan.`).waitFor();
    await matches.first().getByText('Staat in het plan.').waitFor();

    // The plan: a goal in the household's own words with a small step, and a review date.
    await activate(page, 'Naar het plan');
    await page.getByRole('heading', { level: 1, name: 'Plan · Fam. K.' }).waitFor();
    await page.getByRole('group', { name: firstMatch }).waitFor();
    await expectAccessible(page, 'plan');
    await activate(page, 'Doel toevoegen');
    await expect.poll(() => focusedName(page)).toBe('Bij welk kapitaal hoort doel 1?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ik wil weten waar mijn geld heen gaat.');
    await activate(page, 'Stap toevoegen aan doel 1');
    await expect.poll(() => focusedName(page)).toBe('Wat gebeurt er bij stap 1 van doel 1?');
    await page.keyboard.type('Samen de post doorlopen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sanne en Fatma');
    await typeDate(page, 'Wanneer kijken we samen hoe het gaat?', '2027-01-15');
    // Leaving with unsaved changes asks first; staying keeps every word.
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Wegwijzer', exact: true }).click();
    await expect.poll(() => questions).toEqual([expect.stringMatching(/nog niet zijn opgeslagen/)]);
    expect(await page.getByLabel('Wat gebeurt er bij stap 1 van doel 1?').inputValue()).toBe(
      'Samen de post doorlopen',
    );
    await activate(page, 'Plan opslaan');
    await page.getByText('Het plan is opgeslagen (versie 2).').waitFor();
    await expectAccessible(page, 'plan opgeslagen');

    // Printed, the plan is plain text without the form.
    await page.emulateMedia({ media: 'print' });
    await page
      .locator('.ww-plan-print')
      .getByText('Ik wil weten waar mijn geld heen gaat.')
      .waitFor();
    expect(await page.locator('.ww-plan-form').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The PDF for the household to keep.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(page, 'PDF downloaden'),
    ]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Ons plan — Fam. K.');
    expect(text).toContain('Ik wil weten waar mijn geld heen gaat.');
    expect(text).toContain('Samen de post doorlopen');
    expect(text).toContain(`${firstMatch}: We hebben erover gepraat`);
    expect(text).toContain('15 januari 2027');

    // A second scan with other answers shows what changed, per capital and per aspect.
    await activate(page, 'Overzicht');
    await page.getByRole('heading', { level: 1, name: 'Fam. K. (K-E2E-1)' }).waitFor();
    await activate(page, 'Nieuwe kapitaalscan starten');
    await doScan(page, { economisch: 3, sociaal: 4, cultureel: 3, pedagogisch: 4, mentaal: 2 }, [
      'Eén ouder zorgt voor de kinderen',
    ]);
    const perCapital = page.getByRole('table', { name: 'Verandering per kapitaal' });
    await perCapital
      .getByRole('row', { name: /Economisch kapitaal/ })
      .getByText('2 → 3 (beter)')
      .waitFor();
    await perCapital
      .getByRole('row', { name: /Mentaal kapitaal/ })
      .getByText('3 → 2 (minder goed)')
      .waitFor();
    await perCapital
      .getByRole('row', { name: /Sociaal kapitaal/ })
      .getByText('4 → 4 (gelijk)')
      .waitFor();
    await page
      .getByRole('table', { name: 'Verandering per onderdeel' })
      .getByRole('row', { name: /Rondkomen/ })
      .getByText('2 → 3 (beter)')
      .waitFor();
    const both = page.getByRole('img', { name: /^Kapitaalprofiel per bron/ });
    expect(await both.getAttribute('aria-label')).toMatch(
      /Vorige scan \(.*\): Economisch kapitaal 2 van 5/,
    );
    await expectAccessible(page, 'profiel met verandering');
    expect(page.url()).toBe(householdUrl);
    expect(pageProblems(page)).toEqual([]);
  });

  it('the professional check, prefilled from the household, puts a scheme into the plan', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/huishoudens');
    await page.getByRole('link', { name: 'K-E2E-1' }).click();
    await page
      .getByRole('navigation', { name: 'Huishouden Fam. K.' })
      .getByRole('link', { name: 'Voorzieningencheck' })
      .click();
    await page
      .getByRole('heading', { level: 2, name: 'Samen kijken welke regelingen passen' })
      .waitFor();
    await page.getByText('Gemeente: Arnhem').waitFor();
    await expectAccessible(page, 'check huishouden');
    await page.getByRole('button', { name: 'Check starten' }).click();
    // The age comes from the household's birth year.
    await page.getByRole('heading', { level: 2, name: 'Over u en uw partner' }).waitFor();
    const year = Number((await today(page)).slice(0, 4));
    expect(await page.getByLabel('Hoe oud bent u?').inputValue()).toBe(String(year - 1990));
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await page.getByLabel('Geboortejaar van kind 1').inputValue()).toBe('2016');
    await page.getByLabel('Geboortemaand van kind 1').selectOption('3');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Waar komt uw geld vandaan?').selectOption('loon');
    await page.getByLabel('Uw netto inkomen per maand (in euro)').fill('1450');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Spaargeld en bezit (in euro)').fill('1000');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('radio', { name: 'Ik huur een huis of een kamer' }).check();
    await page.getByLabel('Kale huur per maand (in euro)').fill('700');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { level: 2, name: /kinderopvang/ }).waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();
    // The household already receives zorgtoeslag: it is not suggested for the plan.
    await page.getByRole('heading', { level: 2, name: 'Wat krijgt het huishouden al?' }).waitFor();
    await page.getByRole('checkbox', { name: 'Zorgtoeslag' }).check();
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uitkomst voor Fam. K.' }).waitFor();
    const toPlan = page.getByRole('group', { name: 'Welke regelingen wilt u samen aanvragen?' });
    const huurtoeslag = toPlan.getByRole('checkbox', { name: /^Huurtoeslag aanvragen/ });
    await huurtoeslag.waitFor();
    expect(await huurtoeslag.isChecked()).toBe(true);
    expect(await toPlan.getByRole('checkbox', { name: /Zorgtoeslag/ }).count()).toBe(0);
    await expectAccessible(page, 'check huishouden: uitkomst');
    await page.getByRole('button', { name: 'In het plan zetten' }).click();
    await page.getByText(/(actie staat|acties staan) nu in het plan\./).waitFor();
    await page.getByText(/Staat al in het plan: .*Huurtoeslag/).waitFor();

    await page.getByRole('link', { name: 'Naar het plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan · Fam. K.' }).waitFor();
    const actions = await page
      .locator('input[name^="actions."][name$=".text"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(actions).toContain('Huurtoeslag aanvragen');
    expect(actions).not.toContain('Zorgtoeslag aanvragen');
    // The goal from before is still there: the check added to the plan, it did not replace it.
    expect(await page.getByLabel('Doel 1 in eigen woorden').inputValue()).toBe(
      'Ik wil weten waar mijn geld heen gaat.',
    );
    expect(pageProblems(page)).toEqual([]);
  });

  it('changes the household details and assigns a colleague', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/huishoudens');
    await page.getByRole('link', { name: 'K-E2E-1' }).click();
    await page.getByRole('link', { name: 'Gegevens wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gegevens van Fam. K. wijzigen' }).waitFor();
    await expectAccessible(page, 'huishouden wijzigen');
    await page.getByLabel('Wijk').fill('Malburgen');
    await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
    await page.getByText('Malburgen').waitFor();
    const people = page.getByRole('group', { name: "Collega's die met dit huishouden werken" });
    await people.getByLabel('Mehmet Yilmaz (demo)').check();
    await page.getByRole('button', { name: "Team en collega's opslaan" }).click();
    await page.getByText("Team en collega's zijn opgeslagen.").waitFor();
    expect(await people.getByLabel('Mehmet Yilmaz (demo)').isChecked()).toBe(true);
  });

  it('in English, samen invullen shows the questions and levels in English', async () => {
    const page = await loginAs('sociaal-werker');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/huishoudens');
    await page.getByRole('link', { name: 'K-E2E-1' }).click();
    await page.getByRole('button', { name: 'Start a new kapitaalscan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Filling it in together' }).waitFor();
    await page.getByText(/^With this scan we look at your situation together\./).waitFor();
    await page.getByRole('button', { name: 'Begin' }).click();

    const section = instrument.capitals[0]!;
    const aspect = section.aspects[0]!;
    await page.getByRole('heading', { level: 2, name: 'Making ends meet' }).waitFor();
    await page.getByText(section.titleEn, { exact: true }).waitFor();
    const levels = page.getByRole('radiogroup', {
      name: 'How is it going with paying the fixed costs and the groceries?',
    });
    await levels.getByText(instrument.scale[0]!.labelEn, { exact: true }).waitFor();
    await levels.getByText(aspect.levels[0]!.descriptionEn, { exact: true }).waitFor();
    expect(await page.getByText(aspect.question).count()).toBe(0);
    expect(await page.getByText(aspect.levels[0]!.description).count()).toBe(0);
    await expectAccessible(page, 'scan: question (en)');

    // Back to Dutch: the choice is kept with the account, and the screen follows at once.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: aspect.title }).waitFor();
    await page.getByRole('radiogroup', { name: aspect.question }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('in English, the suggestions come per capital with their reasons in English', async () => {
    const page = await loginAs('sociaal-werker');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/huishoudens');
    await page.getByRole('link', { name: 'K-E2E-1' }).click();
    const matchSection = page.locator('section[aria-labelledby="hh-matches"]');
    await matchSection
      .getByRole('heading', { level: 2, name: 'Matching help from the catalogue' })
      .waitFor();
    // The latest scan has mental capital at 2, the only weak one: it comes first.
    expect(await matchSection.getByRole('heading', { level: 3 }).first().textContent()).toBe(
      'Mental capital',
    );
    const firstCard = matchSection.locator('.ww-hh-card').first();
    expect(await firstCard.textContent()).toMatch(/ is low \(\d(\.\d)? of 5\)/);
    expect(await matchSection.getByText(/ is laag /).count()).toBe(0);

    // The poverty-type suggestion (single parent on the latest scan) is English too.
    const poverty = page.locator('section[aria-labelledby="hh-poverty"]');
    await poverty.getByText(/^This is a suggestion to talk about together/).waitFor();
    await poverty
      .getByText('The situation shows a single feature of intergenerational poverty.', {
        exact: true,
      })
      .waitFor();
    await poverty.getByText(/^Single-parent household\. /).waitFor();
    // No engine sentence in Dutch anywhere on the profile and matches.
    const shown = (await page.locator('main').textContent()) ?? '';
    for (const dutch of [
      'Dit is een suggestie',
      'De situatie heeft',
      'Eén ouder zorgt',
      ' is laag ',
      'het huishouden wil werken aan',
      'bedoeld voor',
      'past bij',
    ])
      expect(shown).not.toContain(dutch);
    await expectAccessible(page, 'matches (en)');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(pageProblems(page)).toEqual([]);
  });

  it('a beheerder has no households: no menu item, and the page says no access', async () => {
    const page = await loginAs('beheerder');
    expect(
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Huishoudens' })
        .count(),
    ).toBe(0);
    await page.goto('/huishoudens');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    const api = await page.evaluate(async () => (await fetch('/api/v1/households')).status);
    expect(api).toBe(403);
    await expectAccessible(page, 'geen toegang');
  });

  it('erasing a household takes it off the list at once, beside the notice', async () => {
    const page = await loginAs('sociaal-werker');
    await page.goto('/huishoudens');
    await page.getByRole('link', { name: 'K-E2E-1' }).click();
    await page.getByLabel('Typ het kenmerk K-E2E-1 over om te bevestigen').fill('K-E2E-1');
    await page.waitForLoadState('networkidle');
    // Once erased, nothing of the household is asked for again (it would only answer 404).
    const missing = notFoundAnswers(page, new URL(page.url()).pathname.split('/').pop()!);
    await page.getByRole('button', { name: 'Huishouden en alle gegevens wissen' }).click();
    await page.getByText('Huishouden K-E2E-1 en alle gegevens zijn gewist.').waitFor();
    expect(await page.getByRole('link', { name: 'K-E2E-1' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
