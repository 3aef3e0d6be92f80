/**
 * Page weight and load metrics of the built site: bytes by type (gzipped, as a static host serves
 * them), requests, LCP, CLS and total blocking time, with the cache off, in headless Chromium.
 * Needs a build: `npm run build && npm run bench:pages`.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { serveDist } from './serve-dist.ts';

const PAGES = ['', 'glossary/client-server-network/', 'glossary/', 'compare/', 'faq/', 'demo/'];
const TYPES = ['document', 'stylesheet', 'script', 'font', 'image'] as const;
const server = await serveDist(4392);
const browser = await chromium.launch(launchOptions());
const rows: string[] = [];
try {
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __cls: number; __tbt: number };
      w.__lcp = 0;
      w.__cls = 0;
      w.__tbt = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          const shift = e as unknown as { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) w.__cls += shift.value;
        }),
      ).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__tbt += Math.max(0, e.duration - 50)))).observe({ type: 'longtask', buffered: true });
    });
    const bytes: Record<string, number> = {};
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      requests++;
      const type = response.request().resourceType();
      pending.push(
        response.body().then(
          (body) => {
            const key = (TYPES as readonly string[]).includes(type) ? type : 'other';
            bytes[key] = (bytes[key] ?? 0) + gzipSync(body, { level: 9 }).length;
          },
          () => {},
        ),
      );
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await Promise.all(pending);
    const m = await page.evaluate(() => {
      const w = window as unknown as { __lcp: number; __cls: number; __tbt: number };
      return { lcp: w.__lcp, cls: w.__cls, tbt: w.__tbt };
    });
    const kb = (n = 0) => (n / 1024).toFixed(1);
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    rows.push(`| /${path} | ${kb(bytes.document)} | ${kb(bytes.stylesheet)} | ${kb(bytes.script)} | ${kb(bytes.font)} | ${kb(bytes.image)} | ${kb(bytes.other)} | **${kb(total)}** | ${requests} | ${Math.round(m.lcp)} | ${m.cls.toFixed(3)} | ${Math.round(m.tbt)} |`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log('Page weight (KB, gzip -9), cache off, 412x823 viewport, headless Chromium on localhost\n');
console.log('| page | HTML | CSS | JS | fonts | images | other | total | requests | LCP ms | CLS | TBT ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
