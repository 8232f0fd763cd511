import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';
import { pdfPageSize, pdfText } from '../test/pdf';

import { expectAccessible, pageProblems } from './browser';
import { demoSession } from './demo-session';

const { loginAs } = demoSession();

describe('wegwijzer in the browser', () => {
  it('shows the demo banner, the capitals and a capital with its signals', async () => {
    const page = await loginAs('sociaal-werker');
    await page.getByText('Dit is een demo').waitFor();
    await page.getByRole('link', { name: 'Wegwijzer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Wegwijzer' }).waitFor();
    await expectAccessible(page, 'wegwijzer');
    await page.getByRole('link', { name: 'Pedagogisch kapitaal' }).click();
    await page.getByRole('heading', { level: 2, name: 'Signalen in het gesprek' }).waitFor();
    await expectAccessible(page, 'kapitaal');
    await page.getByRole('link', { name: 'Voorschoolse' }).first().click();
    await page
      .getByRole('heading', { level: 2, name: 'Werkzame elementen' })
      .or(page.getByRole('heading', { level: 2, name: 'In het kort' }))
      .first()
      .waitFor();
    await expectAccessible(page, 'interventie');
    expect(pageProblems(page)).toEqual([]);
  });

  it('a beleidsmedewerker adds a local offer with a contact, edits it and sees the history', async () => {
    const page = await loginAs('beleidsmedewerker');
    await page.goto('/wegwijzer/interventie/budgetmaatjes');
    await page.getByRole('link', { name: /Wij bieden dit ook aan/ }).click();
    await page.getByRole('heading', { level: 1, name: /Aanbod toevoegen/ }).waitFor();
    await expectAccessible(page, 'aanbod toevoegen');
    await page.getByLabel('Wijk').fill('Presikhaaf');
    await page.getByLabel('Zo verwijst u').fill('Bel de contactpersoon. Aanmelden kan ook zelf.');
    await page.getByLabel('Kosten').fill('Gratis');
    await page.getByLabel('Naam contactpersoon').fill('Ayse Demir');
    await page.getByLabel('Functie').fill('Coördinator budgetmaatjes');
    await page.getByLabel('Telefoonnummer').fill('026 123 45 67');
    await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: /Ons aanbod/ }).waitFor();
    await page.getByLabel('Kosten').fill('€ 2 per afspraak');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het aanbod is opgeslagen').waitFor();
    // Saved without "Ik heb dit nagekeken": the offer says honestly that nobody checked it.
    await page.goto('/wegwijzer/interventie/budgetmaatjes');
    await page.getByText('Nog niet nagekeken.').first().waitFor();
    await page
      .getByRole('link', { name: /Aanbod van .* wijzigen/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Ons aanbod/ }).waitFor();
    await page.getByLabel('Ik heb dit nagekeken: alles klopt').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het aanbod is opgeslagen').waitFor();
    await page.getByRole('cell', { name: 'Gewijzigd', exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Versie 1 bekijken' }).click();
    await page.locator('.ww-version').getByText('Gratis').waitFor();
    await page.getByRole('button', { name: 'Klopt nog: nagekeken' }).click();
    await page.getByText('Vastgelegd dat u dit hebt nagekeken.').waitFor();
    await page.getByRole('cell', { name: 'Nagekeken', exact: true }).waitFor();
    await expectAccessible(page, 'aanbod met geschiedenis');
    await page.getByRole('link', { name: 'Aanbod beheren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod beheren' }).waitFor();
    await expectAccessible(page, 'aanbod beheren');

    // The poster shows the new offer with its contact, as a page and as a real PDF.
    await page.getByRole('link', { name: 'Poster' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Dit doet Welzijn Rivierstad (fictief) tegen armoede',
      })
      .waitFor();
    await page
      .getByText(/Ayse Demir/)
      .first()
      .waitFor();
    await expectAccessible(page, 'poster');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF downloaden (A3)' }).click(),
    ]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Ayse Demir');
    expect(await pdfPageSize(pdf)).toBe('841.89 x 1190.55');

    // Import a municipal social map file (the official HSDS example) and read the report.
    await page.getByRole('link', { name: 'Aanbod beheren' }).click();
    await page
      .getByLabel('HSDS-bestand (JSON)')
      .setInputFiles(
        fileURLToPath(
          new URL('../../shared/standards/hsds-3.0/examples/service_full.json', import.meta.url),
        ),
      );
    await page.getByLabel('De goede onderdelen wel importeren').check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(/Klaar: 1 nieuw/).waitFor();
    await page.getByRole('cell', { name: 'Nieuw', exact: true }).waitFor();
    await expectAccessible(page, 'import');
  });

  it('a beleidsmedewerker adds a local intervention, archives it and reads that in its history', async () => {
    const page = await loginAs('beleidsmedewerker');
    await page.goto('/wegwijzer/lokaal/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe lokale interventie' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Repair café Presikhaaf');
    await page.getByLabel('Korte beschrijving').fill('Samen spullen repareren.');
    await page.getByLabel('Beschrijving', { exact: true }).fill('Elke zaterdag in het buurthuis.');
    await page
      .getByRole('group', { name: 'Vooral voor kapitaal' })
      .getByLabel('Sociaal kapitaal')
      .check();
    await page.getByRole('group', { name: 'Doelgroep' }).getByLabel('Wijkbewoners').check();
    await page
      .getByRole('group', { name: 'Fase (SOS)' })
      .getByLabel(/Stimuleren/)
      .check();
    await page
      .getByRole('group', { name: 'Leefgebieden' })
      .getByLabel('Sociaal', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Interventie opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Repair café Presikhaaf' }).waitFor();
    await page.goto(page.url().replace('/interventie/', '/lokaal/'));
    await page.getByRole('button', { name: 'Archiveren' }).click();
    await page.getByText('Gearchiveerd.').waitFor();
    await page.getByRole('cell', { name: 'Gearchiveerd', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Terugzetten' }).waitFor();
    await expectAccessible(page, 'lokale interventie met geschiedenis');
  });

  it('a social worker elsewhere sees the local contact and sends a correction', async () => {
    const page = await loginAs('sociaal-werker', 'ijsselkring');
    await page.goto('/wegwijzer/interventie/budgetmaatjes');
    await page.getByText('Ayse Demir').waitFor();
    await page.getByRole('link', { name: '026 123 45 67' }).waitFor();
    await page
      .getByRole('button', { name: 'Verbetering voor Welzijn Rivierstad (fictief)' })
      .click();
    await page.getByLabel('Wat moet er anders?').fill('Het telefoonnummer is veranderd.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Uw verbetering staat klaar').waitFor();
    await expectAccessible(page, 'verbetering');

    const editor = await loginAs('beleidsmedewerker', 'ijsselkring');
    await editor.goto('/wegwijzer/beheer');
    await editor.getByText('Er wachten geen verbeteringen.').waitFor();
    const owner = await loginAs('beleidsmedewerker');
    await owner.goto('/wegwijzer/beheer');
    await owner.getByText('“Het telefoonnummer is veranderd.”').waitFor();
  });

  it('finds interventions by search and facets, with a shareable address', async () => {
    const page = await loginAs('sociaal-werker', 'veenkoloniaal');
    await page.goto('/wegwijzer');
    await page.getByLabel('Zoek in de wegwijzer').fill('scheidng');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken in de wegwijzer' }).waitFor();
    await page.getByText(/‘scheidng’ gelezen als/).waitFor();
    expect(await page.locator('.ww-results mark').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'zoeken');

    await page.getByLabel('Zoek in de wegwijzer').fill('geldzorgen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(/Voor ‘geldzorgen’ ook gezocht op/).waitFor();
    const before = Number(
      (await page
        .getByRole('status')
        .filter({ hasText: /resultat/ })
        .textContent())!.match(/\d+/)![0],
    );
    // The filter applies through the address, so the box is ticked once the new address is in.
    await page
      .getByRole('group', { name: 'Fase (SOS)' })
      .getByLabel(/Signaleren/)
      .click();

    await expect.poll(() => page.url()).toContain('fase=signaleren');
    await expect
      .poll(async () =>
        Number(
          (await page
            .getByRole('status')
            .filter({ hasText: /resultat/ })
            .textContent())!.match(/\d+/)![0],
        ),
      )
      .toBeLessThan(before);
    await expectAccessible(page, 'zoeken met filter');

    // The address holds the whole search: a colleague who opens it sees the same.
    const shared = await loginAs('teamleider', 'ijsselkring');
    await shared.goto(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect
      .poll(() =>
        shared
          .getByRole('group', { name: 'Fase (SOS)' })
          .getByLabel(/Signaleren/)
          .isChecked(),
      )
      .toBe(true);
    await shared.locator('.ww-results a').first().click();
    await shared.getByRole('heading', { level: 2, name: 'In het kort' }).waitFor();
  });

  it('finds a specialist by topic', async () => {
    const editor = await loginAs('beleidsmedewerker');
    await editor.goto('/wegwijzer/specialisten');
    await editor.getByLabel('Naam', { exact: true }).fill('Henk Smit');
    await editor.getByLabel('Functie', { exact: true }).fill('Aandachtsfunctionaris armoede');
    await editor.getByRole('group', { name: 'Onderwerpen' }).getByLabel('Schuldhulp').check();
    await editor.getByRole('button', { name: 'Specialist toevoegen' }).click();
    await editor.getByText('Henk Smit is opgeslagen.').waitFor();
    const page = await loginAs('sociaal-werker', 'veenkoloniaal');
    await page.goto('/wegwijzer/specialisten');
    await page.getByLabel('Onderwerp').selectOption('schuldhulp');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Henk Smit' }).waitFor();
    await expectAccessible(page, 'specialisten');

    // The organisation's own specialists have the same steps and history as its other entries.
    await editor.goto('/wegwijzer/beheer');
    await editor.getByRole('button', { name: 'Henk Smit: klopt nog' }).click();
    await editor.getByText('Vastgelegd dat u dit hebt nagekeken.').waitFor();
    await editor.getByRole('button', { name: 'Henk Smit wijzigen' }).click();
    await editor.getByRole('cell', { name: 'Nagekeken', exact: true }).waitFor();
    await expectAccessible(editor, 'specialist met geschiedenis');
  });
});
