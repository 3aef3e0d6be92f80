/**
 * Frame cost of the demo: drives /demo/ in headless Chromium with 200 animated clients for 10 s per
 * scenario and reports per-frame script time (each requestAnimationFrame callback plus the React work
 * it triggers), dropped frames and long tasks. Needs a build: `npm run build && npm run bench:demo`.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { percentile, serveDist } from './serve-dist.ts';

const SECONDS = 10;
// `npm run bench:demo -- peer-churn` measures one scenario.
const scenarios = process.argv.slice(2).length ? process.argv.slice(2) : ['file-distribution', 'many-clients', 'peer-churn'];
const server = await serveDist(4391);
const browser = await chromium.launch(launchOptions());
const rows: string[] = [];
try {
  for (const scenario of scenarios) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number[]; __stamps: number[]; __long: PerformanceEntry[] };
      w.__frames = [];
      w.__stamps = [];
      w.__long = [];
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) =>
        raf((ts) => {
          const t0 = performance.now();
          w.__stamps.push(ts);
          cb(ts);
          // React flushes store updates in a microtask; measure after it.
          queueMicrotask(() => w.__frames.push(performance.now() - t0));
        });
      new PerformanceObserver((list) => w.__long.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    });
    // Speed 0.25 keeps every run going for the whole measurement.
    await page.goto(`${server.url}demo/?scenario=${scenario}&clients=200&speed=0.25`);
    // A cheap check every 100 ms: a role query walks the accessibility tree of the whole page, and
    // polling one would add its own long tasks to what is measured.
    await page.waitForFunction(() => [...document.querySelectorAll('.demo-transport button')].some((b) => b.textContent === 'Pause'), null, { polling: 100 });
    // Loading (the page, React's code and hydration, until Pause shows) is reported on its own; the
    // window then opens, and holds the demo's own start (first drawings, first reports) and its run.
    // Long tasks are told apart by when they started: the observer reports them a little late.
    const opened = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stamps: number[] };
      w.__frames.length = 0;
      w.__stamps.length = 0;
      return performance.now();
    });
    await page.waitForTimeout(SECONDS * 1000);
    const data = await page.evaluate((opened) => {
      const w = window as unknown as { __frames: number[]; __stamps: number[]; __long: PerformanceEntry[] };
      const tasks = (after: boolean) => w.__long.filter((e) => e.startTime >= opened === after).map((e) => e.duration);
      return { frames: w.__frames.slice(), stamps: w.__stamps.slice(), long: tasks(true), loading: tasks(false) };
    }, opened);
    const loading = data.loading.map((d) => Math.round(d));
    const sorted = [...data.frames].sort((a, b) => a - b);
    let dropped = 0;
    for (let i = 1; i < data.stamps.length; i++) {
      const gap = data.stamps[i]! - data.stamps[i - 1]!;
      if (gap > 1000 / 60 * 1.5) dropped += Math.round(gap / (1000 / 60)) - 1;
    }
    rows.push(
      `| ${scenario} | ${data.frames.length} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 95).toFixed(2)} | ${(sorted.at(-1) ?? 0).toFixed(1)} | ${dropped} | ${data.long.length} | ${data.long.length ? Math.max(...data.long).toFixed(0) : 0} | ${loading.join(', ') || 'none'} |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`Demo frame cost, 200 animated clients, ${SECONDS} s per scenario, headless Chromium\n`);
console.log('| scenario | frames | p50 script ms/frame | p95 script ms/frame | max ms | dropped frames | long tasks | longest task ms | loading: long tasks ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
