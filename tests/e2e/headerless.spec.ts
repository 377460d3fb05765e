/**
 * No script from content, whatever host serves the site: here the built site is served by a plain
 * static server that sends no headers at all — no Content Security Policy, no framing rules, as
 * GitHub Pages, S3 or a forgotten nginx include would — and every page is checked for anything
 * that could run script other than the site's own bundles.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { DIST, builtPages, pageType, readPage } from '../../scripts/lib/builtSite';

let server: Server;
let origin: string;

test.beforeAll(async () => {
  const files = sirv(DIST, { dev: false, extensions: ['html'] });
  server = createServer((request, response) => files(request, response, () => {
    response.writeHead(404).end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** What in a page's HTML could run script: inline scripts, foreign scripts, handlers, script URLs. */
function scriptRisks(html: string): string[] {
  const risks: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    const src = /\ssrc="([^"]*)"/.exec(attributes)?.[1];
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type === 'application/ld+json' || type === 'application/json') continue;
    if (src === undefined) risks.push(`inline script: ${match[2]!.trim().slice(0, 60)}`);
    else if (!src.startsWith('/_astro/')) risks.push(`script from ${src}`);
  }
  for (const match of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) risks.push(`event handler ${match[1]}`);
  for (const match of html.matchAll(/\s(?:href|src|action|formaction|srcdoc|data)\s*=\s*"\s*(javascript|vbscript|data:text\/html)[^"]*"/gi)) risks.push(`script URL ${match[1]}`);
  for (const match of html.matchAll(/<(iframe|object|embed|base)\b/gi)) risks.push(`<${match[1]}> element`);
  return risks;
}

test('no built page holds inline script, foreign script, event handlers or script URLs', () => {
  const problems = builtPages().flatMap((path) => scriptRisks(readPage(path)).map((risk) => `${path}: ${risk}`));
  expect(problems, problems.join('\n')).toEqual([]);
});

test('served with no headers at all, one page of every kind runs only the site’s own scripts', async ({ page }) => {
  test.setTimeout(360_000);
  const onePerType = new Map<string, string>();
  for (const path of builtPages()) if (!onePerType.has(pageType(path))) onePerType.set(pageType(path), path);
  const foreign: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of onePerType.values()) {
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy'], 'this server must send no policy').toBeUndefined();
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 40)}`));
    for (const script of scripts) expect(script, `${path} runs ${script}`).toMatch(new RegExp(`^${origin}/_astro/`));
  }
  expect(foreign).toEqual([]);
  expect(dialogs).toEqual([]);
});
