/**
 * `npm run bench`: builds the site and prints figures beside the budgets in DESIGN.md. It is a
 * benchmark, not a test: it measures and reports, and exits non-zero only if it cannot measure.
 *
 *   npm run bench                   everything
 *   npm run bench -- --no-lighthouse   skip the Lighthouse runs
 *   npm run bench -- --no-scale        skip the scale fixture
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeScaleFixture, type ScaleSize } from './lib/scaleFixture';
import { loadContent } from '../src/atlas/node/contentFiles';
import { allChartSpecs } from '../src/charts/charts';
import { projectNames } from '../src/atlas/queries';
import { renderChartImage } from '../src/charts/node/chartImage';
import { chromiumExecutable } from './lib/chromium';
import { builtPages, pageFile, pageType } from './lib/builtSite';

const args = new Set(process.argv.slice(2));
const BUDGET = {
  buildSeconds: 90,
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  // First-load JavaScript (gzip) by what a page does. DESIGN.md: pages without interactive parts ship
  // nothing beyond "a tiny theme/search launcher"; it gives no number, so these are ours. Chart.js is
  // not counted: it loads when a chart nears the viewport, and its size is printed beside.
  js: {
    reading: 3 * 1024, // the theme and search launcher only
    interactive: 8 * 1024, // launcher + the page's own controls (matrix filters, chooser, calculator…)
    charts: 5 * 1024, // launcher + the chart element that loads Chart.js on view
  },
};
type PageKind = keyof typeof BUDGET.js;

const mark = (ok: boolean) => (ok ? 'within' : 'OVER');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');

function timed(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  return (performance.now() - start) / 1000;
}

// 1. Build time, split by step.
console.log('\n## Build (this machine)');
const astroSeconds = timed('npx', ['astro', 'build', '--force']);
const hasPagefind = existsSync('node_modules/pagefind');
const pagefindSeconds = hasPagefind ? timed('npx', ['pagefind', '--site', 'dist', '--quiet']) : null;
const pages = builtPages();
const total = astroSeconds + (pagefindSeconds ?? 0);
console.log(`astro build (pages, exports${existsSync('dist/charts') ? ', chart images' : ''}): ${astroSeconds.toFixed(1)} s`);
console.log(`pagefind index: ${pagefindSeconds === null ? 'not part of the build yet' : `${pagefindSeconds.toFixed(1)} s`}`);
{
  // Images are rendered inside the Astro build; time the same work alone to show its share.
  const { atlas } = loadContent('content');
  const specs = allChartSpecs(atlas);
  const names = projectNames(atlas);
  const start = performance.now();
  for (const spec of specs) for (const format of ['svg', 'png'] as const) for (const theme of ['light', 'dark'] as const) renderChartImage(spec, format, theme, names);
  const seconds = (performance.now() - start) / 1000;
  console.log(`  of which chart images: ${seconds.toFixed(1)} s for ${specs.length * 4} images (${specs.length} charts × SVG/PNG × light/dark)`);
}
console.log(`pages: ${pages.length}; whole build ${total.toFixed(1)} s — budget ${BUDGET.buildSeconds} s: ${mark(total <= BUDGET.buildSeconds)}`);

// 2. First-load bytes per page type (gzip), one representative page each.
function firstLoad(path: string) {
  const html = readFileSync(pageFile(path));
  const text = html.toString('utf8');
  const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const js = new Set<string>();
  const addScript = (src: string) => {
    if (js.has(src) || !src.startsWith('/')) return;
    js.add(src);
    const code = existsSync(join('dist', src)) ? readFileSync(join('dist', src), 'utf8') : '';
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      addScript(new URL(m[1]!, `http://x${src}`).pathname); // static imports load with the page
    }
  };
  for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) addScript(m[1]!);
  for (const m of text.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) addScript(m[1]!);
  return {
    html: gzipSync(html).length,
    css: css.reduce((n, f) => n + gz(join('dist', f)), 0),
    js: [...js].reduce((n, f) => n + gz(join('dist', f)), 0),
    files: js,
    chartJs: text.includes('<atlas-chart'),
  };
}
// Chart.js is not in the first load: <atlas-chart> imports it when a chart nears the viewport.
const chartRuntime = existsSync('dist/_astro') ? readdirSync('dist/_astro').find((f) => f.startsWith('chartRuntime')) : undefined;
const chartRuntimeGz = chartRuntime ? gzipSync(readFileSync(join('dist/_astro', chartRuntime))).length : 0;
const representatives = new Map<string, string>();
for (const path of pages) if (!representatives.has(pageType(path))) representatives.set(pageType(path), path);
console.log('\n## First load per page type (gzip)');
const widths = [18, 44, 10, 10, 10, 44];
console.log(row(['type', 'page', 'HTML', 'CSS', 'JS', 'JS budget'], widths));
// The launcher is what a page with no interactive parts of its own loads: the 404 page's scripts.
const launcher = firstLoad('/404.html').files;
for (const [type, path] of representatives) {
  const f = firstLoad(path);
  const kind: PageKind = f.chartJs ? 'charts' : [...f.files].some((file) => !launcher.has(file)) ? 'interactive' : 'reading';
  const budget = `${kind} ${kb(BUDGET.js[kind])}: ${mark(f.js <= BUDGET.js[kind])}${kind === 'charts' ? ` (+${kb(chartRuntimeGz)} on view)` : ''}`;
  console.log(row([type, path, kb(f.html), kb(f.css), kb(f.js), budget], widths));
}

// 3. Lighthouse (mobile, simulated throttling) per page type, against the production server.
async function lighthouseScores() {
  // Node itself, not npx: killing npx would leave the server running on the port. PORT=0: a free
  // port, read back from the line the server prints when it listens.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'dist'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (match) resolve(Number(match[1]));
      });
      server.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
    });
    const chrome = await launch({
      chromePath: chromiumExecutable() ?? (await import('@playwright/test')).chromium.executablePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      console.log('\n## Lighthouse (mobile)');
      const w = [18, 44, 8, 8, 8, 8, 10];
      console.log(row(['type', 'page', 'perf', 'a11y', 'bp', 'seo', 'budgets'], w));
      for (const [type, path] of representatives) {
        if (type === 'not-found') continue;
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(BUDGET.lighthouse),
        });
        const categories = result?.lhr.categories ?? {};
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const ok = Object.entries(BUDGET.lighthouse).every(([id, min]) => score(id) >= min);
        console.log(row([type, path, score('performance'), score('accessibility'), score('best-practices'), score('seo'), mark(ok)], w));
      }
    } finally {
      chrome.kill();
    }
  } finally {
    server.kill();
  }
}
if (!args.has('--no-lighthouse')) await lighthouseScores();

// 4. Scale: the same build on generated content of two sizes; cost per page should stay flat.
if (!args.has('--no-scale')) {
  console.log('\n## Scale fixture (generated content, built into a temporary directory)');
  const sizes: ScaleSize[] = [
    { meshes: 10, features: 20, studies: 5 },
    { meshes: 40, features: 80, studies: 20 },
  ];
  const w = [30, 8, 10, 12];
  console.log(row(['size', 'pages', 'build', 'per page'], w));
  const runs: { pages: number; seconds: number }[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'mesh-atlas-scale-'));
    try {
      writeScaleFixture(join(dir, 'content'), size);
      const outDir = join(dir, 'dist');
      const seconds = timed('npx', ['astro', 'build', '--force', '--outDir', outDir], { MESH_ATLAS_CONTENT: join(dir, 'content') });
      const count = builtPages(outDir).length;
      runs.push({ pages: count, seconds });
      console.log(row([`${size.meshes} meshes × ${size.features} features`, count, `${seconds.toFixed(1)} s`, `${((seconds * 1000) / count).toFixed(0)} ms`], w));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [small, large] = runs as [{ pages: number; seconds: number }, { pages: number; seconds: number }];
  const marginal = ((large.seconds - small.seconds) * 1000) / Math.max(1, large.pages - small.pages);
  const fixed = small.seconds - (marginal * small.pages) / 1000;
  console.log(`marginal cost ${marginal.toFixed(0)} ms per extra page; fixed start-up ≈ ${fixed.toFixed(1)} s`);
  console.log(`pages grew ×${(large.pages / small.pages).toFixed(1)}, build time ×${(large.seconds / small.seconds).toFixed(1)} (linear or better when the second ratio is not larger)`);
}
