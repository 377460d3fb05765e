/**
 * `npm run serve`: serves the built site from dist/ the way a static host does — the headers from
 * dist/_headers, gzip for text, 404.html for unknown paths — so local runs, end-to-end tests and the
 * benchmark see production's Content Security Policy, framing rules and transfer sizes.
 *
 *   PORT  port to listen on (default 4321; 0 picks a free port, the real URL is printed)
 *   HOST  address to listen on (default 127.0.0.1)
 *   npm run serve -- some/dir   serve another folder
 *
 * What to do with each request (refuse, redirect, serve, which headers) is decided by the pure
 * rules in src/lib/serveRules.ts; this file carries the decision out, with sirv sending the files.
 * No request may take the server down: a failing request answers 500 and the server keeps going.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import compression from 'compression';
import sirv from 'sirv';
import { mergedHeaders, parseHeadersFile, type HeaderRule } from '../src/hosting/headersFile';
import { isEntryPoint } from './lib/cli';
import { decide, ERROR_PAGE, parsePort, type Decision, type Lookup } from '../src/hosting/serveRules';

export interface SiteServerOptions {
  /** The folder to serve (absolute or relative to the working directory). */
  root: string;
  /** The `_headers` rules. */
  rules: HeaderRule[];
  /** What exists under the root; by default the file system. Tests pass their own. */
  lookup?: Lookup;
}

/** What is at a decoded URL path under the root. Paths reaching here have no `..`, NUL or empty segments. */
export function fileSystemLookup(root: string): Lookup {
  return (path) => {
    try {
      const stats = statSync(join(root, path));
      return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The site's HTTP server, not yet listening. No request can take it down: a failing one answers 500. */
export function createSiteServer({ root: rootOption, rules, lookup: lookupOption }: SiteServerOptions): Server {
  const root = resolve(rootOption);
  const lookup = lookupOption ?? fileSystemLookup(root);
  // dev: look files up on disk per request, so a rebuild while serving is picked up (no stale cache).
  const files = sirv(root, { dev: true, etag: true, extensions: [] });
  const compress = compression();

  const server = createServer((request, response) => {
    try {
      compress(request as never, response as never, () => {
        try {
          handle(request, response);
        } catch (error) {
          internalError(request, response, error);
        }
      });
    } catch (error) {
      internalError(request, response, error);
    }
  });

  // A malformed request line or oversized headers: answer like Node's default, without a stack trace.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  function handle(request: IncomingMessage, response: ServerResponse) {
    const decision: Decision = decide(request.method ?? '', request.url ?? '', lookup);
    setSiteHeaders(response, decision.headersPath);
    switch (decision.status) {
      case 200:
        // sirv pipes a file stream into the response; a read that fails after the headers went out
        // (the file vanished mid-rebuild) ends this response instead of the process.
        response.once('pipe', (source: Readable) => {
          source.once('error', (error) => internalError(request, response, error));
        });
        // Hand sirv exactly the file decided on; it handles ETag, Range, Content-Type and HEAD.
        request.url = encodeURI(decision.file);
        files(request, response, () => notFound(response));
        return;
      case 301:
        response.writeHead(301, { Location: decision.location, 'Content-Length': 0 }).end();
        return;
      case 404:
        notFound(response);
        return;
      case 405:
        plain(response, 405, 'Method not allowed: this server only answers GET and HEAD.\n', { Allow: decision.allow });
        return;
      case 400:
        plain(response, 400, `Bad request: ${decision.reason}.\n`);
        return;
    }
  }

  function setSiteHeaders(response: ServerResponse, path: string) {
    for (const [name, value] of mergedHeaders(rules, path)) response.setHeader(name, value);
  }

  function notFound(response: ServerResponse) {
    let page: Buffer;
    try {
      page = readFileSync(join(root, ERROR_PAGE));
    } catch {
      page = Buffer.from('<!doctype html><title>Not found</title><h1>Not found</h1>\n');
    }
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length }).end(page);
  }

  function plain(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
    response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }).end(body);
  }

  function internalError(request: IncomingMessage, response: ServerResponse, error: unknown) {
    console.error(`serve: error answering ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    try {
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      setSiteHeaders(response, ERROR_PAGE);
      plain(response, 500, 'Internal server error.\n');
    } catch {
      response.destroy();
    }
  }

  return server;
}

/** `npm run serve`: read PORT, HOST and the folder, listen, and explain in one line when it cannot. */
function main() {
  const rootArg = process.argv[2] ?? 'dist';
  const host = process.env['HOST']?.trim() || '127.0.0.1';
  const portSetting = parsePort(process.env['PORT']);
  if (!portSetting.ok) fail(portSetting.message);
  const port = portSetting.port;

  if (!existsSync(join(rootArg, 'index.html'))) fail(`serve: ${rootArg}/index.html not found; run "npm run build" first`);
  let rules: HeaderRule[] = [];
  try {
    rules = existsSync(join(rootArg, '_headers')) ? parseHeadersFile(readFileSync(join(rootArg, '_headers'), 'utf8')) : [];
  } catch (error) {
    fail(`serve: ${rootArg}/_headers: ${(error as Error).message}`);
  }
  const server = createSiteServer({ root: rootArg, rules });

  server.once('error', (error: NodeJS.ErrnoException) => {
    const where = `port ${port} on ${host}`;
    const example = `e.g. PORT=${port === 4400 ? 4401 : 4400} npm start (PORT=0 picks a free port)`;
    if (error.code === 'EADDRINUSE') fail(`serve: ${where} is in use; set PORT (and HOST) to serve elsewhere, ${example}`);
    if (error.code === 'EACCES') fail(`serve: no permission to listen on ${where}; set PORT (and HOST) to serve elsewhere, ${example}`);
    if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
      fail(`serve: cannot listen on HOST=${host} (${error.code}); set HOST to an address of this machine, e.g. HOST=127.0.0.1`);
    }
    fail(`serve: cannot listen on ${where}: ${error.message}`);
  });

  server.listen(port, host, () => {
    // From here on, errors concern single requests or connections: log them and keep serving.
    server.on('error', (error) => console.error(`serve: ${error.message}`));
    process.on('uncaughtException', (error) => console.error(`serve: ${error.message}`));
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    console.log(`Mesh Atlas at http://${shownHost}:${actualPort}/ (serving ${rootArg}/)`);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (isEntryPoint(import.meta.url)) main();
