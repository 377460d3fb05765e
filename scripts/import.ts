/**
 * npm run import -- [options] FILE...
 * Reads Fortio or Nighthawk result files and adds their latencies to a benchmark study.
 * Run with --help for the options. Bad input exits 1 with one line naming the file; nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as yaml from 'js-yaml';
import { parseLoadResult, LoadResultError, type LoadSummary } from '../src/lib/loadResults';
import { mergeIntoStudy, scenarioOf } from '../src/lib/importStudy';
import { patchStudyFrontmatter } from '../src/lib/frontmatterPatch';
import { parseContentFile, readRawContent, validateContent } from '../src/lib/contentFiles';
import { KEBAB_ID, todayIso } from '../src/schemas/common';

const HELP = `Usage: npm run import -- [options] FILE...

Reads load-test results and prints them, or adds them to a benchmark study in content/benchmarks/.
Formats are detected: Fortio JSON (any version), Nighthawk's Fortio-format output, Nighthawk JSON.

Options:
  --dry-run             read and summarise the files; write nothing
  --json                with --dry-run: print a JSON array, one object per file
  --study ID            the study to add the results to (content/benchmarks/ID.mdx)
  --mesh ID             the mesh the runs measured (a file in content/meshes/)
  --variant NAME        the mesh's configuration, e.g. "mTLS strict" (default: "default")
  --create              create the study when it does not exist; needs --title and --url
  --title TEXT          title of a new study (at most 57 characters)
  --publisher TEXT      who ran the tests (default: "Own measurement")
  --url URL             https address where the raw result files are published (a new study's source)
  --content DIR         content folder (default: content)
  -h, --help            show this help
`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      study: { type: 'string' },
      mesh: { type: 'string' },
      variant: { type: 'string', default: 'default' },
      create: { type: 'boolean' },
      title: { type: 'string' },
      publisher: { type: 'string', default: 'Own measurement' },
      url: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message} (see --help)`);
}
const { values: options, positionals: files } = args;
if (options.help) {
  console.log(HELP);
  process.exit(0);
}
if (files.length === 0) fail('no result files given (see --help)');
if (!options['dry-run'] && (!options.study || !options.mesh)) fail('give --study and --mesh to write, or --dry-run to only read (see --help)');
if (options.json && !options['dry-run']) fail('--json goes with --dry-run');

// Read every file before writing anything: one bad file stops the whole import.
const summaries: LoadSummary[] = [];
files.forEach((file, index) => {
  if (files.length > 10 && (index % 10 === 0 || index === files.length - 1)) process.stderr.write(`reading ${index + 1}/${files.length} files…\n`);
  if (!existsSync(file)) fail(`${file}: no such file`);
  try {
    summaries.push(parseLoadResult(readFileSync(file, 'utf8'), file));
  } catch (error) {
    if (error instanceof LoadResultError) fail(`${file}: ${error.message}`);
    throw error;
  }
});

if (!options['dry-run']) {
  // Two runs at the same load for the same mesh and variant would overwrite each other.
  const seen = new Map<string, string>();
  for (const s of summaries) {
    const scenario = scenarioOf(s);
    const other = seen.get(scenario);
    if (other) fail(`${s.file}: same load (${scenario}) as ${other}; import them separately with different --variant names`);
    seen.set(scenario, s.file);
  }
}

if (options['dry-run']) {
  if (options.json) {
    const out = summaries.map((s) => ({
      file: s.file, tool: s.tool, runType: s.runType, startTime: s.startTime, requestedQps: s.requestedQps, actualQps: s.actualQps,
      connections: s.connections, count: s.count, errors: s.errors, latencyMs: s.latencyMs,
    }));
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const s of summaries) {
      const l = s.latencyMs;
      console.log(`${s.file}: ${s.tool} ${s.runType ?? ''} ${s.requestedQps ?? 'max'} rps × ${s.connections ?? '?'} connections, ${s.count ?? '?'} calls, ${s.errors ?? '?'} errors; p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max ?? '?'} ms`);
    }
  }
  process.exit(0);
}

const study = options.study!;
const mesh = options.mesh!;
const contentDir = options.content!;
if (!KEBAB_ID.test(study)) fail(`--study "${study}" is not a lowercase-kebab id`);
if (!existsSync(join(contentDir, 'meshes', `${mesh}.mdx`))) fail(`--mesh "${mesh}" is not a known mesh (no ${join(contentDir, 'meshes', `${mesh}.mdx`)})`);
const studyFile = join(contentDir, 'benchmarks', `${study}.mdx`);
const exists = existsSync(studyFile);
if (!exists && !options.create) fail(`--study "${study}" is not a known study; add --create --title … --url … to create it`);
if (!exists && (!options.title || !options.url)) fail('--create needs --title and --url (where the raw results are published)');

const today = todayIso();
const sourceId = `${study}-results`;
const text = exists ? readFileSync(studyFile, 'utf8') : '';
const fence = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---\r?\n?/.exec(text);
const body = exists ? text.slice(fence?.[0].length ?? 0) : `\nLoad-test results imported with \`npm run import\`. Describe the cluster, what was enabled and what the numbers do not show.\n`;
const existing = exists ? (parseContentFile(text, '.mdx') as Record<string, unknown>) : null;
const { data, changes } = mergeIntoStudy(existing, summaries, { study, mesh, variant: options.variant!, today }, options.title ? { title: options.title, publisher: options.publisher!, url: options.url ?? '' } : undefined, sourceId);
const source = exists ? null : { title: `${options.title} — raw results`, publisher: options.publisher, url: options.url, kind: 'benchmark', vendorOf: [], accessed: today };

// Validate the whole content with the change applied; write only if everything passes.
const { raw } = readRawContent(contentDir);
raw.benchmarks = (raw.benchmarks ?? []).filter((entry) => resolve(entry.file) !== resolve(studyFile));
raw.sources ??= [];
raw.benchmarks!.push({ file: studyFile, data });
if (source) raw.sources!.push({ file: join(contentDir, 'sources', `${sourceId}.yaml`), data: source });
const problems = validateContent(raw).problems.filter((p) => resolve(p.file) === resolve(studyFile) || p.file.endsWith(`${sourceId}.yaml`));
if (problems.length) fail(`${problems[0]!.file}: ${problems[0]!.field}: ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}; nothing written`);

// Edit the hand-written frontmatter in place where possible, so its formatting and comments stay.
const patched = exists && fence ? patchStudyFrontmatter(fence[1]!, data) : null;
if (exists && patched === null) changes.push('frontmatter re-serialised (its layout could not be kept; values are unchanged)');
writeFileSync(studyFile, `---\n${patched ?? yaml.dump(data, { lineWidth: 110, noRefs: true })}---\n${body}`);
if (source) writeFileSync(join(contentDir, 'sources', `${sourceId}.yaml`), yaml.dump(source, { lineWidth: 110 }));
console.log(`${studyFile}: ${changes.join('; ')}`);
if (source) console.log(`${join(contentDir, 'sources', `${sourceId}.yaml`)}: created (the study's source)`);
