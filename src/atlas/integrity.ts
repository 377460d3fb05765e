/**
 * The content checker's core: `checkIntegrity`, which runs every rule in `rules/` (one rule a file, each with an id and a bad fixture in the tests) over
 * a validated atlas. The schemas check each entry alone; the rules check what spans fields, entries
 * and collections, and what the schemas cannot say (blank text, URL schemes, MDX bodies, links).
 */
import { COLLECTION_KEYS, type AtlasData, type CollectionKey, type ContentDocument, type Problem, type Rule } from './types';
import { RULES } from './rules';

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
