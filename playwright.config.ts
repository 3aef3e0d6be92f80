import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser.ts';

const PORT = Number(process.env.TEST_PORT ?? 4329);
const BASE_PATH = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

export default defineConfig({
  testDir: './tests/e2e',
  // The sub-path checks need the second build that `npm run test:subpath` makes.
  testIgnore: process.env.OUT_DIR ? [] : ['**/subpath.spec.ts'],
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    launchOptions: launchOptions(),
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } }],
  webServer: {
    // The built site, as a static host would serve it; --ignore-lock lets a dev server run beside it.
    command: `npx astro preview --ignore-lock --port ${PORT}`,
    url: `http://localhost:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
