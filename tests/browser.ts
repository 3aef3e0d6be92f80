/**
 * How tests and scripts launch Chromium: Debian's /usr/bin/chromium where it exists (Playwright
 * cannot download its own browser on every machine), Playwright's own browser elsewhere.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function launchOptions(): LaunchOptions {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}
