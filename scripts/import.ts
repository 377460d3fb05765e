/**
 * npm run import -- [options] FILE...
 * Reads Fortio or Nighthawk result files and adds their latencies to a benchmark study.
 * Run with --help for the options. Bad input exits 1 with one line naming the file; nothing is written.
 *
 * The logic is `runImport`, which returns the exit code and writes through the `io` it is given, so
 * tests run it in-process; the bottom of this file calls it only when the file is run as a script.
 */
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as yaml from 'js-yaml';
import { parseLoadResult, LoadResultError, type LoadSummary } from '../src/importer/loadResults';
import { mergeIntoStudy, scenarioOf } from '../src/importer/importStudy';
import { patchStudyFrontmatter } from '../src/importer/node/frontmatterPatch';
import { parseContentFile, readRawContent, validateContent } from '../src/atlas/node/contentFiles';
import { KEBAB_ID } from '../src/schemas/common';
import { isEntryPoint, processIo } from './lib/cli';

export const HELP = `Usage: npm run import -- [options] FILE...

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

export interface ImportIo {
  /** Normal output; each call is one or more whole lines, newline included. */
  stdout(s: string): void;
  /** Progress and the one-line refusal (`import: …`). */
  stderr(s: string): void;
  /** The current time (default: the clock): start times after it are refused; "today" is its date. */
  now?: Date;
}

/** Ends the import with one line on stderr and exit code 1. */
class Refusal extends Error {}
const fail = (message: string): never => {
  throw new Refusal(message);
};

const firstLine = (text: string) => (text.split(/\r?\n/)[0] ?? '').trim();
const errorCode = (error: unknown) => (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' ? (error as NodeJS.ErrnoException).code! : null);

/** Why a path cannot be read, in a few words, from a failed stat or read. */
export function unreadable(file: string, error: unknown): never {
  const code = errorCode(error);
  if (code === 'ENOENT') return fail(`${file}: no such file`);
  if (code === 'ENOTDIR') return fail(`${file}: no such file (a part of the path is not a folder)`);
  if (code === 'EACCES' || code === 'EPERM') return fail(`${file}: cannot be read (permission denied)`);
  if (code === 'ELOOP') return fail(`${file}: cannot be read (a loop of symbolic links)`);
  if (code === 'ENAMETOOLONG') return fail(`${file}: cannot be read (the path is too long)`);
  return fail(`${file}: cannot be read (${code ?? firstLine(error instanceof Error ? error.message : String(error))})`);
}

/**
 * Reads one result file's text. Only regular files are opened: a directory, a FIFO (reading it would
 * wait for a writer forever), a socket or a device is refused from its `stat`, before any read.
 */
function readResultFile(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    return unreadable(file, error);
  }
  if (stat.isDirectory()) return fail(`${file}: is a directory, not a result file`);
  if (stat.isFIFO()) return fail(`${file}: is a named pipe (FIFO), not a regular file; it was not read`);
  if (!stat.isFile()) return fail(`${file}: is not a regular file (a socket or a device); it was not read`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return unreadable(file, error);
  }
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    fail(`${file}: cannot be written (${errorCode(error) ?? firstLine((error as Error).message)})`);
  }
}

export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  try {
    return importFiles(argv, io);
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr(`import: ${error.message}\n`);
      return 1;
    }
    // A bug, not bad input: still one line, but say so.
    io.stderr(`import: internal error: ${firstLine(error instanceof Error ? error.message : String(error))} (please report it)\n`);
    return 1;
  }
}

function importFiles(argv: string[], io: ImportIo): number {
  const out = (line: string) => io.stdout(`${line}\n`);
  const now = io.now ?? new Date();
  let args;
  try {
    args = parseArgs({
      args: argv,
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
    return fail(`${firstLine((error as Error).message)} (see --help)`);
  }
  const { values: options, positionals: files } = args;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (files.length === 0) fail('no result files given (see --help)');
  if (!options['dry-run'] && (!options.study || !options.mesh)) fail('give --study and --mesh to write, or --dry-run to only read (see --help)');
  if (options.json && !options['dry-run']) fail('--json goes with --dry-run');

  // Read every file before writing anything: one bad file stops the whole import.
  const summaries: LoadSummary[] = [];
  files.forEach((file, index) => {
    if (files.length > 10 && (index % 10 === 0 || index === files.length - 1)) io.stderr(`reading ${index + 1}/${files.length} files…\n`);
    const text = readResultFile(file);
    try {
      summaries.push(parseLoadResult(text, file, { now }));
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
      const json = summaries.map((s) => ({
        file: s.file, tool: s.tool, runType: s.runType, startTime: s.startTime, requestedQps: s.requestedQps, actualQps: s.actualQps,
        connections: s.connections, count: s.count, errors: s.errors, latencyMs: s.latencyMs,
      }));
      out(JSON.stringify(json, null, 2));
    } else {
      for (const s of summaries) {
        const l = s.latencyMs;
        out(`${s.file}: ${s.tool} ${s.runType ?? ''} ${s.requestedQps ?? 'max'} rps × ${s.connections ?? '?'} connections, ${s.count ?? '?'} calls, ${s.errors ?? '?'} errors; p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max ?? '?'} ms`);
      }
    }
    return 0;
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

  const today = now.toISOString().slice(0, 10);
  const sourceId = `${study}-results`;
  const text = exists ? readFileSync(studyFile, 'utf8') : '';
  const fence = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---\r?\n?/.exec(text);
  const body = exists ? text.slice(fence?.[0].length ?? 0) : `\nLoad-test results imported with \`npm run import\`. Describe the cluster, what was enabled and what the numbers do not show.\n`;
  let existing: Record<string, unknown> | null = null;
  if (exists) {
    try {
      existing = parseContentFile(text, '.mdx') as Record<string, unknown>;
    } catch (error) {
      fail(`${studyFile}: ${firstLine((error as Error).message)}; nothing written`);
    }
  }
  const { data, changes } = mergeIntoStudy(existing, summaries, { study, mesh, variant: options.variant!, today }, options.title ? { title: options.title, publisher: options.publisher!, url: options.url ?? '' } : undefined, sourceId);
  const source = exists ? null : { title: `${options.title} — raw results`, publisher: options.publisher, url: options.url, kind: 'benchmark', vendorOf: [], accessed: today };

  // Validate the whole content with the change applied; write only if everything passes.
  const { raw } = readRawContent(contentDir);
  raw.benchmarks = (raw.benchmarks ?? []).filter((entry) => resolve(entry.file) !== resolve(studyFile));
  raw.sources ??= [];
  raw.benchmarks.push({ file: studyFile, data });
  if (source) raw.sources.push({ file: join(contentDir, 'sources', `${sourceId}.yaml`), data: source });
  const problems = validateContent(raw).problems.filter((p) => resolve(p.file) === resolve(studyFile) || p.file.endsWith(`${sourceId}.yaml`));
  if (problems.length) fail(`${problems[0]!.file}: ${problems[0]!.field}: ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}; nothing written`);

  // Edit the hand-written frontmatter in place where possible, so its formatting and comments stay.
  const patched = exists && fence ? patchStudyFrontmatter(fence[1]!, data) : null;
  if (exists && patched === null) changes.push('frontmatter re-serialised (its layout could not be kept; values are unchanged)');
  write(studyFile, `---\n${patched ?? yaml.dump(data, { lineWidth: 110, noRefs: true })}---\n${body}`);
  if (source) write(join(contentDir, 'sources', `${sourceId}.yaml`), yaml.dump(source, { lineWidth: 110 }));
  out(`${studyFile}: ${changes.join('; ')}`);
  if (source) out(`${join(contentDir, 'sources', `${sourceId}.yaml`)}: created (the study's source)`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  void runImport(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
