/**
 * The production server (scripts/serve.ts) on the real build: what needs the built site. Every
 * other case is covered without a browser in tests/unit/serve-rules.test.ts and serve-http.test.ts.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { builtPages } from '../../scripts/lib/builtSite';

const SECTIONS = ['features', 'compare', 'benchmarks', 'guides', 'choose', 'calculator', 'search', 'sources', 'data'];
const framingDenied = (response: APIResponse) =>
  (response.headers()['content-security-policy'] ?? '').includes("frame-ancestors 'none'") && response.headers()['x-frame-options'] === 'DENY';

test('every section URL without its slash redirects to it, framing denied before and after', async ({ request }) => {
  const pages = new Set(builtPages());
  for (const section of SECTIONS) {
    expect(pages.has(`/${section}/`), `/${section}/ is built`).toBe(true);
    const redirect = await request.get(`/${section}?from=test`, { maxRedirects: 0 });
    expect(redirect.status(), `/${section}`).toBe(301);
    expect(redirect.headers()['location']).toBe(`/${section}/?from=test`);
    expect(framingDenied(redirect), `/${section} redirect`).toBe(true);
    const page = await request.get(`/${section}`);
    expect(page.status(), `/${section}/`).toBe(200);
    expect(page.url()).toMatch(new RegExp(`/${section}/\\?|/${section}/$`));
    expect(framingDenied(page), `/${section}/`).toBe(true);
  }
});

test('index.html URLs redirect to their directory; embeds stay frameable', async ({ request }) => {
  const home = await request.get('/index.html', { maxRedirects: 0 });
  expect(home.status()).toBe(301);
  expect(home.headers()['location']).toBe('/');
  expect(framingDenied(home)).toBe(true);

  const embed = builtPages().find((path) => path.startsWith('/embed/'));
  expect(embed, 'the build has embed pages').toBeTruthy();
  const slashless = await request.get(embed!.slice(0, -1), { maxRedirects: 0 });
  expect(slashless.status()).toBe(301);
  expect(slashless.headers()['location']).toBe(embed);
  const page = await request.get(`${embed!}index.html`);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-security-policy']).not.toContain('frame-ancestors');
  expect(page.headers()['x-frame-options']).toBeUndefined();
});

test('the host config and malformed paths are refused, and the server keeps serving', async ({ request }) => {
  for (const path of ['/_headers', '/_headers/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy:');
    expect(framingDenied(response), path).toBe(true);
  }
  expect((await request.get('/%')).status()).toBe(400);
  expect((await request.post('/')).status()).toBe(405);
  expect((await request.get('/')).status()).toBe(200);
});
