import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { demoPasswords, startServer, type RunningServer } from './server';

/**
 * One demo server and one browser for a test file, and a way to log in as any demo account:
 * `loginAs('beleidsmedewerker', 'ijsselkring')`.
 */
export function demoSession() {
  const session = {} as { server: RunningServer; browser: Browser; passwords: Map<string, string> };
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([
      startServer({ args: ['--demo'] }),
      launchBrowser(),
    ]);
    session.passwords = demoPasswords(session.server.output());
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });

  async function loginAs(
    role: string,
    org = 'rivierstad',
    options: BrowserContextOptions = {},
  ): Promise<Page> {
    const page = await newPage(session.browser, session.server.url, options);
    const email = `${role}@${org}.demo.wegwijs.example`;
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(session.passwords.get(email)!);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
    return page;
  }

  return { session, loginAs, newPage: () => newPage(session.browser, session.server.url) };
}

/** The label or text of the element that has focus. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.labels?.[0]?.textContent ?? '';
    return (label || el.textContent || '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the element with this label or text has focus. */
export async function tabTo(page: Page, name: string | RegExp, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with the Tab key`);
}
