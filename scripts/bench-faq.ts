/**
 * FAQ instant search, keystroke to render: on /faq/ with the whole FAQ, types queries one character
 * at a time and measures from the input event to the end of the next frame in which the filtered list
 * is painted. Needs a build: `npm run build && npm run bench:faq`.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { percentile, serveDist } from './serve-dist.ts';

const QUERIES = ['client', 'clinet server', 'bandwidth latency', 'serer', 'how does dns work', 'p2p', 'firewall port 443', 'xyzzy'];
const server = await serveDist(4396);
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}faq/`);
  const items = await page.locator('details[data-faq-item]').count();
  const timings = await page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('#faq-query')!;
    // The frame's paint is done when a task posted from its requestAnimationFrame callback runs.
    const frame = () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const result: { handler: number; toFrame: number }[] = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        await frame();
        const t0 = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        const painted = await frame();
        result.push({ handler: t1 - t0, toFrame: painted - t0 });
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return result;
  }, QUERIES);
  const handler = timings.map((t) => t.handler).sort((a, b) => a - b);
  const toFrame = timings.map((t) => t.toFrame).sort((a, b) => a - b);
  console.log(`FAQ instant search: ${items} questions, ${timings.length} keystrokes over ${QUERIES.length} queries, headless Chromium\n`);
  console.log('| measure | p50 ms | p95 ms | max ms |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| search + DOM update (input handler) | ${percentile(handler, 50).toFixed(2)} | ${percentile(handler, 95).toFixed(2)} | ${handler.at(-1)!.toFixed(2)} |`);
  console.log(`| keystroke to painted frame | ${percentile(toFrame, 50).toFixed(2)} | ${percentile(toFrame, 95).toFixed(2)} | ${toFrame.at(-1)!.toFixed(2)} |`);
} finally {
  await browser.close();
  server.stop();
}
