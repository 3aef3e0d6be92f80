/** With JavaScript off, every page is complete: all entry text, all FAQ answers, the whole table, the demo's figure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

const pages = builtPages();

for (const path of pages) {
  test(`/${path} reads in full without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = (await main.innerText()).trim();
    expect(text.length).toBeGreaterThan(path === 'search/' ? 50 : 300);
    if (path.startsWith('glossary/') && path !== 'glossary/') {
      // Every paragraph of the built entry is there and visible.
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      const paragraphs = (html.match(/<p>/g) ?? []).length;
      expect(await main.locator('p:visible').count()).toBeGreaterThanOrEqual(Math.min(paragraphs, 5));
      const answers = main.locator('details[data-faq-item] .answer p:first-child');
      for (const answer of await answers.allTextContents()) expect(answer.trim().length).toBeGreaterThan(10);
    }
    if (path === 'compare/') expect(await main.getByRole('rowheader').count()).toBeGreaterThanOrEqual(12);
    if (path === 'demo/') await expect(main.getByRole('img', { name: /^Client-server:/ }).first()).toBeVisible();
  });
}
