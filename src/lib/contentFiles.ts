/**
 * Reads and validates content straight from disk, without Astro: used by `npm run validate`,
 * the importer and the unit tests. It applies the same schema factories as
 * `src/content.config.ts` and the same YAML parser Astro uses (js-yaml), so a file that passes
 * here passes the build, and the problems carry the same file and field names.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import {
  BenchmarkSchema,
  FeatureSchema,
  GuideSchema,
  MeshSchema,
  SourceSchema,
  idReference,
} from '../schemas';
import { checkIntegrity, type AtlasData, type Entry, type Problem } from './integrity';

const COLLECTIONS = {
  meshes: { ext: '.mdx', schema: MeshSchema(idReference) },
  features: { ext: '.yaml', schema: FeatureSchema() },
  benchmarks: { ext: '.mdx', schema: BenchmarkSchema(idReference) },
  guides: { ext: '.mdx', schema: GuideSchema(idReference) },
  sources: { ext: '.yaml', schema: SourceSchema() },
} as const;

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---/;

/** Parses a YAML file or an MDX file's frontmatter. Throws with a readable message. */
export function parseContentFile(text: string, ext: string): unknown {
  if (ext === '.yaml') return yaml.load(text);
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('has no frontmatter (expected a block between --- lines at the top)');
  return yaml.load(match[1]!);
}

/** Turns Zod issues into problems that name the file and the field. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
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
}

/** A parsed but not yet validated file: its path and its raw data. */
export interface RawFile {
  file: string;
  data: unknown;
}
export type RawContent = Partial<Record<keyof AtlasData, RawFile[]>>;

/**
 * Validates raw content: each file with its collection's schema, then the whole set with the
 * integrity checks. The id of an entry is its file name without extension, as in Astro.
 */
export function validateContent(raw: RawContent): LoadedContent {
  const problems: Problem[] = [];
  const atlas: AtlasData = { meshes: [], features: [], benchmarks: [], guides: [], sources: [] };
  for (const name of Object.keys(COLLECTIONS) as (keyof AtlasData)[]) {
    const { ext, schema } = COLLECTIONS[name];
    for (const { file, data } of raw[name] ?? []) {
      const result = (schema as z.ZodType).safeParse(data ?? {});
      if (!result.success) {
        problems.push(...zodProblems(file, result.error));
        continue;
      }
      const base = file.split(/[\\/]/).pop() ?? file;
      const id = base.endsWith(ext) ? base.slice(0, -ext.length) : base.replace(/\.[^.]+$/, '');
      (atlas[name] as Entry<unknown>[]).push({ id, filePath: file, data: result.data });
    }
  }
  problems.push(...checkIntegrity(atlas));
  return { atlas, problems };
}

/**
 * Loads every collection under `contentDir` from disk and validates it. `root` makes reported
 * paths relative (as Astro's are).
 */
export function loadContent(contentDir: string, root = process.cwd()): LoadedContent {
  const { raw, parseProblems } = readRawContent(contentDir, root);
  const result = validateContent(raw);
  return { atlas: result.atlas, problems: [...parseProblems, ...result.problems] };
}

/** Reads every content file under `contentDir` without validating it. */
export function readRawContent(contentDir: string, root = process.cwd()): { raw: RawContent; parseProblems: Problem[] } {
  const parseProblems: Problem[] = [];
  const raw: RawContent = {};
  for (const name of Object.keys(COLLECTIONS) as (keyof AtlasData)[]) {
    const { ext } = COLLECTIONS[name];
    const dir = join(contentDir, name);
    if (!existsSync(dir)) continue;
    const files: RawFile[] = (raw[name] = []);
    for (const fileName of readdirSync(dir).sort()) {
      if (!fileName.endsWith(ext)) continue;
      const path = join(dir, fileName);
      const file = relative(root, path);
      try {
        files.push({ file, data: parseContentFile(readFileSync(path, 'utf8'), ext) });
      } catch (error) {
        parseProblems.push({ file, field: '(file)', message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { raw, parseProblems };
}
