/**
 * Hostile input to every place a reader can type or link: the FAQ search, site search and the demo's
 * URL. Nothing executes, nothing throws, no NaN reaches the screen, and the UI says what it did.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CORPUS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '&lt;b&gt;&amp;&#x3C;',
  '.*+?^${}()|[]\\/',
  'x'.repeat(10_000),
  'مرحبا بالعالم \u202Eevil\u202C',
  '🙂👩🏽‍💻 server',
  'cli\u0301ent Z\u0351\u0360a\u0308lgo',
  'a\u0000b\u0000',
  'NaN',
  'Infinity',
  '-1e308',
  '9'.repeat(400),
];

async function notPwned(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
}

test('the FAQ search shows hostile queries as text', async ({ page, problems }) => {
  await page.goto('faq/');
  const box = page.getByRole('searchbox', { name: 'Search the FAQ' });
  for (const value of CORPUS) {
    await box.fill(value);
    const status = page.locator('#faq-count');
    await expect(status).not.toHaveText('');
    await expect(status).not.toContainText('NaN questions');
    await notPwned(page);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('the FAQ search takes hostile ?q= values without breaking', async ({ page, problems }) => {
  for (const value of CORPUS.slice(0, 6)) {
    await page.goto(`faq/?q=${encodeURIComponent(value)}`);
    await expect(page.locator('#faq-count')).toContainText(/questions?|No question/);
    await notPwned(page);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('site search shows hostile queries as text', async ({ page, problems }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  for (const value of CORPUS) {
    await box.fill(value);
    await expect(page.locator('main [role="status"]')).not.toHaveText('Searching…', { timeout: 10_000 });
    await notPwned(page);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test.describe('the demo', () => {
  test.use({ reducedMotion: 'reduce' });
  const KEYS = ['scenario', 'speed', 'clients', 'serverUpload', 'peerUpload', 'fileSize', 'requestRate', 'churn', 'seed', '<b>unknown</b>'];
  test('clamps or replaces hostile URL values and says so', async ({ page, problems }) => {
    for (const [i, value] of CORPUS.entries()) {
      const key = KEYS[i % KEYS.length]!;
      const query = key === 'scenario' ? `scenario=${encodeURIComponent(value)}` : `scenario=many-clients&${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
      await page.goto(`demo/?${query}`);
      const demo = page.getByRole('region', { name: /^Demo:/ });
      await expect(demo).toBeVisible();
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(demo.getByRole('table').first()).not.toContainText('NaN');
      await expect(page.locator('.demo-summary')).not.toContainText(/NaN|Infinity/);
      await notPwned(page);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
});
