/**
 * Links the first mention of every other glossary term in an entry's prose, and refuses links to
 * entries that do not exist. Each link carries the term's title and summary, so a preview card needs
 * no request.
 */
import { basename, dirname, resolve } from 'node:path';
import { createMatcher, loadTerms, type Term } from './terms.ts';

/* Minimal hast shapes: enough to walk and rewrite the tree without pulling in @types/hast. */
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[]; value?: unknown };
interface VFileLike {
  path?: string;
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Inside these, a mention stays plain text: headings, code, links, controls and drawings. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'svg', 'button', 'script', 'style', 'figcaption']);

export interface TermLinkOptions {
  /** Folder holding the glossary's `*.mdx` files. */
  glossaryDir: string;
  /** The site's base path, with a trailing slash ("/" or "/netglossary/"). */
  base: string;
}

const isElement = (node: HastNode): node is HastElement => node.type === 'element';

function classList(node: HastElement): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

const matchers = new WeakMap<readonly Term[], ReturnType<typeof createMatcher>>();

/** One matcher per term list: building it per page would make a 1,000-entry build quadratic. */
export function matcherFor(terms: readonly Term[]) {
  let matcher = matchers.get(terms);
  if (!matcher) matchers.set(terms, (matcher = createMatcher(terms)));
  return matcher;
}

export function linkTerms(tree: HastNode, terms: readonly Term[], ownSlug: string, base: string, file: string) {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const own = bySlug.get(ownSlug);
  const skip = new Set([ownSlug, ...(own?.noAutolink ?? [])]);
  // The entry's own term is matched too, and skipped: "web server" in the Web server entry is not a
  // mention of Server.
  const matcher = matcherFor(terms);
  const glossaryPrefix = `${base}glossary/`;

  const checkLink = (node: HastElement) => {
    const href = node.properties.href;
    if (typeof href !== 'string' || !href.startsWith(glossaryPrefix)) return;
    const slug = href.slice(glossaryPrefix.length).split(/[/#?]/)[0];
    if (slug && !bySlug.has(slug)) {
      throw new Error(`${file}: link to a missing glossary entry "${href}" (no content/glossary/${slug}.mdx)`);
    }
  };

  const makeLink = (term: Term, text: string): HastElement => ({
    type: 'element',
    tagName: 'a',
    properties: {
      href: `${glossaryPrefix}${term.slug}/`,
      className: ['term-link'],
      dataTerm: term.slug,
      dataTermTitle: term.title,
      dataTermSummary: term.summary,
    },
    children: [{ type: 'text', value: text }],
  });

  const visit = (node: HastNode) => {
    if (!('children' in node) || !node.children) return;
    const next: HastNode[] = [];
    for (const child of node.children) {
      if (isElement(child)) {
        if (child.tagName === 'a') checkLink(child);
        if (!SKIP_TAGS.has(child.tagName) && !classList(child).includes('no-autolink')) visit(child);
        next.push(child);
        continue;
      }
      if (child.type !== 'text' || typeof child.value !== 'string') {
        // MDX components and raw JSX keep their own content; hand-written HTML is theirs to link.
        if (!child.type.startsWith('mdx')) visit(child);
        next.push(child);
        continue;
      }
      const text = child.value;
      let cursor = 0;
      for (const mention of matcher.find(text)) {
        if (skip.has(mention.slug)) continue;
        const term = bySlug.get(mention.slug);
        if (!term) continue;
        skip.add(mention.slug); // first mention only
        if (mention.index > cursor) next.push({ type: 'text', value: text.slice(cursor, mention.index) });
        next.push(makeLink(term, mention.text));
        cursor = mention.index + mention.text.length;
      }
      next.push(cursor === 0 ? child : { type: 'text', value: text.slice(cursor) });
    }
    node.children = next.filter((n) => n.type !== 'text' || (n as HastText).value !== '');
  };
  visit(tree);
}

let cache: { dir: string; terms: Term[] } | undefined;

/** Loaded once per build; the dev server needs a restart to see a new term. */
function termsIn(dir: string): Term[] {
  if (cache?.dir !== dir) cache = { dir, terms: loadTerms(dir) };
  return cache.terms;
}

export default function rehypeTermLinks(options: TermLinkOptions) {
  const glossaryDir = resolve(options.glossaryDir);
  return (tree: HastNode, file: VFileLike) => {
    if (!file.path || resolve(dirname(file.path)) !== glossaryDir) return;
    const terms = termsIn(glossaryDir);
    linkTerms(tree, terms, basename(file.path, '.mdx'), options.base, file.path);
  };
}
