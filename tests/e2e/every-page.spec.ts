/**
 * Every built page, in both themes: no axe violations (WCAG 2.2 AA), no console errors, no failed
 * requests, no CSP violations. Each page is loaded once and checked in the light theme, then in the
 * dark one, as the OS preference switches.
 */
import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './fixtures';

const pages = [...builtPages(), '404.html'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BACKGROUND = { light: 'rgb(252, 252, 251)', dark: 'rgb(17, 20, 24)' };

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
  test(`/${path} is accessible and clean in both themes`, async ({ page, problems }) => {
    await page.goto(path, { waitUntil: 'load' });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[theme]);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      expect(summary).toEqual([]);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
}
