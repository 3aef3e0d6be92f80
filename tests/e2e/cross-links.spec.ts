/**
 * Build-time cross-links, checked on the built pages: every other glossary term that the
 * client-server entry mentions in its prose is linked (at its first mention), and no entry links to
 * itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, loadTerms } from '../../src/integrations/terms';
import { expect, test } from './fixtures';

const terms = loadTerms('content/glossary');
const linkedSlugs = (html: string) => new Set([...html.matchAll(/<a href="[^"]*\/glossary\/([a-z0-9-]+)\/" class="term-link"/g)].map((m) => m[1]!));
/** The entry's prose as the linker sees it: the body without headings, code, figures, other links, or the parts added around it. */
function prose(html: string): string {
  const body = /<div class="entry-body prose">([\s\S]*?)<section aria-labelledby="faq"/.exec(html)?.[1] ?? '';
  return body
    .replace(/<(h[1-6]|code|pre|figure|aside|svg|table)\b[\s\S]*?<\/\1>/g, ' ')
    // Text inside a hand-written link stays as it is: the linker never nests links.
    .replace(/<a (?![^>]*term-link)[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

test('every glossary term the client-server entry mentions is a link', () => {
  const html = readFileSync(join('dist', 'glossary/client-server-network/index.html'), 'utf8');
  const matcher = createMatcher(terms);
  const mentioned = new Set(matcher.find(prose(html)).map((m) => m.slug).filter((slug) => slug !== 'client-server-network'));
  expect(mentioned.size).toBeGreaterThan(25);
  const linked = linkedSlugs(html);
  expect([...mentioned].filter((slug) => !linked.has(slug))).toEqual([]);
});

test('no entry links to itself', () => {
  const selfLinks = terms.filter((t) => {
    const html = readFileSync(join('dist', `glossary/${t.slug}/index.html`), 'utf8');
    const body = /<div class="entry-body prose">([\s\S]*?)<section aria-labelledby="faq"/.exec(html)?.[1] ?? '';
    return linkedSlugs(body).has(t.slug);
  });
  expect(selfLinks.map((t) => t.slug)).toEqual([]);
});
