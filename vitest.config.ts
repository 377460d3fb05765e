import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Ceilings, not delays: the suite must pass when another CPU-heavy process shares the two cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
