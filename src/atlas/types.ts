/**
 * The atlas's core types: a validated entry, the atlas (every collection), a problem the checker
 * reports, a parsed MDX body, and the shape of a content rule. Types only; every folder may import it.
 */
import type { BenchmarkData, ConformanceReportData, FeatureData, GlossaryData, GuideData, LifecycleData, MeshData, MeshInputData, SourceData } from '../schemas';

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
  /** Lifecycle facts, one entry per project. */
  lifecycle: Entry<LifecycleData>[];
  /** Gateway API conformance reports, stored unmodified; id = path under content/conformance/. */
  conformance: Entry<ConformanceReportData>[];
  /** Terms defined on /glossary/. */
  glossary: Entry<GlossaryData>[];
}

/** The atlas as its files state it, before report-computed cells are filled in. */
export type RawAtlasData = Omit<AtlasData, 'meshes'> & { meshes: Entry<MeshInputData>[] };

export type CollectionKey = keyof AtlasData;
export const COLLECTION_KEYS: readonly CollectionKey[] = ['meshes', 'features', 'benchmarks', 'guides', 'sources', 'lifecycle', 'conformance', 'glossary'];

/** One broken rule, located by file and field so an author can fix it without searching. */
export interface Problem {
  /** Id of the rule that found it (a file in `src/atlas/rules/`, or a loader rule). */
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

export interface BodyLink {
  url: string;
  kind: 'link' | 'image' | 'definition' | 'attribute';
  line: number;
}

export interface BodyElement {
  name: string;
  attributes: { name: string; value: unknown }[];
  line: number;
}

export interface ParsedBody {
  /** The compile error, with its line, when the body does not compile. */
  error?: { message: string; line: number };
  links: BodyLink[];
  elements: BodyElement[];
  /** `{…}` expressions and `import`/`export` statements, which run code at build time. */
  code: { kind: 'expression' | 'esm'; line: number }[];
  /** Ids of the body's headings, as the build will write them. */
  headingIds: string[];
}

export type MeshEntry = Entry<MeshData>;
export type FeatureEntry = Entry<FeatureData>;
export type StudyEntry = Entry<BenchmarkData>;
export type SourceEntry = Entry<SourceData>;
export type LifecycleEntry = Entry<LifecycleData>;
export type ConformanceEntry = Entry<ConformanceReportData>;
export type GlossaryEntry = Entry<GlossaryData>;
