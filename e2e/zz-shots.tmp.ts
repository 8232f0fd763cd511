import { launchBrowser, newPage } from './browser';
import { startServer } from './server';
const server = await startServer({ args: ['--demo'] });
const browser = await launchBrowser();
try {
  const page = await newPage(browser, server.url);
  await page.goto('/check');
  await page.getByRole('button', { name: 'Start de check' }).click();
  await page.getByLabel('Uw gemeente').selectOption({ label: 'Voorbeeldgemeente (voorbeeld om te oefenen)' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Hoe oud bent u?').fill('34');
  await page.getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Een kind toevoegen' }).click();
  await page.getByLabel('Geboortejaar van kind 1').fill('2016');
  await page.getByLabel('Geboortemaand van kind 1').selectOption('4');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Waar komt uw geld vandaan?').selectOption('loon');
  await page.getByLabel('Uw netto inkomen per maand (in euro)').fill('1600');
  await page.getByLabel('Uw bruto inkomen per maand (in euro, als u het weet)').fill('1900');
  await page.screenshot({ path: '/tmp/shot-income.png', fullPage: true });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Spaargeld en bezit (in euro)').fill('500');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Ik huur een huis of een kamer' }).check();
  await page.getByLabel('Kale huur per maand (in euro)').fill('750');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await page.getByRole('heading', { level: 2, name: 'Uw uitkomst' }).waitFor();
  await page.screenshot({ path: '/tmp/r1.png' });
  await page.locator('section[aria-labelledby=check-whatif]').screenshot({ path: '/tmp/whatif.png' });
  await page.locator('section[aria-labelledby=check-unlikely]').screenshot({ path: '/tmp/unlikely.png' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/p1.png' });
} finally {
  await browser.close();
  await server.stop();
}
