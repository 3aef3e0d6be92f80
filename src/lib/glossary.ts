/** Build-time views of the glossary collection: sorted lists, backlinks, structured data. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createMatcher, type Term } from '../integrations/terms';
import { absolute, entryHref, href } from './paths';
import { SITE_TITLE } from '../consts';

export type Entry = CollectionEntry<'glossary'>;

const byTitle = (a: Entry, b: Entry) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

export async function allEntries(): Promise<Entry[]> {
  return (await getCollection('glossary')).sort(byTitle);
}

export function termsOf(entries: readonly Entry[]): Term[] {
  return entries.map((entry) => ({
    slug: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    phrases: [entry.data.title, ...entry.data.aliases],
    noAutolink: entry.data.noAutolink,
    file: entry.filePath ?? entry.id,
  }));
}

/** The prose an entry's links are made from: its body without front-matter, headings, code and JSX. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/^#{1,6} .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, ' ');
}

/**
 * Which entries mention each term: slug -> entries whose prose names it. Uses the same matcher as
 * the build-time linker, so "Mentioned in" agrees with the links a reader sees.
 */
export function backlinks(entries: readonly Entry[]): Map<string, Entry[]> {
  const terms = termsOf(entries);
  const result = new Map<string, Entry[]>(entries.map((e) => [e.id, []]));
  const matcher = createMatcher(terms);
  for (const entry of entries) {
    const mentioned = new Set(matcher.find(proseOf(entry.body ?? '')).map((m) => m.slug));
    for (const slug of mentioned) {
      if (slug !== entry.id && !entry.data.noAutolink.includes(slug)) result.get(slug)?.push(entry);
    }
  }
  return result;
}

export function definedTermSet(site: URL | undefined) {
  return {
    '@type': 'DefinedTermSet',
    '@id': absolute(href('glossary/'), site) + '#set',
    name: `${SITE_TITLE} glossary`,
    url: absolute(href('glossary/'), site),
  };
}

export function definedTerm(entry: Entry, site: URL | undefined) {
  return {
    '@type': 'DefinedTerm',
    '@id': absolute(entryHref(entry.id), site) + '#term',
    name: entry.data.title,
    alternateName: entry.data.aliases.length ? entry.data.aliases : undefined,
    description: entry.data.summary,
    url: absolute(entryHref(entry.id), site),
    inDefinedTermSet: absolute(href('glossary/'), site) + '#set',
  };
}

export function breadcrumbList(items: { name: string; path: string }[], site: URL | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absolute(item.path, site),
    })),
  };
}
