import { expect, test } from '@playwright/test';

test('the guides index lists at least five guides, each a page with sources', async ({ page }) => {
  await page.goto('/guides/');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  expect(await page.locator('main .prose-atlas a[href^="/"]').count()).toBeGreaterThan(3);
});

test('the chooser excludes meshes that lack a required feature and keeps its answers in the URL', async ({ page }) => {
  await page.goto('/choose/?need=fault-injection-abort&services=40');
  const recommended = page.locator('[data-recommended]');
  await expect(recommended.locator('li[data-mesh]').first()).toBeVisible();
  await expect(recommended.locator('li[data-mesh="cilium"]')).toHaveCount(0);
  const excluded = page.locator('[data-excluded] li[data-mesh="cilium"]');
  await expect(excluded.getByRole('link', { name: /No support for Fault injection/ })).toHaveAttribute('href', '/features/#fault-injection-abort-cilium');
  await expect(page.getByLabel('Services')).toHaveValue('40');
  // The one-line result above the questions names the first recommended mesh and the excluded ones.
  const first = await recommended.locator('li[data-mesh] > a').first().textContent();
  await expect(page.locator('[data-summary]')).toContainText(`best first ${first}`);
  await expect(page.locator('[data-summary]')).toContainText(/excluded \(.*Cilium/);

  await page.getByLabel('Our nodes are memory-bound (GPU or small nodes)').check();
  await expect(page).toHaveURL(/\?need=fault-injection-abort&services=40&memory=1$/);
  const ranking = await recommended.locator('li[data-mesh]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['mesh']));
  await page.reload();
  await expect(page.getByLabel('Our nodes are memory-bound (GPU or small nodes)')).toBeChecked();
  expect(await recommended.locator('li[data-mesh]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['mesh']))).toEqual(ranking);
});

test('the chooser suggests no mesh for eight services', async ({ page }) => {
  await page.goto('/choose/?services=8');
  await expect(page.locator('[data-no-mesh]')).toHaveAttribute('data-suggested', 'true');
  await expect(page.locator('[data-no-mesh]')).toContainText('Consider running no mesh at all.');
  await expect(page.locator('[data-summary]')).toContainText('consider running no mesh at all');
});

test('Ctrl+K opens search, which finds Cilium for "WireGuard" and Istio ambient for "ztunnel"', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Mesh Atlas' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search Mesh Atlas' });
  await expect(input).toBeFocused();
  await input.fill('WireGuard');
  await expect(dialog.locator('a[href="/meshes/cilium/"]')).toBeVisible();
  await input.fill('ztunnel');
  await expect(dialog.locator('a[href="/meshes/istio-ambient/"]')).toBeVisible();
  // Keyboard: arrow down into the results, Enter follows the link.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a:focus')).toHaveCount(1);
});

test('/search/?q= is linkable and filters by type and mesh', async ({ page }) => {
  await page.goto('/search/?q=ztunnel&type=mesh');
  const results = page.locator('[data-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs.every((h) => h!.startsWith('/meshes/'))).toBe(true);
  expect(hrefs).toContain('/meshes/istio-ambient/');
  await page.getByLabel('Type').selectOption('comparison');
  await expect(page).toHaveURL(/q=ztunnel&type=comparison/);
  await expect(results.first()).toHaveAttribute('href', /^\/compare\//);
});

test('search code loads only when search is first used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/features/');
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
  expect(requests.filter((u) => /searchClient/.test(u))).toEqual([]); // the dialog's own search code waits too
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('searchbox', { name: 'Search Mesh Atlas' }).fill('mtls');
  await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});
