// @ts-check
/**
 * Mutation testing of the pure modules of src/ (see the folder list below) (no node:* I/O, no astro runtime, no native
 * canvas): `npm run test:mutation`. One module at a time while writing tests:
 *   nice -n 10 npx stryker run --mutate src/domain/format.ts
 * Reports: the score per file on the console (clear-text), reports/mutation/index.html and
 * reports/mutation/mutation.json (`npx tsx scripts/mutation-report.ts` lists the survivors).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    // Every pure module, by folder; node/ folders (file I/O, the native MDX compiler and canvas) and
    // the Astro content loader are tested but not mutated, except the importer's text patcher.
    'src/{atlas,domain,charts,exports,importer,hosting,view}/**/*.ts',
    '!src/**/node/**',
    '!src/atlas/getAtlas.ts',
    '!src/view/index.ts',
    'src/importer/node/frontmatterPatch.ts',
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
