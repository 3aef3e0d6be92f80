/**
 * The glossary's terms as the build-time cross-linker sees them: every entry's slug, title, summary
 * and aliases, read straight from the front-matter. The Markdown pipeline runs before Astro's content
 * layer hands entries to pages, so it cannot ask `astro:content`; it reads the files itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Term {
  slug: string;
  title: string;
  summary: string;
  /** The phrases that link to this term: its title first, then its aliases. */
  phrases: string[];
  /** Slugs this entry never auto-links (its `noAutolink` opt-out). */
  noAutolink: string[];
  file: string;
}

export function frontmatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) return {};
  const data: unknown = parseYaml(match[1]);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Reads every `*.mdx` in `dir`. Malformed front-matter is left for the content schema to report
 * (it names the field); a phrase claimed by two entries is reported here, because only a view of all
 * entries at once can see it.
 */
export function loadTerms(dir: string): Term[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  const terms: Term[] = [];
  const owner = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    let data: Record<string, unknown>;
    try {
      data = frontmatterOf(readFileSync(file, 'utf8'));
    } catch {
      continue; // the content layer reports YAML errors with the file and line
    }
    const slug = basename(name, '.mdx');
    const title = typeof data.title === 'string' ? data.title.trim() : '';
    if (!title) continue;
    const phrases = [title, ...strings(data.aliases).map((a) => a.trim())].filter(Boolean);
    for (const phrase of phrases) {
      const key = phrase.toLowerCase();
      const claimed = owner.get(key);
      if (claimed && claimed !== file) {
        throw new Error(
          `${file}: alias "${phrase}" clashes with ${claimed}, which already uses it as a title or alias. ` +
            'Each title and alias must belong to one entry.',
        );
      }
      owner.set(key, file);
    }
    terms.push({
      slug,
      title,
      summary: typeof data.summary === 'string' ? data.summary.trim() : '',
      phrases,
      noAutolink: strings(data.noAutolink),
      file,
    });
  }
  return terms;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An abbreviation (DNS, P2P, LAN) links only in capitals, so "lan" inside prose never becomes LAN. */
const isAbbreviation = (phrase: string) => /^[A-Z0-9]{2,6}$/.test(phrase);

export interface Mention {
  slug: string;
  index: number;
  text: string;
}

/**
 * Finds term mentions in plain text: whole words only (a hyphen counts as part of a word, so
 * "client-server" never yields "client"), the longest phrase wins, and a plural "s"/"es" is allowed.
 */
export function createMatcher(terms: readonly Term[]) {
  const entries = terms.flatMap((term) => term.phrases.map((phrase) => ({ phrase, slug: term.slug })));
  entries.sort((a, b) => b.phrase.length - a.phrase.length);
  const bySensitive = new Map<string, string>();
  const byInsensitive = new Map<string, string>();
  for (const { phrase, slug } of entries) {
    if (isAbbreviation(phrase)) bySensitive.set(phrase, slug);
    else byInsensitive.set(phrase.toLowerCase(), slug);
  }
  if (entries.length === 0) return { find: (_text: string): Mention[] => [] };
  const alternation = entries.map((e) => escapeRegExp(e.phrase).replace(/\\?[ ]+/g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternation})(?:e?s)?(?![\\p{L}\\p{N}_-])`, 'giu');

  const slugFor = (matched: string): string | undefined => {
    const normal = matched.replace(/\s+/g, ' ');
    return bySensitive.get(normal) ?? (isAbbreviation(normal) ? undefined : byInsensitive.get(normal.toLowerCase()));
  };

  return {
    find(text: string): Mention[] {
      const found: Mention[] = [];
      for (const match of text.matchAll(pattern)) {
        const core = match[1] ?? '';
        const slug = slugFor(core);
        if (slug) found.push({ slug, index: match.index, text: match[0] });
      }
      return found;
    },
  };
}
