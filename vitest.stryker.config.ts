/**
 * Vitest config for mutation testing (`npm run test:mutation`, see stryker.config.mjs): the project's
 * config, limited to the unit tests, without the tests that exercise no pure module and
 * only slow a mutation run down. Source files are never excluded from mutation here.
 *   chart-image.test.ts  renders PNG/SVG with the native @napi-rs/canvas (chartImage, previewImage)
 *   import-cli.test.ts   runs the import CLI (its one spawned smoke test sees no mutant); its in-process
 *                        tests repeat what load-results.test.ts checks on the parser directly
 *   build-parity.test.ts spawns `astro build` and `validate` in child processes, where no mutant is active
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'tests/unit/charts/chart-image.test.ts', 'tests/unit/importer/import-cli.test.ts', 'tests/unit/atlas/build-parity.test.ts'],
    },
  }),
);
