/**
 * Byte budgets, deterministic: what a page fetches, gzipped as a static host would serve it. An entry
 * page stays under 35 KB with at most 8 KB of JavaScript on load; /demo/ under 90 KB of JavaScript.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Fetched {
  url: string;
  type: string;
  gzip: number;
}

async function record(page: Page, action: () => Promise<void>): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          fetched.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length });
        },
        () => {},
      ),
    );
  });
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return fetched;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sum = (items: Fetched[]) => items.reduce((n, f) => n + f.gzip, 0);

test('an entry page is at most 35 KB, with at most 8 KB of JavaScript on load', async ({ page }) => {
  const fetched = await record(page, async () => {
    await page.goto('glossary/dns/');
  });
  const js = fetched.filter((f) => f.type === 'script');
  console.log(`entry: ${kb(sum(fetched))} KB total, ${kb(sum(js))} KB JS (${js.length} files)`);
  expect(sum(js)).toBeLessThanOrEqual(8 * 1024);
  expect(sum(fetched)).toBeLessThanOrEqual(35 * 1024);
});

test('an entry with a demo embed loads no demo JavaScript until the embed nears the viewport', async ({ page }) => {
  const before = await record(page, async () => {
    await page.goto('glossary/peer-to-peer-network/');
  });
  const demoScripts = (items: Fetched[]) => items.filter((f) => f.type === 'script' && /DemoPlayer|react|client/i.test(f.url));
  expect(sum(before.filter((f) => f.type === 'script'))).toBeLessThanOrEqual(8 * 1024);
  const after = await record(page, async () => {
    const embed = page.getByRole('complementary', { name: 'Interactive demo' });
    await embed.scrollIntoViewIfNeeded();
    await embed.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  });
  expect(demoScripts(after).length).toBeGreaterThan(0);
});

test('all JavaScript that /demo/ loads, React included, is at most 90 KB', async ({ page }) => {
  const fetched = await record(page, async () => {
    await page.goto('demo/');
    await page.getByRole('button', { name: /play|pause/i }).first().waitFor();
  });
  const js = fetched.filter((f) => f.type === 'script');
  console.log(`demo: ${kb(sum(js))} KB JS in ${js.length} files`);
  expect(sum(js)).toBeLessThanOrEqual(90 * 1024);
});
