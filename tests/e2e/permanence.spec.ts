/** Every URL ever published still answers: as a page, or as a redirect to one. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('every published URL is still built or redirected', async ({ request }) => {
  const { urls } = JSON.parse(readFileSync('published-urls.json', 'utf8')) as { urls: string[] };
  expect(urls.length, 'published-urls.json lists no URL').toBeGreaterThan(0);
  const problems: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 5 });
    if (response.status() !== 200) {
      problems.push(`${url} answers ${response.status()}: it was published, so it needs a page or a redirect (astro.config.mjs redirects)`);
      continue;
    }
    // Astro writes static redirects as pages with a meta refresh: follow them to a real page.
    const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(await response.text());
    if (refresh) {
      const target = await request.get(refresh[1]!);
      if (target.status() !== 200) problems.push(`${url} redirects to ${refresh[1]} which answers ${target.status()}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
