/** The README's picture: the client-server entry with a term preview open. `node scripts/readme-screenshot.ts [baseURL]`. */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const baseURL = process.argv[2] ?? 'http://localhost:4321/';
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1, colorScheme: 'light' });
await page.goto(new URL('glossary/client-server-network/', baseURL).toString(), { waitUntil: 'networkidle' });
const link = page.locator('.entry-body a.term-link', { hasText: /^peer-to-peer$/i }).first();
await link.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollTo(0, 60));
await link.hover();
await page.getByRole('tooltip').waitFor();
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
