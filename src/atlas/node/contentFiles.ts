/**
 * The content checker: reads and validates content straight from disk, without Astro. `npm run
 * validate`, the build (through the integration in `astro.config.mjs`, before Astro loads a file),
 * the importer and the unit tests all call `loadContent`, so they accept and reject exactly the
 * same files with exactly the same messages. It parses as the build parses — js-yaml 4 for YAML
 * files (the copy Astro's loader imports), Astro's own frontmatter reader for MDX, and Sätteri (the
 * MDX compiler Astro uses) for bodies — then applies the collection schemas and every rule.
 * Node-only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import {
  BenchmarkSchema,
  FeatureSchema,
  GuideSchema,
  MeshSchema,
  SourceSchema,
  LifecycleSchema,
  ConformanceReportSchema,
  GlossarySchema,
  idReference,
} from '../../schemas';
import { deriveAtlas, reportSources } from '../conformance';
import { parseBody } from './contentBodies';
import {
  COLLECTION_KEYS,
  type AtlasData,
  type CollectionKey,
  type ContentDocument,
  type Entry,
  type ParsedBody,
  type Problem,
  type RawAtlasData,
} from '../types';
import { checkIntegrity } from '../integrity';

export const COLLECTIONS = {
  meshes: { ext: '.mdx', schema: MeshSchema(idReference) },
  features: { ext: '.yaml', schema: FeatureSchema() },
  benchmarks: { ext: '.mdx', schema: BenchmarkSchema(idReference) },
  guides: { ext: '.mdx', schema: GuideSchema(idReference) },
  sources: { ext: '.yaml', schema: SourceSchema() },
  lifecycle: { ext: '.yaml', schema: LifecycleSchema(idReference) },
  // Reports keep the layout of the Gateway API repository (<Gateway API version>/<implementation>/),
  // so their ids are paths; the folder's SOURCES.md credits them.
  conformance: { ext: '.yaml', schema: ConformanceReportSchema(), nested: true },
  glossary: { ext: '.yaml', schema: GlossarySchema(idReference) },
} as const satisfies Record<CollectionKey, { ext: string; schema: z.ZodType; nested?: true }>;

/** Files a nested collection's folders may hold besides entries (credits, licences). */
const NOTE_FILES = new Set(['SOURCES.md', 'README.md', 'LICENSE']);

/** A file whose content cannot be read as data; the message is for the author. */
export class ContentParseError extends Error {}

/** Parses a YAML file or an MDX file's frontmatter as the build does. Throws `ContentParseError`. */
export function parseContentFile(text: string, ext: string, filename = 'content'): unknown {
  return parseContentText(text, ext, filename).data;
}

/** Parses a file's data and, for MDX, returns its body with the frontmatter blanked (lines kept). */
export function parseContentText(text: string, ext: string, filename = 'content'): { data: unknown; body?: string } {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ContentParseError('the file is empty');
  let data: unknown;
  let body: string | undefined;
  try {
    if (ext === '.yaml') data = yaml.load(text, { filename });
    else {
      const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
      if (!parsed.rawFrontmatter.trim()) throw new ContentParseError('has no frontmatter (expected a block between --- lines at the top)');
      data = yaml.load(parsed.rawFrontmatter, { filename });
      body = parsed.content;
    }
  } catch (error) {
    if (error instanceof ContentParseError) throw error;
    throw new ContentParseError(`cannot be parsed: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentParseError(`must hold a YAML mapping of fields, not ${data === null ? 'nothing' : Array.isArray(data) ? 'a list' : `a ${typeof data}`}`);
  }
  return body === undefined ? { data } : { data, body };
}

/** Turns Zod issues into problems that name the file and the field. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    rule: 'schema',
    file,
    field: issue.path.length ? formatPath(issue.path) : '(file)',
    message: issue.message,
  }));
}

/** A Zod issue path as authors write it: `support.mtls.sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export interface LoadedContent {
  atlas: AtlasData;
  problems: Problem[];
  /** The MDX bodies that compiled, parsed (links, elements, heading ids). */
  documents: ContentDocument[];
}

/** A parsed but not yet validated file: its path, its raw data and, for MDX, its parsed body. */
export interface RawFile {
  file: string;
  /** The entry id, for a nested collection (its path under the collection folder, no extension). */
  id?: string;
  data: unknown;
  body?: ParsedBody;
}
export type RawContent = Partial<Record<keyof AtlasData, RawFile[]>>;

export interface ValidateOptions {
  /** Ids that have a file that failed to parse: references to them are not reported again. */
  known?: Partial<Record<CollectionKey, ReadonlySet<string>>>;
  /** Today as YYYY-MM-DD (tests fix it). */
  today?: string;
}

const idOf = (file: string, ext: string) => {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.endsWith(ext) ? base.slice(0, -ext.length) : base.replace(/\.[^.]+$/, '');
};

/**
 * Validates raw content: each file with its collection's schema, then the whole set with every
 * rule. The id of an entry is its file name without extension, as in Astro. A file that fails its
 * schema is left out of the atlas but its id stays known, so other files' references to it are
 * not reported as well: one broken file, one set of errors, in that file.
 */
export function validateContent(raw: RawContent, options: ValidateOptions = {}): LoadedContent {
  const problems: Problem[] = [];
  const parsed: RawAtlasData = { meshes: [], features: [], benchmarks: [], guides: [], sources: [], lifecycle: [], conformance: [], glossary: [] };
  const documents: ContentDocument[] = [];
  const known = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, new Set(options.known?.[key] ?? [])])) as Record<CollectionKey, Set<string>>;
  for (const name of COLLECTION_KEYS) {
    const { ext, schema } = COLLECTIONS[name];
    for (const { file, data, body, id: nestedId } of raw[name] ?? []) {
      const id = nestedId ?? idOf(file, ext);
      known[name].add(id);
      if (body) {
        if (body.error) problems.push({ rule: 'body-syntax', file, field: `body (line ${body.error.line})`, message: `does not compile: ${body.error.message}` });
        else documents.push({ collection: name, id, file, body });
      }
      const result = (schema as z.ZodType).safeParse(data ?? {});
      if (!result.success) {
        problems.push(...zodProblems(file, result.error));
        continue;
      }
      (parsed[name] as Entry<unknown>[]).push({ id, filePath: file, data: result.data });
    }
  }
  // Every report is a source; then the rows reports decide are computed, before any rule runs.
  for (const source of reportSources(parsed)) {
    parsed.sources.push(source);
    known.sources.add(source.id);
  }
  const derived = deriveAtlas(parsed);
  const atlas = derived.atlas;
  problems.push(...derived.problems);
  problems.push(...checkIntegrity(atlas, { known, documents, ...(options.today ? { today: options.today } : {}) }));
  return { atlas, problems, documents };
}

/**
 * Loads every collection under `contentDir` from disk and validates it. `root` makes reported
 * paths relative (as Astro's are).
 */
export function loadContent(contentDir: string, root = process.cwd(), options: Omit<ValidateOptions, 'known'> = {}): LoadedContent {
  const { raw, parseProblems, known } = readRawContent(contentDir, root);
  const result = validateContent(raw, { ...options, known });
  return { ...result, problems: [...parseProblems, ...result.problems] };
}

/** Reads every content file under `contentDir` without validating it. */
export function readRawContent(
  contentDir: string,
  root = process.cwd(),
): { raw: RawContent; parseProblems: Problem[]; known: Record<CollectionKey, Set<string>> } {
  const parseProblems: Problem[] = [];
  const raw: RawContent = {};
  const known = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, new Set<string>()])) as Record<CollectionKey, Set<string>>;
  for (const name of COLLECTION_KEYS) {
    const { ext } = COLLECTIONS[name];
    const dir = join(contentDir, name);
    if (!existsSync(dir)) continue;
    const files: RawFile[] = (raw[name] = []);
    const nested = 'nested' in COLLECTIONS[name];
    for (const fileName of nested ? listNested(dir) : readdirSync(dir).sort()) {
      const path = join(dir, fileName);
      const file = relative(root, path);
      const isFile = statSync(path).isFile();
      if (nested && NOTE_FILES.has(fileName.split('/').pop()!)) continue;
      if (!isFile || !fileName.endsWith(ext)) {
        const what = isFile ? `a ${/\.[^.]+$/.exec(fileName)?.[0] ?? 'extensionless'} file` : 'a folder';
        parseProblems.push({
          rule: 'file-type',
          file,
          field: '(file)',
          message: `${what} in content/${name}/, which the build would ignore; ${name} are ${ext} files directly in that folder${fileName.endsWith('.yml') ? ' (rename .yml to .yaml)' : ''}`,
        });
        continue;
      }
      const id = nested ? fileName.slice(0, -ext.length) : idOf(file, ext);
      known[name].add(id);
      try {
        const text = readFileSync(path, 'utf8');
        const { data, body } = parseContentText(text, ext, file);
        const entry: RawFile = nested ? { file, id, data } : { file, data };
        files.push(body === undefined ? entry : { ...entry, body: parseBody(body) });
      } catch (error) {
        parseProblems.push({ rule: 'parse', file, field: '(file)', message: (error as Error).message });
      }
    }
  }
  return { raw, parseProblems, known };
}

/**
 * The valid entries of one YAML collection under `contentDir`, without the rules: for build steps
 * that need a collection before Astro loads content (report sources, glossary links). Invalid files
 * are left out; the content checker reports them.
 */
export function readCollection<K extends 'conformance' | 'lifecycle' | 'glossary'>(contentDir: string, name: K): Entry<AtlasData[K][number]['data']>[] {
  const dir = join(contentDir, name);
  if (!existsSync(dir)) return [];
  const { ext, schema } = COLLECTIONS[name];
  const paths = ('nested' in COLLECTIONS[name] ? listNested(dir) : readdirSync(dir).sort()).filter((path) => path.endsWith(ext));
  return paths.flatMap((path) => {
    const result = (schema as z.ZodType).safeParse(yaml.load(readFileSync(join(dir, path), 'utf8')));
    return result.success ? [{ id: path.slice(0, -ext.length), filePath: relative(process.cwd(), join(dir, path)), data: result.data as AtlasData[K][number]['data'] }] : [];
  });
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
function listNested(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? listNested(dir, path) : [path];
    });
}
