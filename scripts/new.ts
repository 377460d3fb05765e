/**
 * npm run new:mesh|new:feature|new:source|new:study -- ID [options]
 * Scaffolds content: writes the new files (and, for a feature, a cell in every mesh file) with TODO
 * placeholders that pass the checks, validates the whole content folder as `npm run validate` does,
 * and on any problem puts everything back as it was (mesh files byte for byte) and prints the
 * problems. A bad or taken id exits 1 with one line `new: …`; nothing is written. Run with --help.
 *
 * The file texts come from `src/atlas/scaffold.ts` (pure); this file reads, writes, validates and
 * reverts. The logic is `runNew`, which returns the exit code and writes through the `io` it is
 * given, so tests run it in-process; the bottom of this file calls it only when run as a script.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { loadContent, readRawContent } from '../src/atlas/node/contentFiles';
import { formatProblems } from '../src/atlas/integrity';
import { SCAFFOLD_KINDS, ScaffoldError, scaffold, type ContentSnapshot, type FileEdit, type MeshOptions, type ScaffoldKind } from '../src/atlas/scaffold';
import { MeshSchema, SourceSchema, idReference, isRealIsoDate, todayIso } from '../src/schemas';
import { isEntryPoint, processIo } from './lib/cli';

export const HELP = `Usage: npm run new:<kind> -- ID [options]      kinds: mesh, feature, source, study

  npm run new:mesh -- kuma          content/meshes/kuma.mdx (a cell per feature, all unknown)
                                    and its source stub content/sources/kuma-docs.yaml
  npm run new:feature -- ID         content/features/ID.yaml and an unknown cell in every mesh file
  npm run new:source -- ID          content/sources/ID.yaml
  npm run new:study -- ID           content/benchmarks/ID.mdx and its source stub
                                    content/sources/ID-report.yaml

Every placeholder starts with TODO and passes the checks; the command lists what to fill in. It
validates the whole content folder afterwards and undoes its changes if anything fails.

Options:
  --category ID    new:feature only: the feature's category (default: security)
  --content DIR    content folder (default: content)
  --today DATE     the date (YYYY-MM-DD, not in the future) used for required dates (default: today)
  -h, --help       show this help
`;

export interface NewIo {
  /** Normal output; each call is one or more whole lines, newline included. */
  stdout(s: string): void;
  /** The one-line refusal (`new: …`) and validation problems. */
  stderr(s: string): void;
}

/** Ends the command with one line on stderr and exit code 1. */
class Refusal extends Error {}
const fail = (message: string): never => {
  throw new Refusal(message);
};
const firstLine = (text: string) => (text.split(/\r?\n/)[0] ?? '').trim();

export function runNew(argv: string[], io: NewIo): number {
  try {
    return scaffoldContent(argv, io);
  } catch (error) {
    if (error instanceof Refusal || error instanceof ScaffoldError) {
      io.stderr(`new: ${error.message}\n`);
      return 1;
    }
    io.stderr(`new: internal error: ${firstLine(error instanceof Error ? error.message : String(error))} (please report it)\n`);
    return 1;
  }
}

/** Whether the mesh and source schemas (as they are now) take a new project id and name. */
export function meshOptionsFor(id: string): MeshOptions {
  const shape = MeshSchema(idReference).shape as Record<string, z.ZodType | undefined>;
  const project = shape['project']?.safeParse(id).success ?? false;
  const vendorOf = (SourceSchema().shape as Record<string, z.ZodType | undefined>)['vendorOf']?.safeParse([id]).success ?? false;
  return { project, projectName: project && 'projectName' in shape, vendorOf: project && vendorOf };
}

/** The content folder as the scaffolder needs it: ids, feature data and every mesh file's text. */
function snapshotOf(contentDir: string, today: string): ContentSnapshot {
  const { raw, known } = readRawContent(contentDir);
  const meshDir = join(contentDir, 'meshes');
  const parsed = new Map((raw.meshes ?? []).map((entry) => [entry.file.split(/[\\/]/).pop()!, entry.data]));
  const meshes = existsSync(meshDir)
    ? readdirSync(meshDir)
        .sort()
        .filter((name) => name.endsWith('.mdx') && statSync(join(meshDir, name)).isFile())
        .map((name) => ({ id: name.slice(0, -'.mdx'.length), text: readFileSync(join(meshDir, name), 'utf8'), data: parsed.get(name) }))
    : [];
  const features = (raw.features ?? []).map((entry) => ({ id: (entry.file.split(/[\\/]/).pop() ?? entry.file).replace(/\.yaml$/, ''), data: entry.data }));
  return { contentDir, today, ids: known, features, meshes };
}

/** What a write changed, so it can be undone. */
type Undo = { path: string; before: Buffer | null };

function applyEdits(edits: FileEdit[]): { undo: Undo[]; dirs: string[] } {
  const undo: Undo[] = [];
  const dirs: string[] = [];
  try {
    for (const edit of edits) {
      const dir = dirname(edit.path);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.push(dir);
      }
      if (edit.action === 'create') {
        // `wx`: never overwrite, even a file that appeared since the check.
        writeFileSync(edit.path, edit.text, { flag: 'wx' });
        undo.push({ path: edit.path, before: null });
      } else {
        const before = readFileSync(edit.path);
        undo.push({ path: edit.path, before });
        writeFileSync(edit.path, edit.text);
      }
    }
  } catch (error) {
    revert(undo, dirs);
    fail(`${firstLine((error as Error).message)}; nothing written`);
  }
  return { undo, dirs };
}

/** Puts every file back: created ones removed, edited ones restored byte for byte. */
function revert(undo: Undo[], dirs: string[]): void {
  for (const { path, before } of [...undo].reverse()) {
    if (before === null) unlinkSync(path);
    else writeFileSync(path, before);
  }
  for (const dir of [...dirs].reverse()) rmdirSync(dir);
}

function scaffoldContent(argv: string[], io: NewIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: 'content' },
        today: { type: 'string' },
        category: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${firstLine((error as Error).message)} (see --help)`);
  }
  const { values: options, positionals } = args;
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const [kindArg, id, ...extra] = positionals;
  if (!kindArg || !(SCAFFOLD_KINDS as readonly string[]).includes(kindArg)) fail(`give what to add first: ${SCAFFOLD_KINDS.join(', ')} (npm run new:mesh -- ID)`);
  const kind = kindArg as ScaffoldKind;
  if (id === undefined) fail(`give the new ${kind}'s id, e.g. npm run new:${kind} -- my-${kind}`);
  if (extra.length) fail(`one id at a time (also given: ${extra.join(' ')})`);
  if (options.category !== undefined && kind !== 'feature') fail('--category goes with new:feature');
  const today = options.today ?? todayIso();
  if (!isRealIsoDate(today)) fail(`--today "${today}" is not a real date in YYYY-MM-DD form`);
  if (today > todayIso()) fail(`--today ${today} is in the future`);
  const contentDir = options.content!;
  if (!existsSync(join(contentDir, 'meshes')) || !existsSync(join(contentDir, 'features'))) {
    fail(`${contentDir} is not a content folder (it needs meshes/ and features/); give --content DIR`);
  }

  const snapshot = snapshotOf(contentDir, today);
  const plan = scaffold(kind, id!, snapshot, { mesh: meshOptionsFor(id!), ...(options.category !== undefined ? { feature: { category: options.category } } : {}) });
  for (const edit of plan.edits) if (edit.action === 'create' && existsSync(edit.path)) fail(`${edit.path} already exists; choose another id`);

  const { undo, dirs } = applyEdits(plan.edits);
  // The same check as `npm run validate`, over the whole folder with the new files in it.
  let problems;
  try {
    // Paths as the user wrote the folder: relative to here, or absolute when --content was.
    problems = loadContent(contentDir, process.cwd(), { today }).problems.map((p) => (isAbsolute(contentDir) ? { ...p, file: resolve(p.file) } : p));
  } catch (error) {
    revert(undo, dirs);
    throw error;
  }
  if (problems.length) {
    revert(undo, dirs);
    io.stderr(
      `new: the content folder does not validate with the new ${kind}, so nothing was kept ` +
        `(${plan.edits.length} file(s) put back as they were). ${problems.length} problem(s):\n${formatProblems(problems)}\n`,
    );
    return 1;
  }

  const out: string[] = ['Wrote:'];
  for (const edit of plan.edits) out.push(`  ${edit.path}: ${edit.summary}`);
  for (const path of plan.reused) out.push(`  ${path}: already exists, cited as it is`);
  out.push('', 'The content folder validates. Fill in next:');
  plan.todo.forEach((item, index) => out.push(`  ${index + 1}. ${item}`));
  out.push('', `The placeholders pass the checks, so the checker will not find a forgotten one: replace every TODO`, `(grep -rn TODO ${contentDir}), then run npm run validate and npm test.`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  process.exitCode = runNew(process.argv.slice(2), processIo);
}
