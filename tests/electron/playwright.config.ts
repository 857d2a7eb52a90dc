import { defineConfig } from '@playwright/test';

/**
 * The packaged shell driven through Playwright's _electron (npm run test:electron, after the
 * renderer and Electron builds). Where the Electron binary is absent every test skips and the run
 * passes, with the reason printed once by global-setup.ts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
