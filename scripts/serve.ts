/**
 * `npm run serve`: serves the built site from dist/ the way a static host does — the headers from
 * dist/_headers, gzip for text, 404.html for unknown paths — so local runs, end-to-end tests and the
 * benchmark see production's Content Security Policy, framing rules and transfer sizes.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/headersFile';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; run "npm run build" first`);
  process.exit(1);
}
const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
const compress = compression();

createServer((request, response) => {
  compress(request as never, response as never, () => handle(request, response));
}).listen(port, host, () => console.log(`Mesh Atlas at http://${host}:${port}/ (serving ${root}/)`));

function handle(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/_headers') {
    response.writeHead(404).end();
    return;
  }
  for (const [name, value] of headersFor(rules, path)) {
    const previous = response.getHeader(name);
    response.setHeader(name, previous ? `${String(previous)}, ${value}` : value);
  }
  files(request, response, () => {
    for (const [name, value] of headersFor(rules, '/404.html')) {
      if (!response.hasHeader(name)) response.setHeader(name, value);
    }
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
  });
}
