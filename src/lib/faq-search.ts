/**
 * The FAQ's instant search: a small MiniSearch index over questions and answers. Pure (no DOM), so
 * the matching rules are unit-tested: prefixes match, and a word of five or more letters may carry
 * one typo (a swap of two letters counts as one: "clinet" finds "client").
 */
import MiniSearch from 'minisearch';

export interface FaqDoc {
  id: string;
  question: string;
  answer: string;
  topic: string;
}

export interface FaqHit {
  id: string;
  /** Indexed words that matched, for highlighting. */
  terms: string[];
}

/** Queries longer than this are cut: nobody types more, and fuzzy matching costs grow with length. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Letters and digits (any script) make words; everything else separates them. */
export const WORD = /[\p{L}\p{N}]+/gu;

export const tokenize = (text: string): string[] => text.normalize('NFKC').match(WORD) ?? [];

/** Edit distance allowed for a query word: 1 at five letters, 2 from six (a swapped pair is two edits). */
export function allowedTypos(term: string): number {
  if (term.length >= 6) return 2;
  if (term.length === 5) return 1;
  return 0;
}

export function createFaqIndex(docs: readonly FaqDoc[]) {
  const index = new MiniSearch<FaqDoc>({
    fields: ['question', 'answer', 'topic'],
    storeFields: [],
    tokenize,
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      boost: { question: 3, topic: 1.5 },
      prefix: true,
      fuzzy: (term) => allowedTypos(term),
      combineWith: 'AND',
    },
  });
  index.addAll(docs);
  return index;
}

/** Cleans a raw query: control characters out, length capped, at most a dozen words. */
export function normalizeQuery(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** Below this many letters a query matches nearly everything, so the list stays whole. */
export const MIN_QUERY_LENGTH = 2;

export function searchFaq(index: MiniSearch<FaqDoc>, rawQuery: string): FaqHit[] {
  const words = tokenize(normalizeQuery(rawQuery)).slice(0, MAX_TERMS);
  if (words.length === 0 || words.join('').length < MIN_QUERY_LENGTH) return [];
  return index.search(words.join(' ')).map((r) => ({ id: String(r.id), terms: r.terms }));
}

/** [start, end) ranges of the words in `text` that are among `terms`, for highlighting. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(match[0].normalize('NFKC').toLowerCase())) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
