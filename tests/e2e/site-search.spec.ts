/** Site search: the header dialog, its shortcuts, the /search/ page, and queries shown only as text. */
import { expect, test } from './fixtures';

test('nothing of the search is fetched until the dialog opens', async ({ page, problems }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('glossary/dns/');
  expect(problems).toBeDefined();
  expect(fetched.filter((u) => u.includes('pagefind') || u.includes('site-search'))).toEqual([]);
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
});

test('finds the client-server entry for "request response", by keyboard alone', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  // Typed at once, while the search code is still loading: no keystroke is lost.
  await page.keyboard.type('request response');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('request response');
  const results = page.getByRole('dialog').getByRole('list', { name: 'Search results' });
  const hit = results.getByRole('link', { name: 'Client-server network', exact: true }).first();
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('href', /glossary\/client-server-network\/$/);
  await expect(results.locator('mark').first()).toBeVisible();
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/glossary\/client-server-network\//);
});

test('Ctrl+K opens the dialog and Escape clears, then closes', async ({ page }) => {
  await page.goto('compare/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(box).toBeFocused();
  await box.fill('latency');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the search page takes ?q= and finds a FAQ question by its words', async ({ page }) => {
  await page.goto('search/?q=businesses%20use%20client-server');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('businesses use client-server');
  // The FAQ page, where the question is answered, is among the results.
  const results = page.getByRole('main').getByRole('list', { name: 'Search results' });
  await expect(results.locator('a.result-title[href*="/faq/"]')).toHaveText('Frequently asked questions');
});

test('a hostile query is shown as text and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.goto(`search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('status')).toContainText(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});
