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

/** An abbreviation (DNS, P2P, LAN) links only in capitals, so "lan" inside prose never becomes LAN. */
const isAbbreviation = (phrase: string) => /^[A-Z0-9]{2,6}$/.test(phrase);

/** Words, with hyphenated compounds kept whole, so "client-server" never yields "client". */
const WORD = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

export interface Mention {
  slug: string;
  index: number;
  text: string;
}

interface Candidate {
  slug: string;
  /** The phrase's words, lower-cased (as written, for abbreviations). */
  words: string[];
  exactCase: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const tokens = (text: string): Token[] => [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

/** The word without a plural ending, if it has one. */
const singulars = (word: string) => (word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : word.endsWith('s') ? [word.slice(0, -1)] : []);

/**
 * Finds term mentions in plain text: whole words only, the longest phrase wins, a plural "s"/"es"
 * on the last word is allowed, and abbreviations match only as written. Phrases are indexed by their
 * first word, so the cost grows with the text, not with the size of the glossary.
 */
export function createMatcher(terms: readonly Term[]) {
  const byFirstWord = new Map<string, Candidate[]>();
  for (const term of terms) {
    for (const phrase of term.phrases) {
      const exactCase = isAbbreviation(phrase);
      const words = tokens(phrase).map((t) => (exactCase ? t.word : t.word.toLowerCase()));
      if (!words.length) continue;
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ slug: term.slug, words, exactCase });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const wordMatches = (candidate: string, token: string, last: boolean, exactCase: boolean) => {
    const word = exactCase ? token : token.toLowerCase();
    return word === candidate || (last && singulars(word).includes(candidate));
  };

  return {
    find(text: string): Mention[] {
      const found: Mention[] = [];
      const words = tokens(text);
      for (let i = 0; i < words.length; i++) {
        const first = words[i]!;
        const keys = [first.word, first.word.toLowerCase(), ...singulars(first.word.toLowerCase())];
        const candidates = [...new Set(keys)].flatMap((k) => byFirstWord.get(k) ?? []);
        candidates.sort((a, b) => b.words.length - a.words.length);
        const hit = candidates.find((c) =>
          c.words.every((w, j) => {
            const token = words[i + j];
            if (!token) return false;
            // Words of a phrase must be separated by white space only ("IP address", not "IP, address").
            if (j > 0 && !/^\s+$/.test(text.slice(words[i + j - 1]!.end, token.start))) return false;
            return wordMatches(w, token.word, j === c.words.length - 1, c.exactCase);
          }),
        );
        if (!hit) continue;
        const last = words[i + hit.words.length - 1]!;
        found.push({ slug: hit.slug, index: first.start, text: text.slice(first.start, last.end) });
        i += hit.words.length - 1;
      }
      return found;
    },
  };
}
