/**
 * src/importer — load-test results into studies: parsers of Fortio, Nighthawk and SMP output
 * (loadResults.ts) and the merge into a study's data (importStudy.ts). Pure, so the browser may
 * parse a file too.
 *
 *   node/   Node only: the text patcher that edits a study's YAML frontmatter in place.
 *
 * May import: src/schemas/.  Imported by: scripts/import.ts, tests.  Modules are imported directly;
 * this file only describes the folder.
 */
export {};
