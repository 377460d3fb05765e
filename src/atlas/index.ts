/**
 * src/atlas — the content as the code sees it: the core types (types.ts), the Astro loader
 * (getAtlas.ts, build time only), the integrity rules the checker runs (rules/, one rule a file,
 * like browser-compat-data's linters), the queries every page and tool asks (queries.ts), the
 * content policy and the model of the site's link targets. Pure except getAtlas.ts and node/.
 *
 *   node/   Node only: the stand-alone file loader and checker (contentFiles.ts, what
 *           `npm run validate` and the build run), the MDX body parser, the build integration and the
 *           MDX processor. Imported by scripts/, astro.config.mjs and tests; never by browser code.
 *
 * May import: src/schemas/, and the leaf modules of src/domain/ (urls, format, compare).
 * Imported by: everything above it (domain, charts, exports, view, components, scripts, tests).
 * Modules are imported directly (`../atlas/queries`); this file only describes the folder.
 */
export {};
