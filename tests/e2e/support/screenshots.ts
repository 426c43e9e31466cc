/**
 * Where the end-to-end tests save the screenshots the README shows. They are refreshed in
 * docs/screenshots/ only on request (`UPDATE_SCREENSHOTS=1 npm run test:e2e`), so an ordinary
 * test run never rewrites committed images; otherwise they go with the run's other output.
 */
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';

export function screenshotPath(testInfo: TestInfo, name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? join('docs', 'screenshots', name)
    : testInfo.outputPath(name);
}
