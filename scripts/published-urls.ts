/**
 * `npm run urls:update` — adds the URLs the current build publishes to published-urls.json.
 * It never drops a URL: if a listed URL is no longer built and has no redirect, it stops and says
 * which, so a rename gets a redirect (astro.config.mjs `redirects`) instead of a broken link.
 * `npm run urls:update -- --drop /old/url/` removes a URL deliberately.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './lib/builtFiles';
import { diffPublishedUrls, isPublishable } from '../src/hosting/publishedUrls';

const LIST = 'published-urls.json';
const DIST = 'dist';

const builtUrls = (root: string) => builtFiles(root).filter(isPublishable);

const args = process.argv.slice(2);
const drops = args.flatMap((arg, i) => (arg === '--drop' && args[i + 1] ? [args[i + 1]!] : []));
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('urls:update: no build in dist/; run "npm run build" first');
  process.exit(1);
}
const listed: string[] = existsSync(LIST) ? (JSON.parse(readFileSync(LIST, 'utf8')) as { urls: string[] }).urls : [];
const unknownDrops = drops.filter((url) => !listed.includes(url));
if (unknownDrops.length) {
  console.error(`urls:update: not in ${LIST}: ${unknownDrops.join(', ')}`);
  process.exit(1);
}
const { added, missing, next } = diffPublishedUrls(listed.filter((url) => !drops.includes(url)), builtUrls(DIST));
if (missing.length) {
  console.error(
    `urls:update: these published URLs are no longer built and have no redirect:\n  ${missing.join('\n  ')}\n` +
      'Add a redirect in astro.config.mjs, or drop them deliberately with --drop URL. Nothing was written.',
  );
  process.exit(1);
}
writeFileSync(LIST, JSON.stringify({ note: 'Published URLs are permanent: see scripts/published-urls.ts', urls: next }, null, 2) + '\n');
console.log(`${LIST}: ${next.length} URLs (${added.length} added${drops.length ? `, ${drops.length} dropped` : ''})`);
for (const url of added) console.log(`  + ${url}`);
for (const url of drops) console.log(`  - ${url}`);
