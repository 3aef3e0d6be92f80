/** The FAQ: grouped questions, instant search that forgives typos, and answers without JavaScript. */
import { expect, test } from './fixtures';

const box = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Search the FAQ' });

test('typing filters the questions, forgiving a typo, and highlights the matches', async ({ page, problems }) => {
  await page.goto('faq/');
  expect(problems).toBeDefined();
  const all = await page.locator('details[data-faq-item]').count();
  expect(all).toBeGreaterThanOrEqual(40);
  await expect(page.getByRole('status')).toHaveText(`${all} questions`);

  await box(page).fill('clinet');
  const visible = page.locator('details[data-faq-item]:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(page.getByRole('status')).toHaveText(`${shown} of ${all} questions match “clinet”`);
  await expect(visible.first().locator('mark').first()).toHaveText(/^client/i);
  // A hit opens its answer.
  await expect(visible.first()).toHaveAttribute('open', '');
  await expect(page).toHaveURL(/\?q=clinet$/);

  await box(page).fill('serer');
  await expect(page.locator('details[data-faq-item]:visible mark').first()).toHaveText(/^server/i);

  await box(page).fill('bandw');
  await expect(page.getByRole('heading', { name: 'Is bandwidth the same as speed?' }).or(page.locator('details[data-faq-item]:visible').first())).toBeVisible();
  await expect(page.locator('details[data-faq-item]:visible mark').first()).toHaveText(/^bandwidth/i);

  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(page.locator('details[data-faq-item]:visible')).toHaveCount(all);
  await expect(page).not.toHaveURL(/\?q=/);
});

test('no results says so and links to site search with the query', async ({ page }) => {
  await page.goto('faq/');
  await box(page).fill('xylophone quantum');
  await expect(page.getByRole('status')).toHaveText('No question matches “xylophone quantum”');
  const link = page.getByRole('link', { name: 'Search the whole site instead' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /search\/\?q=xylophone%20quantum$/);
});

test('?q= is applied on load, and hostile text stays text', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.goto(`faq/?q=${encodeURIComponent(hostile)}`);
  await expect(box(page)).toHaveValue(hostile);
  await expect(page.getByRole('status')).toContainText(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.goto('faq/?q=firewall');
  await expect(box(page)).toHaveValue('firewall');
  await expect(page.locator('details[data-faq-item]:visible').first()).toContainText(/firewall/i);
});

test('a permalink opens its answer', async ({ page }) => {
  await page.goto('faq/#client-server-network-1');
  await expect(page.locator('#client-server-network-1')).toHaveAttribute('open', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every answer is on the page and the search box stays out of the way', async ({ page }) => {
    await page.goto('faq/');
    const answers = page.locator('details[data-faq-item] .answer p:first-child');
    expect(await answers.count()).toBeGreaterThanOrEqual(40);
    for (const text of await answers.allTextContents()) expect(text.trim().length).toBeGreaterThan(10);
    await expect(box(page)).toBeHidden();
  });
});
