import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseInstrumentYaml } from '../src/contract/scan';
import type { Capital } from '../src/domain/assessment';
import { expectAccessible, pageProblems } from './browser';
import { demoSession, tabTo } from './demo-session';

// Reports in the browser, with the keyboard: the teamleider opens the team dashboard and follows
// a figure to the households behind it; the beleidsmedewerker reads the outcomes as a chart, a
// sentence and a table. The households are made through the API first, as the teamleider: thirty
// in Presikhaaf whose economic capital went from 2 to 4 (ten), stayed 2 (ten) or fell to 1 (ten)
// between two scans. The beleidsmedewerker then reads the municipal report for Arnhem and
// downloads it as PDF.

const loaded = parseInstrumentYaml(
  readFileSync(
    fileURLToPath(new URL('../content/scan/kapitaalscan-v1.yaml', import.meta.url)),
    'utf8',
  ),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const instrument = loaded.instrument;

const { loginAs } = demoSession();

function answers(scores: Partial<Record<Capital, number>>) {
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    aspects: Object.fromEntries(
      instrument.capitals.flatMap((c) =>
        c.aspects
          .filter((a) => !a.appliesWhen?.hasChildren)
          .map((a) => [a.id, { householdScore: scores[c.capital] ?? 2, wantsToWorkOn: false }]),
      ),
    ),
    children: [],
    riskFactors: [],
    protectiveFactors: [],
  };
}

/** Calls the API as the signed-in user of the page, with the CSRF token. */
async function apiAs(page: Page) {
  const session = await page.request.get('/api/v1/session');
  const csrf = (await session.json()).csrfToken as string;
  return async (method: 'POST' | 'PUT', path: string, data: unknown = {}) => {
    const res = await page.request.fetch(path, {
      method,
      data,
      headers: { 'x-csrf-token': csrf },
    });
    if (res.status() >= 300) throw new Error(`${method} ${path}: ${await res.text()}`);
    return res.json();
  };
}

async function seedHouseholds(page: Page) {
  const call = await apiAs(page);
  for (let i = 0; i < 30; i++) {
    const { id } = await call('POST', '/api/v1/households', {
      reference: `E2E-${i}`,
      label: `Fam. ${i}`,
      startDate: '2026-01-05',
      data: {
        adults: [{ birthYear: 1985 }],
        children: [],
        gemeente: { code: 'GM0202', name: 'Arnhem' },
        wijk: 'Presikhaaf',
      },
    });
    for (const purpose of ['kapitaalscan', 'rapportage-anoniem'])
      await call('POST', `/api/v1/households/${id}/consents`, {
        purpose,
        how: 'mondeling',
        givenAt: '2026-01-05',
      });
    for (const scores of [{}, { economisch: [4, 2, 1][i % 3] }]) {
      const scan = await call('POST', `/api/v1/households/${id}/scans`);
      await call('PUT', `/api/v1/households/${id}/scans/${scan.id}`, answers(scores));
      await call('POST', `/api/v1/households/${id}/scans/${scan.id}/complete`);
    }
    if (i === 0)
      await call('PUT', `/api/v1/households/${id}/plan`, {
        version: 0,
        goals: [],
        referrals: [],
        actions: [],
        reviewDate: '2026-02-01',
      });
  }
}

/** The page is shown and focus moved to its main content (a screen reader announces it). */
async function pageOpened(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
}

beforeAll(async () => {
  const page = await loginAs('teamleider');
  await seedHouseholds(page);
  await page.context().close();
}, 120_000);

describe('reports', () => {
  it('team dashboard: figures lead to the households behind them, by keyboard', async () => {
    const page = await loginAs('teamleider');
    await tabTo(page, 'Teamoverzicht');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Teamoverzicht');
    await page.getByRole('table', { name: 'Huishoudens per collega' }).waitFor();
    await expect.poll(() => page.getByText(/Open huishoudens: 30 huishoudens/).count()).toBe(1);
    await expectAccessible(page, 'team dashboard');
    // The review date of one household has passed: follow that figure.
    const overdue = page
      .getByRole('row', { name: /Evaluatiedatum voorbij/ })
      .getByRole('link', { name: '1 huishouden' });
    await overdue.waitFor();
    await tabTo(page, '1 huishouden');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/huishoudens\?evaluatie=verlopen/);
    await page.getByText('U ziet alleen de open huishoudens achter een cijfer').waitFor();
    await page.getByRole('link', { name: 'E2E-0' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
    await expectAccessible(page, 'filtered household list');
    expect(pageProblems(page)).toEqual([]);
  });

  it('outcomes: a chart with a summary and the same data as a table, by keyboard', async () => {
    const page = await loginAs('beleidsmedewerker');
    await tabTo(page, 'Resultaten');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Resultaten');
    const figure = page.getByRole('img', { name: /Staafdiagram Economisch/i });
    await figure.waitFor();
    expect(await figure.getAttribute('aria-label')).toMatch(
      /Presikhaaf: 10 vooruit, 10 gelijk, 10 achteruit/,
    );
    await page
      .getByText(/Van de 30 huishoudens met twee scores: 10 vooruit, 10 gelijk, 10 achteruit/)
      .first()
      .waitFor();
    const table = page.getByRole('table', { name: /^Economisch/i }).first();
    const row = table.getByRole('row', { name: /Presikhaaf/ });
    // Sorted changes: ten −1, ten 0, ten 2; median between the 15th and 16th (0 and 0).
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['30', '10', '10', '10', '0']);
    expect(cells[5]).toMatch(/^[-−]1 – 2$/);
    await expectAccessible(page, 'outcomes');
    // Another grouping, chosen with the keyboard.
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).focus();
    await tabTo(page, 'Wijk');
    // The options are: intervention used, wijk, form of poverty.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toMatch(/indeling=armoedevorm/);
    // The address changes first; the radio follows when the page renders the new grouping.
    await expect
      .poll(() =>
        page.getByRole('radio', { name: 'Vorm van armoede (suggestie uit de scan)' }).isChecked(),
      )
      .toBe(true);
    await page.getByRole('rowheader', { name: 'Geen suggestie' }).first().waitFor();
    await page
      .getByRole('table', { name: /^Economisch/i })
      .first()
      .waitFor();
    await expectAccessible(page, 'outcomes by poverty type');
    expect(pageProblems(page)).toEqual([]);
  });

  it('municipal report: pick gemeente and period, read figures and tables, download the PDF', async () => {
    const page = await loginAs('beleidsmedewerker');
    await tabTo(page, 'Rapportage voor de gemeente');
    await page.keyboard.press('Enter');
    await pageOpened(page, 'Rapportage voor de gemeente');
    // A period that holds every scan whatever today's date is; the end first, so it is reversed.
    await page.getByLabel('Tot en met').fill('1999-01-01');
    await page.getByLabel('Tot en met').press('Enter');
    const summary = page.getByRole('link', {
      name: /Tot en met: De einddatum ligt voor de begindatum/,
    });
    await summary.waitFor();
    await expectAccessible(page, 'municipal report form with an error');
    await page.getByLabel('Van').fill('2000-01-01');
    await page.getByLabel('Tot en met').fill('2099-12-31');
    await tabTo(page, 'Rapportage tonen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/gemeente=GM0202&van=2000-01-01&tot=2099-12-31/);
    await page
      .getByRole('heading', { level: 2, name: 'Arnhem, 2000-01-01 tot en met 2099-12-31' })
      .waitFor();
    // 30 households without children: the 0 children is a small cell.
    await page.getByText('Huishoudens: 30. Kinderen in die huishoudens: verborgen.').waitFor();
    // Economic capital at the latest scan: 20 weak, 0 average and 10 strong; the 0 is hidden
    // and the 10 with it (else 30 − 20 − 0).
    const profile = page.getByRole('table', { name: 'Kapitalen bij de laatste scan' });
    const economisch = await profile
      .getByRole('row', { name: /Economisch/i })
      .getByRole('cell')
      .allTextContents();
    expect(economisch).toEqual(['20', 'verborgen', 'verborgen', '30']);
    // Nothing is drawn for a row with hidden parts, so the figure names only what it shows.
    expect(
      await page.getByRole('img', { name: /Staafdiagram Kapitalen bij de laatste scan/ }).count(),
    ).toBe(0);
    await page
      .getByRole('img', { name: /Staafdiagram Economisch.*Presikhaaf: 10 vooruit/ })
      .waitFor();
    const comparison = page.getByRole('table', { name: /Vergelijking tussen de organisaties/ });
    expect(
      await comparison
        .getByRole('row', { name: /uw organisatie/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['30', 'verborgen']);
    await expectAccessible(page, 'municipal report');
    const pdf = await page.request.get(
      (await page.getByRole('link', { name: 'PDF met grafieken' }).getAttribute('href'))!,
    );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageProblems(page)).toEqual([]);
  });
});
