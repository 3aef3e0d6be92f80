/** /compare/: a real table that stays readable on a 320 px screen. */
import { expect, test } from './fixtures';

test('the table has a caption, column and row headers, and at least 12 criteria', async ({ page, problems }) => {
  await page.goto('compare/');
  expect(problems).toBeDefined();
  const table = page.getByRole('table', { name: /client-server and peer-to-peer networks compared/i });
  await expect(table.getByRole('columnheader', { name: 'Client-server' })).toBeAttached();
  await expect(table.getByRole('columnheader', { name: 'Peer-to-peer' })).toBeAttached();
  const rows = table.getByRole('rowheader');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  for (const name of ['Storage and management', 'Best for', 'Cost', 'Stability']) {
    await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const seeIt = table.getByRole('link', { name: /see it/i }).first();
  await expect(seeIt).toHaveAttribute('href', /demo\/\?scenario=[a-z-]+$/);
  await expect(page.getByRole('heading', { name: 'When to choose which' })).toBeVisible();
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every value shows which column it belongs to, and nothing scrolls sideways', async ({ page }) => {
    await page.goto('compare/');
    const cells = page.getByRole('table').locator('tbody td');
    const n = await cells.count();
    expect(n).toBeGreaterThanOrEqual(24);
    for (let i = 0; i < n; i++) {
      const label = cells.nth(i).locator('.cell-label');
      await expect(label).toBeVisible();
      await expect(label).toHaveText(i % 2 === 0 ? 'Client-server' : 'Peer-to-peer');
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The cells keep their table semantics for screen readers.
    await expect(page.getByRole('cell').first()).toBeAttached();
  });
});
