/** The A-Z index: letters, the filter box, the category filter and the count. */
import { expect, test } from './fixtures';

test('filter-as-you-type narrows the list and says how many match', async ({ page, problems }) => {
  await page.goto('glossary/');
  expect(problems).toBeDefined();
  const items = page.locator('#az-list li:visible');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(45);
  await expect(page.getByRole('status')).toHaveText(`Showing all ${total} terms`);
  await page.getByLabel('Filter terms').fill('proto');
  await expect(page.getByRole('link', { name: 'Network protocol' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Firewall', exact: true })).toBeHidden();
  const shown = await items.count();
  expect(shown).toBeLessThan(total);
  await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} terms`);
  await page.getByLabel('Filter terms').fill('zzzzqx');
  await expect(page.getByText('No term matches')).toBeVisible();
  await page.getByLabel('Filter terms').press('Escape');
  await expect(page.getByRole('status')).toHaveText(`Showing all ${total} terms`);
});

test('the category filter shows one shelf', async ({ page }) => {
  await page.goto('glossary/');
  await page.getByLabel('Category').selectOption('security');
  await expect(page.getByRole('link', { name: 'Firewall', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'HTTP', exact: true })).toBeHidden();
  const categories = await page.locator('#az-list li:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category));
  expect(new Set(categories)).toEqual(new Set(['security']));
});

test('letters with no term are shown but not links', async ({ page }) => {
  await page.goto('glossary/');
  const bar = page.getByRole('navigation', { name: 'Jump to letter' });
  await expect(bar.getByRole('link', { name: 'C', exact: true })).toBeVisible();
  await expect(bar.getByText('Q', { exact: true })).toHaveAttribute('aria-disabled', 'true');
  await bar.getByRole('link', { name: 'D', exact: true }).click();
  await expect(page).toHaveURL(/#letter-D$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full list shows and the filters stay out of the way', async ({ page }) => {
    await page.goto('glossary/');
    expect(await page.locator('#az-list li:visible').count()).toBeGreaterThanOrEqual(45);
    await expect(page.getByLabel('Filter terms')).toBeHidden();
  });
});
