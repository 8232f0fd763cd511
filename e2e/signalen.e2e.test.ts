import { describe, expect, it } from 'vitest';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// Vroegsignalering (issue 14 item 2): a municipality's team imports a partner file, sees the
// work queue, and records a contact attempt and the outcome — with the keyboard where it counts.

const { loginAs } = demoSession();

const HEADER =
  'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum';
/** Windows-1252, as Excel saves it: 'é' is one byte. */
const file = (lines: string[]) => ({
  name: 'corporatie-november.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...lines].join('\r\n'), 'latin1'),
});

describe('vroegsignalering', () => {
  it('imports a file (a bad one first), works the queue and records contact and outcome', async () => {
    const page = await loginAs('vroegsignalering');
    await page.getByRole('link', { name: 'Vroegsignalering' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad vroegsignalering' }).waitFor();
    await page.getByText('Er staan geen open signalen klaar.').waitFor();
    await page.getByRole('link', { name: 'Signalen inlezen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen inlezen' }).waitFor();

    await page
      .getByLabel('CSV-bestand')
      .setInputFiles(
        file([
          'Woningcorporatie;1.250,00;2;J.;van der;Bérg;Rijnkade;12;a;6811 AA;Arnhem;03-04-1985',
          'Energie;310,40;3;M.;;Özdemir;Steenstraat;7;;6828 CAA;Arnhem;12-11-1990',
        ]),
      );
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByText('Niets ingelezen: 1 fouten.', { exact: false }).waitFor();
    const badRow = page.getByRole('row').filter({ hasText: 'Geen Nederlandse postcode' });
    await expect(badRow.getByRole('cell').first().textContent()).resolves.toBe('3');
    await expectAccessible(page, 'import refused');

    await page
      .getByLabel('CSV-bestand')
      .setInputFiles(
        file([
          'Woningcorporatie;1.250,00;2;J.;van der;Bérg;Rijnkade;12;a;6811 AA;Arnhem;03-04-1985',
          'Energie;310,40;3;J.P.;;Van der Berg;Rijnkade;12;A;6811AA;Arnhem;03-04-1985',
          'Water;45,00;2;M.;;Özdemir;Steenstraat;7;;6828 CA;Arnhem;12-11-1990',
        ]),
      );
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByText('Ingelezen: 3 signalen uit 3 regels. 2 nieuwe mensen').waitFor();
    await expectAccessible(page, 'import done');
    await page.getByRole('link', { name: 'Naar de werkvoorraad' }).click();

    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad vroegsignalering' }).waitFor();
    const rows = page.getByRole('row');
    await expect(rows.nth(1).textContent()).resolves.toContain('J. van der Bérg');
    await expect(rows.nth(2).textContent()).resolves.toContain('M. Özdemir');
    await expectAccessible(page, 'queue');

    // The worker opens the first case and records a phone call with the keyboard alone.
    await tabTo(page, 'J. van der Bérg');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Signaal van J. van der Bérg' }).waitFor();
    await expectAccessible(page, 'case');
    // Tab enters the radio group on the chosen option; an arrow key picks the next one.
    await tabTo(page, 'Brief');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'De persoon is bereikt');
    await page.keyboard.press('Space');
    await tabTo(page, 'Contactpoging opslaan');
    await page.keyboard.press('Enter');
    await page.getByText('Contactpoging opgeslagen.').waitFor();
    await page.getByText(/Telefoon, bereikt/).waitFor();

    // The energy company announced a cut-off on the Friday before Easter: the first conversation
    // is due three working days later, Easter Monday not counted (Wgs art. 4 lid 2).
    await page.getByLabel('Afsluiting van gas, stroom, stadsverwarming of water').check();
    await page.getByLabel('Bekend sinds').fill('2026-04-03');
    await page.getByRole('button', { name: 'Bedreigende situatie opslaan' }).click();
    await page
      .getByText('Opgeslagen. De termijn voor het eerste gesprek', { exact: false })
      .waitFor();
    const urgent = page
      .getByText(
        'Eerste gesprek bij een bedreigende situatie (Wgs art. 4 lid 2: binnen drie werkdagen)',
        { exact: true },
      )
      .locator('..');
    await expect(urgent.textContent()).resolves.toContain('9 april 2026');
    await expectAccessible(page, 'case with a threatening situation');
    await page.getByRole('link', { name: 'Terug naar de werkvoorraad' }).click();
    // The list is fetched again on arrival; wait for the row that carries the date.
    await page
      .getByRole('row')
      .filter({ hasText: 'J. van der Bérg' })
      .filter({
        hasText:
          'Afsluiting van gas, stroom, stadsverwarming of water: gesprek uiterlijk 9 april 2026',
      })
      .waitFor();
    await page.getByRole('link', { name: 'J. van der Bérg' }).click();

    await page.getByLabel('Hoe liep het af?').selectOption('betalingsregeling');
    await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await page.getByText('Uitkomst opgeslagen.', { exact: false }).waitFor();
    await page.getByText('afgesloten: Betalingsregeling').waitFor();

    await page.getByRole('link', { name: 'Terug naar de werkvoorraad' }).click();
    await page.getByRole('row').filter({ hasText: 'Özdemir' }).waitFor();
    // The closed case leaves the queue (after the list is fetched again).
    await page.getByRole('row').filter({ hasText: 'Bérg' }).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Monitor bekijken' }).click();
    const housing = page.getByRole('row').filter({ hasText: 'Woningcorporatie' });
    await expect(housing.textContent()).resolves.toMatch(/Woningcorporatie1111/);
    await expectAccessible(page, 'monitor');

    // Özdemir accepts help: the worker hands the case to a wijkteam, with the keyboard alone.
    await page.goto('/signalen');
    await page.getByRole('link', { name: 'M. Özdemir' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Hulp aanvaard: overdragen aan een team' })
      .waitFor();
    await expectAccessible(page, 'handover form');
    await tabTo(page, 'Team dat het huishouden ontvangt');
    await page.getByLabel('Team dat het huishouden ontvangt').selectOption({
      label: 'Wijkteam Noord (Welzijn Rivierstad (fictief))',
    });
    await tabTo(page, 'Kenmerk voor het ontvangende team');
    await page.keyboard.type('VS-2026-007');
    await tabTo(page, 'Label (voorletters of bijnaam)');
    await page.keyboard.type('M.Ö.');
    await tabTo(page, 'Geboortejaren van de kinderen (mag leeg blijven)');
    await page.keyboard.type('2014, 2019');
    await tabTo(page, 'Overdragen en signaal afsluiten');
    await page.keyboard.press('Enter');
    await page
      .getByText(/Overgedragen aan Wijkteam Noord \(Welzijn Rivierstad \(fictief\)\), op/)
      .waitFor();
    await expect(
      page.getByRole('heading', { name: 'Hulp aanvaard: overdragen aan een team' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'handed over');
    expect(pageProblems(page)).toEqual([]);

    // The receiving team sees a household with its reference and label, and nothing of the signal.
    const worker = await loginAs('sociaal-werker');
    await worker.goto('/huishoudens');
    const row = worker.getByRole('row').filter({ hasText: 'VS-2026-007' });
    await row.waitFor();
    await expect(row.textContent()).resolves.not.toContain('Özdemir');
  });

  it('does not show the module to a sociaal werker', async () => {
    const page = await loginAs('sociaal_werker'.replace('_', '-'));
    await expect(page.getByRole('link', { name: 'Vroegsignalering' }).count()).resolves.toBe(0);
    await page.goto('/signalen');
    await page
      .getByText('Deze pagina is niet beschikbaar voor uw rol.', { exact: false })
      .waitFor();
  });
});
