/**
 * `npm run serve` over a real socket: scripts/serve.ts runs as a child on PORT=0 against a tiny
 * site written here, and raw requests (node:net, so nothing normalises the target) check what it
 * answers, and that it is still answering after all of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../src/hosting/headersFile';
import { createSiteServer } from '../../../scripts/serve';

const TIMEOUT = 60_000;
const SECTION_HTML = '<!doctype html><title>Features</title><h1>Features</h1>';
const NOT_FOUND_HTML = '<!doctype html><title>Not found</title><h1>Page not found</h1>';

const site = mkdtempSync(join(tmpdir(), 'mesh-atlas-serve-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
write('index.html', '<!doctype html><title>Home</title><h1>Home</h1>');
write('404.html', NOT_FOUND_HTML);
write('features/index.html', SECTION_HTML);
write('embed/chart/index.html', '<!doctype html><title>Chart</title><h1>Chart</h1>');
write('style.css', 'body { color: black }\n'.repeat(100));
write('.env', 'SECRET=1\n');
write('.git/config', '[core]\n');
copyFileSync('public/_headers', join(site, '_headers'));

interface Answer {
  status: number;
  headers: Record<string, string[]>;
  body: string;
  raw: string;
}
const header = (answer: Answer, name: string) => answer.headers[name.toLowerCase()]?.join(', ');

/** Sends `request` byte for byte and reads the answer until the server closes the connection. */
function send(port: number, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        (headers[name] ??= []).push(line.slice(colon + 1).trim());
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n'), raw });
    });
    socket.write(request);
  });
}
const request = (port: number, method: string, target: string, extra = '', body = '') =>
  send(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n${body}`);

const isFramingDenied = (answer: Answer) =>
  /frame-ancestors 'none'/.test(header(answer, 'content-security-policy') ?? '') && header(answer, 'x-frame-options') === 'DENY';

/** Starts `npm run serve`'s script (node itself, so killing it stops the server) and waits for its URL. */
function startServe(env: Record<string, string>, root = site): { child: ChildProcess; url: Promise<string>; exit: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', root], {
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
  });
  url.catch(() => {});
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, url, exit };
}

let server: ReturnType<typeof startServe>;
let port = 0;

beforeAll(async () => {
  server = startServe({ PORT: '0' });
  port = Number(new URL(await server.url).port);
}, TIMEOUT);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exit;
  }
  rmSync(site, { recursive: true, force: true });
}, TIMEOUT);

describe('npm run serve over a socket', { timeout: TIMEOUT }, () => {
  it('PORT=0 picks a free port and prints the real URL', () => {
    expect(port).toBeGreaterThan(0);
  });

  it('serves pages with the headers of their path, framing denied outside /embed/', async () => {
    const home = await request(port, 'GET', '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<h1>Home</h1>');
    expect(header(home, 'content-type')).toMatch(/^text\/html/);
    expect(header(home, 'content-security-policy')).toMatch(/script-src 'self'/);
    expect(isFramingDenied(home)).toBe(true);

    const features = await request(port, 'GET', '/features/?m=a,b');
    expect(features.status).toBe(200);
    expect(features.body).toBe(SECTION_HTML);
    expect(isFramingDenied(features)).toBe(true);

    const embed = await request(port, 'GET', '/embed/chart/');
    expect(embed.status).toBe(200);
    expect(header(embed, 'content-security-policy')).toMatch(/script-src 'self'/);
    expect(header(embed, 'content-security-policy')).not.toMatch(/frame-ancestors/);
    expect(header(embed, 'x-frame-options')).toBeUndefined();
  });

  it('answers HEAD like GET, without a body', async () => {
    const head = await request(port, 'HEAD', '/features/');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(header(head, 'content-type')).toMatch(/^text\/html/);
    expect(isFramingDenied(head)).toBe(true);
  });

  it('compresses text and sends ETags that revalidate', async () => {
    const css = await request(port, 'GET', '/style.css', 'Accept-Encoding: gzip\r\n');
    expect(css.status).toBe(200);
    expect(header(css, 'content-encoding')).toBe('gzip');
    const etag = header(css, 'etag')!;
    expect(etag).toBeTruthy();
    const again = await request(port, 'GET', '/style.css', `If-None-Match: ${etag}\r\n`);
    expect(again.status).toBe(304);
  });

  it.each(['/%', '/%ff', '/%C0%AF', '/features/%E0%A4%A/', '/a%00b', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/features/..%2f..%2f_headers', '/features%2F', '//evil.example/', `/${'a'.repeat(5000)}`])(
    'refuses the malformed path %s with 400, no stack trace',
    async (target) => {
      const answer = await request(port, 'GET', target);
      expect(answer.status, target.slice(0, 60)).toBe(400);
      expect(answer.body).not.toMatch(/\bat .*:\d+:\d+|Error\b/);
      expect(isFramingDenied(answer)).toBe(true);
    },
  );

  it('refuses what Node’s own parser rejects (raw NUL, backslash, spaces) without dying', async () => {
    for (const target of ['/a\u0000b', '/features\\..\\_headers', '/a b c']) {
      const answer = await request(port, 'GET', target);
      expect(answer.status, JSON.stringify(target)).toBe(400);
    }
    const huge = await request(port, 'GET', `/${'a'.repeat(20_000)}`);
    expect([400, 414, 431]).toContain(huge.status);
  });

  it.each(['/_headers', '/_headers/', '/.env', '/.env/', '/.git/config', '/%2Eenv', '/nope', '/features/nope/'])('answers %s with the 404 page', async (target) => {
    const answer = await request(port, 'GET', target);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(NOT_FOUND_HTML);
    expect(answer.body).not.toContain('SECRET');
    expect(answer.body).not.toContain('Content-Security-Policy');
    expect(isFramingDenied(answer)).toBe(true);
  });

  it.each([
    ['/features', '/features/'],
    ['/features?x=1', '/features/?x=1'],
    ['/index.html', '/'],
    ['/index.html?x=1&y=2', '/?x=1&y=2'],
    ['/features/index.html', '/features/'],
  ])('redirects %s to %s with the target’s headers', async (target, location) => {
    const answer = await request(port, 'GET', target);
    expect(answer.status).toBe(301);
    expect(header(answer, 'location')).toBe(location);
    expect(isFramingDenied(answer)).toBe(true);
  });

  it('redirects under /embed/ without framing headers', async () => {
    const answer = await request(port, 'GET', '/embed/chart');
    expect(answer.status).toBe(301);
    expect(header(answer, 'location')).toBe('/embed/chart/');
    expect(header(answer, 'x-frame-options')).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
    const answer = await request(port, method, '/', withBody ? 'Content-Length: 5\r\n' : '', withBody ? 'hello' : '');
    expect(answer.status).toBe(405);
    expect(header(answer, 'allow')).toBe('GET, HEAD');
    expect(answer.body).not.toContain('<h1>Home</h1>');
    expect(isFramingDenied(answer)).toBe(true);
  });

  it('is still serving after all of the above', async () => {
    const answer = await request(port, 'GET', '/');
    expect(answer.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});

describe('npm run serve: errors in one line', { timeout: TIMEOUT }, () => {
  let holder: Server;
  let busy = 0;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    busy = (holder.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

  it('a busy port: one line naming PORT and HOST, exit 1', async () => {
    const { exit } = startServe({ PORT: String(busy) });
    const { code, stderr, stdout } = await exit;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`serve: port ${busy} on 127.0.0.1 is in use; set PORT (and HOST) to serve elsewhere, e.g. PORT=4400 npm start (PORT=0 picks a free port)\n`);
  });

  it.each(['abc', '70000', '-1'])('PORT=%s: one line, exit 1', async (value) => {
    const { code, stderr } = await startServe({ PORT: value }).exit;
    expect(code).toBe(1);
    expect(stderr).toBe(`serve: PORT="${value}" is not a port number (0-65535; 0 picks a free port)\n`);
  });

  it('no build: one line, exit 1', async () => {
    const { code, stderr } = await startServe({ PORT: '0' }, join(site, 'no-such-dir')).exit;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/index\.html not found; run "npm run build" first/);
  });
});

describe('a handler that throws', { timeout: TIMEOUT }, () => {
  it('answers 500 with the error page’s headers and keeps serving', async () => {
    const rules = parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n/404.html\n  X-Frame-Options: DENY\n');
    const app = createSiteServer({
      root: site,
      rules,
      lookup: (path) => {
        if (path.startsWith('/boom')) throw new Error('disk on fire');
        return path === '/index.html' ? 'file' : undefined;
      },
    });
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
      const appPort = (app.address() as AddressInfo).port;
      const boom = await request(appPort, 'GET', '/boom/');
      expect(boom.status).toBe(500);
      expect(boom.body).toBe('Internal server error.\n');
      expect(boom.body).not.toContain('disk on fire');
      expect(header(boom, 'x-frame-options')).toBe('DENY');
      expect(errors.join('\n')).toContain('disk on fire');
      expect((await request(appPort, 'GET', '/')).status).toBe(200);
    } finally {
      console.error = original;
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  });
});
