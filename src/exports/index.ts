/**
 * src/exports — the public data API: the v1 JSON exports (exports.ts, dataExports.ts), their Zod
 * schemas and JSON Schemas (exportSchemas.ts; the project vocabulary comes from the mesh files),
 * CSV, and the embed snippets. Pure.
 *
 * May import: src/schemas/, src/atlas/, src/domain/, src/charts/ (specs, not node/).
 * Imported by: src/view/, components, tests.  Modules are imported directly; this file only
 * describes the folder.
 */
export {};
