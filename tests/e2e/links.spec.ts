/** Crawls the built site: every internal link and #fragment must resolve to a built page and an id on it. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, builtPages, DIST, expect, test } from './fixtures';


const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Where a site path lands in dist/, or undefined when nothing is there. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(DIST, rest, 'index.html')] : [join(DIST, rest), join(DIST, rest, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

test('every internal link and fragment resolves', () => {
  const broken: string[] = [];
  const pages = [...builtPages(DIST), '404.html'];
  for (const page of pages) {
    const file = page.endsWith('.html') ? join(DIST, page) : join(DIST, page, 'index.html');
    const html = readFileSync(file, 'utf8');
    const here = new URL(BASE + page, 'http://site.test');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(raw) && !raw.startsWith('http://site.test')) continue;
      const url = new URL(raw, here);
      const target = url.pathname === here.pathname ? file : fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${raw} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${page}: ${raw} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});
