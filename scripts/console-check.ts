/** Prints what a page logs (console, errors, failed requests): `node scripts/console-check.ts URL`. */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url()));
await page.goto(process.argv[2] ?? 'http://localhost:4321/');
await page.waitForTimeout(2000);
console.log('islands:', await page.locator('astro-island').count(), 'buttons:', await page.getByRole('button').allTextContents());
await browser.close();
