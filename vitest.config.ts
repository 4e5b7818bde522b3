import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects, both run by `npm test`:
 * - `unit`: everything under tests/ except tests/e2e, in Node. The WxtVitest plugin resolves
 *   `wxt/browser` to WXT's in-memory fake browser, so modules that touch extension APIs load in Node.
 * - `e2e`: tests/e2e drives the BUILT extension in the real Chromium. Its global setup runs
 *   `npm run build` first, so it never tests a stale build. One file at a time: each file launches
 *   its own browser, and Chromium instances fighting for CPU make timings flaky.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
