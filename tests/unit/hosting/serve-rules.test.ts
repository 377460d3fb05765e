import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../src/hosting/headersFile';
import { ALLOW_HEADER, decide, lookupFromFiles, MAX_PATH_LENGTH, parsePort, parseTarget, type Decision } from '../../../src/hosting/serveRules';

const SECTIONS = ['features', 'compare', 'benchmarks', 'guides', 'choose', 'calculator', 'search', 'sources', 'data'];
/** The site, built inside each test (a call at module level would be credited to no test). */
const site = () =>
  lookupFromFiles([
  '/index.html',
  '/404.html',
  '/_headers',
  '/.env',
  '/.git/config',
  '/favicon.svg',
  '/_astro/app.1234.js',
  '/data/features.json',
  '/café/index.html',
  '/features/mtls/index.html',
  '/embed/charts/latency/index.html',
  ...SECTIONS.map((section) => `/${section}/index.html`),
]);
const get = (target: string) => decide('GET', target, site());
const siteRules = () => parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const framed = (decision: Decision) => {
  const names = headersFor(siteRules(), decision.headersPath).map(([name, value]) => `${name}: ${value}`);
  return names.includes("Content-Security-Policy: frame-ancestors 'none'") && names.includes('X-Frame-Options: DENY');
};

describe('serve rules: methods', () => {
  it('serve GET and HEAD alike', () => {
    expect(decide('HEAD', '/features/', site())).toEqual(get('/features/'));
    expect(get('/features/')).toEqual({ status: 200, file: '/features/index.html', headersPath: '/features/' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'CONNECT', 'get', ''])('refuse %s with 405 and Allow', (method) => {
    const decision = decide(method, '/', site());
    expect(decision).toEqual({ status: 405, allow: 'GET, HEAD', headersPath: '/404.html' });
    expect(ALLOW_HEADER).toBe('GET, HEAD');
  });
});

describe('serve rules: malformed targets are 400', () => {
  it.each([
    ['/%', 'malformed percent-encoding'],
    ['/%ff', 'malformed percent-encoding'],
    ['/%C0%AF', 'malformed percent-encoding'], // overlong "/"
    ['/%E0%80%AF', 'malformed percent-encoding'], // overlong "/", three bytes
    ['/%ED%A0%80', 'malformed percent-encoding'], // a UTF-16 surrogate
    ['/features/%E0%A4%A/', 'malformed percent-encoding'],
    ['/%zz', 'malformed percent-encoding'],
    ['/a%00b', 'control character in the path'],
    ['/features/%0d%0aX-Injected:%201', 'control character in the path'],
    ['/..', 'dot segment'],
    ['/../etc/passwd', 'dot segment'],
    ['/features/../../etc/passwd', 'dot segment'],
    ['/%2e%2e/etc/passwd', 'dot segment'],
    ['/features/%2E%2E/', 'dot segment'],
    ['/./features/', 'dot segment'],
    ['/features/..%2F..%2Fetc%2Fpasswd', 'encoded slash in a segment'],
    ['/features%2F', 'encoded slash in a segment'],
    ['/%2Fetc/passwd', 'encoded slash in a segment'],
    ['/features%5C..%5C', 'encoded slash in a segment'],
    ['/features\\..\\etc', 'backslash in the path'],
    ['//evil.example/', 'empty path segment'],
    ['/features//mtls/', 'empty path segment'],
    ['/' + 'a'.repeat(MAX_PATH_LENGTH), 'path too long'],
    ['/?' + 'q'.repeat(9000), 'target too long'],
    ['*', 'target is not an absolute path'],
    ['http://127.0.0.1/', 'target is not an absolute path'],
    ['', 'target is not an absolute path'],
    ['/caf\u00e9/', 'characters outside printable ASCII'],
    ['/a b', 'characters outside printable ASCII'],
    ['/a#b', 'fragment in the request target'],
  ])('%s', (target, reason) => {
    expect(get(target)).toEqual({ status: 400, reason, headersPath: '/404.html' });
  });

  it('accept a long but reasonable path and any well-formed UTF-8', () => {
    expect(get('/' + 'a'.repeat(MAX_PATH_LENGTH - 1)).status).toBe(404);
    expect(get('/caf%C3%A9/')).toEqual({ status: 200, file: '/café/index.html', headersPath: '/café/' });
    expect(parseTarget('/caf%C3%A9/x?q=%ff')).toEqual({ ok: true, rawPath: '/caf%C3%A9/x', query: '?q=%ff', segments: ['café', 'x'], trailingSlash: false });
  });
});

describe('serve rules: hidden files are 404', () => {
  it.each(['/_headers', '/_headers/', '/_headers?x=1', '/_redirects', '/.env', '/.env/', '/.git/config', '/.git/', '/%2Eenv', '/features/.hidden', '/.well-known/security.txt'])(
    '%s',
    (target) => {
      const decision = get(target);
      expect(decision.status, target).toBe(404);
      expect(decision.headersPath).toBe('/404.html');
    },
  );
});

describe('serve rules: redirects to canonical URLs', () => {
  it.each(SECTIONS)('/%s → /%s/', (section) => {
    expect(get(`/${section}`)).toEqual({ status: 301, location: `/${section}/`, headersPath: `/${section}/` });
  });

  it('keep the query string', () => {
    expect(get('/features?m=cilium,linkerd&diff=1')).toMatchObject({ status: 301, location: '/features/?m=cilium,linkerd&diff=1' });
    expect(get('/features/index.html?x=1')).toMatchObject({ status: 301, location: '/features/?x=1' });
    expect(get('/index.html?q=a%20b')).toMatchObject({ status: 301, location: '/?q=a%20b' });
    expect(get('/features?')).toMatchObject({ status: 301, location: '/features/?' });
  });

  it('send /…/index.html to its directory URL', () => {
    expect(get('/index.html')).toEqual({ status: 301, location: '/', headersPath: '/' });
    expect(get('/features/index.html')).toEqual({ status: 301, location: '/features/', headersPath: '/features/' });
    expect(get('/features/mtls/index.html')).toEqual({ status: 301, location: '/features/mtls/', headersPath: '/features/mtls/' });
    expect(get('/embed/charts/latency/index.html')).toMatchObject({ status: 301, location: '/embed/charts/latency/' });
    expect(get('/features/%69ndex.html')).toMatchObject({ status: 301, location: '/features/' });
    expect(get('/nothing/index.html').status).toBe(404);
  });

  it('keep the encoding of the path in the Location', () => {
    expect(get('/caf%C3%A9')).toEqual({ status: 301, location: '/caf%C3%A9/', headersPath: '/café/' });
  });

  it('never redirect off the site', () => {
    for (const target of ['//evil.example', '//evil.example/index.html', '/%2F%2Fevil.example', '/\\evil.example', '/%5Cevil.example']) {
      expect(get(target).status, target).toBe(400);
    }
  });

  it('do not redirect files or directories without an index', () => {
    expect(get('/favicon.svg')).toEqual({ status: 200, file: '/favicon.svg', headersPath: '/favicon.svg' });
    expect(get('/favicon.svg/').status).toBe(404);
    expect(get('/_astro').status).toBe(404);
    expect(get('/_astro/').status).toBe(404);
    expect(get('/embed').status).toBe(404);
  });
});

describe('serve rules: pages and headers', () => {
  it('serve the home page, section pages and files', () => {
    expect(get('/')).toEqual({ status: 200, file: '/index.html', headersPath: '/' });
    expect(get('/?q=1')).toEqual({ status: 200, file: '/index.html', headersPath: '/' });
    expect(get('/404.html')).toEqual({ status: 200, file: '/404.html', headersPath: '/404.html' });
    expect(get('/data/features.json')).toEqual({ status: 200, file: '/data/features.json', headersPath: '/data/features.json' });
    expect(get('/features/mtls/')).toEqual({ status: 200, file: '/features/mtls/index.html', headersPath: '/features/mtls/' });
  });

  it('answer unknown paths with 404 and the error page’s headers', () => {
    expect(get('/nope')).toEqual({ status: 404, reason: 'no such file', headersPath: '/404.html' });
    expect(get('/meshes/nope/')).toEqual({ status: 404, reason: 'no such page', headersPath: '/404.html' });
    expect(get('/embed/nope/')).toMatchObject({ status: 404, headersPath: '/404.html' });
  });

  it('forbid framing on every HTML answer except the embeds, whatever the path that reached it', () => {
    const targets = ['/', '/index.html', '/404.html', '/nope', '/%', '/.env', '/_headers/', '/embed/nope/', '/features/index.html', ...SECTIONS.flatMap((s) => [`/${s}`, `/${s}/`, `/${s}?x=1`])];
    for (const target of targets) expect(framed(get(target)), target).toBe(true);
    for (const method of ['POST', 'OPTIONS', 'TRACE']) expect(framed(decide(method, '/embed/charts/latency/', site())), method).toBe(true);
    for (const target of ['/embed/charts/latency/', '/embed/charts/latency', '/embed/charts/latency/index.html']) {
      const decision = get(target);
      expect(decision.headersPath.startsWith('/embed/'), target).toBe(true);
      expect(headersFor(siteRules(), decision.headersPath).some(([name, value]) => name === 'X-Frame-Options' || value.includes('frame-ancestors')), target).toBe(false);
    }
  });
});

describe('serve rules: PORT', () => {
  it('default to 4321, accept 0 and every port number', () => {
    expect(parsePort(undefined)).toEqual({ ok: true, port: 4321 });
    expect(parsePort('')).toEqual({ ok: true, port: 4321 });
    expect(parsePort('0')).toEqual({ ok: true, port: 0 });
    expect(parsePort('4400')).toEqual({ ok: true, port: 4400 });
    expect(parsePort('65535')).toEqual({ ok: true, port: 65535 });
  });

  it.each(['abc', '-1', '65536', '4.5', '1e3', '0x10', '99999999999999999999'])('refuse PORT=%s in one line', (value) => {
    const result = parsePort(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^serve: PORT="[^\n]*" is not a port number/);
  });
});

describe('serve rules: parseTarget exactly', () => {
  it('splits path, query and segments', () => {
    expect(parseTarget('/')).toStrictEqual({ ok: true, rawPath: '/', query: '', segments: [], trailingSlash: true });
    expect(parseTarget('/?a=1')).toStrictEqual({ ok: true, rawPath: '/', query: '?a=1', segments: [], trailingSlash: true });
    expect(parseTarget('/a/b/')).toStrictEqual({ ok: true, rawPath: '/a/b/', query: '', segments: ['a', 'b'], trailingSlash: true });
    expect(parseTarget('/a/b')).toStrictEqual({ ok: true, rawPath: '/a/b', query: '', segments: ['a', 'b'], trailingSlash: false });
    // Only the path is checked for "#" and "\": the query is passed on as it came.
    expect(parseTarget('/a?b#c\\d?e')).toStrictEqual({ ok: true, rawPath: '/a', query: '?b#c\\d?e', segments: ['a'], trailingSlash: false });
    // "..." and ".x" are names, not dot segments; a decoded space is not a control character.
    expect(parseTarget('/.../.x/a%20b/~!')).toStrictEqual({ ok: true, rawPath: '/.../.x/a%20b/~!', query: '', segments: ['...', '.x', 'a b', '~!'], trailingSlash: false });
  });

  it('refuses DEL and decoded control characters, and accepts the printable edges', () => {
    expect(parseTarget('/a\x7f')).toStrictEqual({ ok: false, reason: 'characters outside printable ASCII' });
    expect(parseTarget('/a\x1f')).toStrictEqual({ ok: false, reason: 'characters outside printable ASCII' });
    expect(parseTarget('/a%7f')).toStrictEqual({ ok: false, reason: 'control character in the path' });
    expect(parseTarget('/a%1F')).toStrictEqual({ ok: false, reason: 'control character in the path' });
    expect(parseTarget('/a%09b')).toStrictEqual({ ok: false, reason: 'control character in the path' });
    expect(parseTarget('/!~')).toMatchObject({ ok: true, segments: ['!~'] });
  });

  it('limits the target to 8192 characters and the path to 1024, both inclusive', () => {
    expect(parseTarget('/?' + 'q'.repeat(8190))).toMatchObject({ ok: true, query: '?' + 'q'.repeat(8190) }); // 8192
    expect(parseTarget('/?' + 'q'.repeat(8191))).toStrictEqual({ ok: false, reason: 'target too long' }); // 8193
    expect(parseTarget('/' + 'a'.repeat(1023))).toMatchObject({ ok: true, segments: ['a'.repeat(1023)] }); // 1024
    expect(parseTarget('/' + 'a'.repeat(1024) + '?x')).toStrictEqual({ ok: false, reason: 'path too long' }); // 1025
    expect(parseTarget('/' + 'a'.repeat(1023) + '?' + 'q'.repeat(100))).toMatchObject({ ok: true }); // the query is not path
  });

  it('checks each segment: empty in the middle or at the start, encoded dots and slashes', () => {
    expect(parseTarget('/a//')).toStrictEqual({ ok: false, reason: 'empty path segment' });
    expect(parseTarget('/a/./b')).toStrictEqual({ ok: false, reason: 'dot segment' });
    expect(parseTarget('/a/%2e')).toStrictEqual({ ok: false, reason: 'dot segment' });
    expect(parseTarget('/a%5cb')).toStrictEqual({ ok: false, reason: 'encoded slash in a segment' });
    expect(parseTarget('/a%2fb')).toStrictEqual({ ok: false, reason: 'encoded slash in a segment' });
  });
});

describe('serve rules: decisions at the edges', () => {
  const files = () => lookupFromFiles(['/index.html', '/a/index.html', '/a/b/index.html', '/a/_headers', '/a/f.txt', '/d/x/y.txt']);

  it('hides host config files only at the root', () => {
    expect(decide('GET', '/a/_headers', files())).toStrictEqual({ status: 200, file: '/a/_headers', headersPath: '/a/_headers' });
    expect(decide('GET', '/_headers', files())).toStrictEqual({ status: 404, reason: 'host configuration file', headersPath: '/404.html' });
    expect(decide('GET', '/_redirects/x', files())).toStrictEqual({ status: 404, reason: 'host configuration file', headersPath: '/404.html' });
    expect(decide('GET', '/a/.x', files())).toStrictEqual({ status: 404, reason: 'dotfile', headersPath: '/404.html' });
  });

  it('redirects /a/b/index.html to /a/b/ (raw spelling kept) and serves directories with an index', () => {
    expect(decide('HEAD', '/a/b/index.html?q', files())).toStrictEqual({ status: 301, location: '/a/b/?q', headersPath: '/a/b/' });
    expect(decide('GET', '/%61/index.html', files())).toStrictEqual({ status: 301, location: '/%61/', headersPath: '/a/' });
    expect(decide('GET', '/a/b', files())).toStrictEqual({ status: 301, location: '/a/b/', headersPath: '/a/b/' });
    expect(decide('GET', '/a/b/', files())).toStrictEqual({ status: 200, file: '/a/b/index.html', headersPath: '/a/b/' });
    expect(decide('GET', '/a/f.txt', files())).toStrictEqual({ status: 200, file: '/a/f.txt', headersPath: '/a/f.txt' });
    expect(decide('GET', '/a/f.txt/index.html', files())).toStrictEqual({ status: 404, reason: 'no such file', headersPath: '/404.html' });
    // A directory without an index is not redirected, and not listed.
    expect(decide('GET', '/d', files())).toStrictEqual({ status: 404, reason: 'no such file', headersPath: '/404.html' });
    expect(decide('GET', '/d/', files())).toStrictEqual({ status: 404, reason: 'no such page', headersPath: '/404.html' });
    expect(decide('GET', '/', lookupFromFiles([]))).toStrictEqual({ status: 404, reason: 'no such page', headersPath: '/404.html' });
  });

  it('decides a 400 before looking anything up, and a 405 before parsing', () => {
    const looked: string[] = [];
    const spy = (path: string) => (looked.push(path), undefined);
    expect(decide('GET', '/a//b', spy)).toStrictEqual({ status: 400, reason: 'empty path segment', headersPath: '/404.html' });
    expect(decide('PUT', '%%', spy)).toStrictEqual({ status: 405, allow: 'GET, HEAD', headersPath: '/404.html' });
    expect(looked).toStrictEqual([]);
  });
});

describe('serve rules: lookupFromFiles', () => {
  it('knows the files, every directory above them and the root', () => {
    const look = lookupFromFiles(['/a/b/c.txt', 'x.txt']);
    expect(look('/a/b/c.txt')).toBe('file');
    expect(look('/a/b')).toBe('dir');
    expect(look('/a')).toBe('dir');
    expect(look('/')).toBe('dir');
    expect(look('x.txt')).toBe('file');
    expect(look('/x.txt')).toBeUndefined();
    expect(look('/a/b/')).toBeUndefined();
    expect(look('/a/b/c')).toBeUndefined();
    expect(lookupFromFiles([])('/')).toBe('dir');
  });
});

describe('serve rules: PORT edges', () => {
  it('trims, falls back on blanks, and takes a fallback', () => {
    expect(parsePort(' 8080 ')).toStrictEqual({ ok: true, port: 8080 });
    expect(parsePort('   ')).toStrictEqual({ ok: true, port: 4321 });
    expect(parsePort(undefined, 9000)).toStrictEqual({ ok: true, port: 9000 });
    expect(parsePort('', 0)).toStrictEqual({ ok: true, port: 0 });
    expect(parsePort('65536')).toStrictEqual({ ok: false, message: 'serve: PORT="65536" is not a port number (0-65535; 0 picks a free port)' });
    expect(parsePort(' x ')).toStrictEqual({ ok: false, message: 'serve: PORT=" x " is not a port number (0-65535; 0 picks a free port)' });
    expect(parsePort('1 2').ok).toBe(false);
    expect(parsePort('a1').ok).toBe(false);
    expect(parsePort('1a').ok).toBe(false);
  });
});
