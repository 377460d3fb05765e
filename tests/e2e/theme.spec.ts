import { expect, test } from '@playwright/test';

const theme = (page: import('@playwright/test').Page) => page.locator('html').getAttribute('data-theme');

test('follows the system theme until the reader chooses', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await theme(page)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

test('the theme toggle persists across pages and reloads', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await theme(page)).toBe('light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  expect(await theme(page)).toBe('dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await page.getByRole('link', { name: 'Benchmarks', exact: true }).click();
  await expect(page).toHaveURL(/\/benchmarks\/$/);
  expect(await theme(page)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(background);

  await page.reload();
  expect(await theme(page)).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('/sources/');
  expect(await theme(page)).toBe('light');
  await context.close();
});
