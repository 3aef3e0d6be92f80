/**
 * The site built under a sub-path (BASE_PATH=/netglossary/): every page loads with no failed request
 * or console error, and search, previews, the FAQ filter and the demo work. Run by `npm run test:subpath`
 * together with the link crawl; skipped from the main run because it needs that second build.
 */
import { BASE, builtPages, expect, test } from './fixtures';


test.describe('under a sub-path', () => {
  test('the build under test really has a sub-path', () => {
    expect(BASE).not.toBe('/');
  });

  for (const path of [...builtPages(), '404.html']) {
    test(`/${path} loads cleanly`, async ({ page, problems }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href.startsWith(BASE), `${href} keeps the base path`).toBe(true);
      }
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('search, previews, FAQ filter and demo work', async ({ page, problems }) => {
    await page.goto('glossary/client-server-network/');
    const link = page.locator('.entry-body a.term-link').first();
    await link.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('Escape');
    // Typing straight after the shortcut, before the search code has loaded, loses nothing.
    await page.keyboard.press('/');
    await page.keyboard.type('request response');
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('request response');
    const hit = page.getByRole('dialog').getByRole('link', { name: 'Client-server network', exact: true }).first();
    await expect(hit).toHaveAttribute('href', new RegExp(`^${BASE}glossary/client-server-network/`));
    await page.goto('faq/?q=clinet');
    await expect(page.locator('details[data-faq-item]:visible mark').first()).toBeVisible();
    await page.goto('demo/?scenario=server-failure');
    await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
    expect(problems.failedRequests).toEqual([]);
  });
});
