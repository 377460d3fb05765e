// @ts-check
/**
 * Mutation testing of the pure modules of src/lib (no node:* I/O, no astro runtime, no native
 * canvas): `npm run test:mutation`. One module at a time while writing tests:
 *   nice -n 10 npx stryker run --mutate src/lib/format.ts
 * Reports: the score per file on the console (clear-text), reports/mutation/index.html and
 * reports/mutation/mutation.json (`npx tsx scripts/mutation-report.ts` lists the survivors).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/calculator.ts',
    'src/lib/cellDetails.ts',
    'src/lib/chartConfig.ts',
    'src/lib/charts.ts',
    'src/lib/chooser.ts',
    'src/lib/compare.ts',
    'src/lib/conditions.ts',
    'src/lib/csv.ts',
    'src/lib/dataExports.ts',
    'src/lib/embedSnippets.ts',
    'src/lib/exports.ts',
    'src/lib/format.ts',
    'src/lib/frontmatterPatch.ts',
    'src/lib/levels.ts',
    'src/lib/matrixState.ts',
    'src/lib/publishedUrls.ts',
    'src/lib/queries.ts',
    'src/lib/studyComparison.ts',
    'src/lib/text.ts',
    'src/lib/theme.ts',
    'src/lib/urls.ts',
    'src/lib/loadResults.ts',
    'src/lib/importStudy.ts',
    'src/lib/headersFile.ts',
    'src/lib/serveRules.ts',
    // The content checker's pure parts (its loader, contentFiles and contentBodies, reads files and
    // runs the native MDX compiler, so it is tested but not mutated).
    'src/lib/integrity.ts',
    'src/lib/rules/*.ts',
    'src/lib/contentPolicy.ts',
    'src/lib/sanitizeHast.ts',
    'src/lib/linkTargets.ts',
    'src/lib/versions.ts',
  ],
  // The machine is shared: two workers at most.
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportScoreTable: true, reportMutants: true, reportTests: false, allowEmojis: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 75 },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', '.astro', 'test-results', 'playwright-report', 'blob-report', 'reports', '.stryker-tmp*'],
};
