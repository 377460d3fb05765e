import { expect, test, type Page } from '@playwright/test';

/** The theme the page shows, waited for (the toggle and the next page set it without a signal). */
const expectTheme = (page: Page, theme: 'light' | 'dark') => expect(page.locator('html')).toHaveAttribute('data-theme', theme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('follows the system theme until the reader chooses', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expectTheme(page, 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

test('the theme toggle persists across pages and reloads', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/');
  await expectTheme(page, 'light');
  const light = await background(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expectTheme(page, 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background(page);
  expect(dark, 'the background follows the theme').not.toBe(light);

  await page.getByRole('link', { name: 'Benchmarks', exact: true }).click();
  await expect(page).toHaveURL(/\/benchmarks\/$/);
  await expectTheme(page, 'dark');
  expect(await background(page)).toBe(dark);

  await page.reload();
  await expectTheme(page, 'dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expectTheme(page, 'light');
  await page.goto('/sources/');
  await expectTheme(page, 'light');
  await context.close();
});
