import { expect, test } from '@playwright/test';

test('on a phone, pages fit the screen without sideways scrolling', async ({ page }) => {
  for (const path of ['/', '/meshes/istio-ambient/', '/benchmarks/seed-3-node-latency/', '/sources/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
});
