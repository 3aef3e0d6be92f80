/** The client-server entry: every section a reader needs, term previews, and the theme choice. */
import { expect, test } from './fixtures';

const ENTRY = 'glossary/client-server-network/';

test('the client-server entry has every section', async ({ page, problems }) => {
  await page.goto(ENTRY);
  expect(problems).toBeDefined();
  await expect(page.getByRole('heading', { level: 1, name: 'Client-server network' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' }).or(page.locator('nav.toc'))).toBeVisible();
  for (const name of [/how does a client-server network work/i, /protocols/i, /examples/i, /^advantages/i, /disadvantages/i, /client-server vs peer-to-peer/i, /security considerations/i, /further reading/i, /frequently asked questions/i, /related terms/i, /sources/i]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /request/i }).first()).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Stability');
  await expect(page.locator('details[data-faq-item]')).toHaveCount(6);
  await expect(page.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the head carries SEO, social and structured data', async ({ page }) => {
  await page.goto(ENTRY);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThan(50);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/glossary\/client-server-network\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Client-server network');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  const data = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = data.map((text) => (JSON.parse(text) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['DefinedTerm', 'BreadcrumbList']));
  const term = JSON.parse(data.find((t) => t.includes('"DefinedTerm"'))!) as { inDefinedTermSet: { '@type': string } };
  expect(term.inDefinedTermSet['@type']).toBe('DefinedTermSet');
});

test('a term link previews its definition on hover, and closes on Escape', async ({ page }) => {
  await page.goto(ENTRY);
  const link = page.locator('.entry-body a.term-link', { hasText: /^peer-to-peer|^P2P/i }).first();
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Peer-to-peer network');
  await expect(link).toHaveAttribute('aria-describedby', 'term-card');
  // The card sits beside its link, never over it.
  const [l, c] = [await link.boundingBox(), await card.boundingBox()];
  expect(l && c && (c.y >= l.y + l.height || c.y + c.height <= l.y)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('a term link previews on keyboard focus', async ({ page }) => {
  await page.goto(ENTRY);
  const link = page.locator('.entry-body a.term-link').first();
  await link.focus();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText((await link.getAttribute('data-term-title')) ?? 'missing');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
});

test('the theme choice is remembered and applied before paint', async ({ page }) => {
  await page.goto(ENTRY);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('glossary/');
  // Set by the inline head script, so it is there at the first paint, not after the page's modules run.
  const themeAtParse = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(themeAtParse).toBe('dark');
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await page.getByLabel('Theme').selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the entry is complete', async ({ page }) => {
    await page.goto(ENTRY);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client-server network');
    await expect(page.getByRole('heading', { name: /disadvantages/i })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('details[data-faq-item] .answer').first()).toBeAttached();
    // The demo embed falls back to its still figure.
    await expect(page.getByRole('img', { name: /client-server:/i }).first()).toBeVisible();
    await expect(page.getByLabel('Theme')).toBeHidden();
  });
});

test('a much-mentioned term lists at most 24 backlinks and says how many more there are', async ({ page }) => {
  await page.goto('glossary/server/');
  const list = page.getByRole('list', { name: 'Entries that mention Server' });
  await expect(list.getByRole('listitem')).toHaveCount(24);
  const more = page.getByText(/…and \d+ more entries/);
  await expect(more).toBeVisible();
  await more.getByRole('link', { name: /search for/i }).click();
  await expect(page).toHaveURL(/search\/\?q=Server$/);
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('Server');
});
