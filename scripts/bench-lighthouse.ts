/**
 * Lighthouse (mobile, its default) on the main pages of the built site; prints the four category
 * scores. Needs a build: `npm run build && npm run bench:lighthouse`. Uses Debian's Chromium where it
 * exists (CHROME_PATH overrides).
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SYSTEM_CHROMIUM } from '../tests/browser.ts';
import { serveDist } from './serve-dist.ts';

const PAGES = ['', 'glossary/client-server-network/', 'glossary/', 'compare/', 'faq/', 'demo/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = process.env.CHROME_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

const server = await serveDist(4393);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
const problems: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    rows.push(`| /${path} | ${scores.join(' | ')} | ${audits['largest-contentful-paint']?.displayValue ?? ''} | ${audits['total-blocking-time']?.displayValue ?? ''} | ${audits['cumulative-layout-shift']?.displayValue ?? ''} |`);
    for (const audit of Object.values(audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable') {
        problems.push(`/${path}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log('Lighthouse 12 (mobile emulation, simulated throttling) against the built site on localhost\n');
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
if (problems.length) console.log(`\nAudits below full marks:\n- ${problems.join('\n- ')}`);
