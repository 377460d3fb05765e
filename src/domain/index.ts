/**
 * src/domain — pure, browser-safe derivations: comparing meshes (compare.ts), the chooser, the
 * overhead calculator, the matrix filter, cell details, conditions, formatting, and urls.ts, the
 * one module that builds and parses every internal URL and every URL state (matrix, compare,
 * chooser, calculator, search). Client scripts import these, so nothing here may reach Node, a
 * node/ folder or Astro's content loader (tests/unit/architecture/ checks, transitively).
 *
 * May import: src/schemas/, src/atlas/ (types, queries, levels), each other.
 * Imported by: src/view/, components, pages' scripts, src/browser/, src/charts/, src/exports/.
 * Modules are imported directly; this file only describes the folder.
 */
export {};
