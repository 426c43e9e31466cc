/**
 * End-to-end tests in Debian's Chromium (`apt-get install -y chromium`; Playwright's own
 * browser download cannot run here) against web mode on temporary databases. The global setup
 * builds the renderer once; each test file starts its own server on 127.0.0.1 port 0.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/chromium';

// One output folder per run (workers inherit the runner's environment): runs started side by
// side on a shared working tree must not delete each other's artifacts.
process.env.E2E_RUN_ID ??= String(process.pid);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Files run in parallel; a file's tests run in order in one worker and share its server.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: `test-results/e2e-${process.env.E2E_RUN_ID}`,
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
});
