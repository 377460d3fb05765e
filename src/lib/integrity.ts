/**
 * The content checker's core: the types every rule and loader shares, and `checkIntegrity`, which
 * runs every rule in `rules/` (one rule a file, each with an id and a bad fixture in the tests) over
 * a validated atlas. The schemas check each entry alone; the rules check what spans fields, entries
 * and collections, and what the schemas cannot say (blank text, URL schemes, MDX bodies, links).
 */
import type { BenchmarkData, FeatureData, GuideData, MeshData, SourceData } from '../schemas';
import type { ParsedBody } from './contentBodies';
import { RULES } from './rules';

/** A validated content entry, as Astro's content layer or the stand-alone loader produces it. */
export interface Entry<T> {
  id: string;
  /** Path of the file the entry came from, relative to the project root. */
  filePath: string;
  data: T;
}

export interface AtlasData {
  meshes: Entry<MeshData>[];
  features: Entry<FeatureData>[];
  benchmarks: Entry<BenchmarkData>[];
  guides: Entry<GuideData>[];
  sources: Entry<SourceData>[];
}

export type CollectionKey = keyof AtlasData;
export const COLLECTION_KEYS: readonly CollectionKey[] = ['meshes', 'features', 'benchmarks', 'guides', 'sources'];

/** One broken rule, located by file and field so an author can fix it without searching. */
export interface Problem {
  /** Id of the rule that found it (a file in `src/lib/rules/`, or a loader rule). */
  rule: string;
  file: string;
  field: string;
  message: string;
}

/** An MDX body, parsed as the build parses it. */
export interface ContentDocument {
  collection: CollectionKey;
  id: string;
  file: string;
  body: ParsedBody;
}

export interface RuleContext {
  atlas: AtlasData;
  /**
   * Every id that has a file, valid or not. References to a file that failed its own checks are
   * not reported again (its own problem is the one to fix), so one broken file gives one error.
   */
  known: Record<CollectionKey, ReadonlySet<string>>;
  /** Parsed MDX bodies; empty when only frontmatter is at hand. */
  documents: readonly ContentDocument[];
  /** Today as YYYY-MM-DD: the latest date content may claim. */
  today: string;
  report(file: string, field: string, message: string): void;
}

/** One content rule. `id` is lowercase-kebab, unique, and named by every problem it reports. */
export interface Rule {
  id: string;
  /** What the rule requires, in a sentence (README and `validate --rules` list these). */
  description: string;
  check(ctx: RuleContext): void;
}

export interface CheckOptions {
  known?: Partial<Record<CollectionKey, ReadonlySet<string>>>;
  documents?: readonly ContentDocument[];
  today?: string;
}

/** Runs every rule over the atlas and returns every problem found, not just the first. */
export function checkIntegrity(atlas: AtlasData, options: CheckOptions = {}, rules: readonly Rule[] = RULES): Problem[] {
  const problems: Problem[] = [];
  const known = Object.fromEntries(
    COLLECTION_KEYS.map((key) => [key, new Set([...atlas[key].map((e) => e.id), ...(options.known?.[key] ?? [])])]),
  ) as unknown as Record<CollectionKey, ReadonlySet<string>>;
  for (const rule of rules) {
    rule.check({
      atlas,
      known,
      documents: options.documents ?? [],
      today: options.today ?? new Date().toISOString().slice(0, 10),
      report: (file, field, message) => problems.push({ rule: rule.id, file, field, message }),
    });
  }
  return problems;
}

/** Formats problems for a build log: one line each, file first, the rule last. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message} (${p.rule})`).join('\n');
}
