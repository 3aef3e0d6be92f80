/**
 * Screenshots of built pages at phone and desktop widths in both themes, for looking at what readers
 * see. Usage: start `npm run preview`, then `node scripts/screenshots.ts [baseURL] [path...]`.
 * Writes PNGs to .tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const [baseURL = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/glossary/client-server-network/', '/glossary/', '/compare/', '/faq/', '/demo/'];
const outDir = '.tmp/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(launchOptions());
for (const theme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [['phone', { width: 360, height: 800 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    const context = await browser.newContext({ viewport, colorScheme: theme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(new URL(path, baseURL).toString(), { waitUntil: 'networkidle' });
      await page.waitForTimeout(800);
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${device}-${theme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${outDir}/`);
