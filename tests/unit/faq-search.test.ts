import { describe, expect, it } from 'vitest';
import { createFaqIndex, highlightRanges, normalizeQuery, searchFaq, type FaqDoc } from '../../src/lib/faq-search';
import { piecesFromMarkedHtml, piecesFromRanges } from '../../src/lib/excerpt';

const DOCS: FaqDoc[] = [
  { id: 'a', topic: 'Client', question: 'What does a client do?', answer: 'A client sends requests to a server.' },
  { id: 'b', topic: 'Server', question: 'Is a server a computer?', answer: 'It can be hardware or software.' },
  { id: 'c', topic: 'DNS', question: 'Which port does DNS use?', answer: 'Port 53, over UDP and TCP.' },
  { id: 'd', topic: 'Bandwidth', question: 'Is bandwidth the same as speed?', answer: 'No: latency matters too.' },
];
const index = createFaqIndex(DOCS);
const ids = (q: string) => searchFaq(index, q).map((h) => h.id);

describe('FAQ search', () => {
  it('tolerates a typo in words of five or more letters', () => {
    expect(ids('clinet')).toContain('a');
    expect(ids('serer')).toContain('b');
    expect(ids('bandwith')).toEqual(['d']);
  });
  it('does not guess at short words', () => {
    expect(ids('dms')).toEqual([]);
  });
  it('waits for two letters before filtering', () => {
    expect(ids('b')).toEqual([]);
    expect(ids('ba')).toEqual(['d']);
  });
  it('matches prefixes', () => {
    expect(ids('band')).toEqual(['d']);
    expect(ids('req')).toEqual(['a']);
  });
  it('needs every word to match', () => {
    expect(ids('port udp')).toEqual(['c']);
    expect(ids('port hardware')).toEqual([]);
  });
  it('reports the matched words for highlighting', () => {
    const [hit] = searchFaq(index, 'clinet');
    expect(hit?.terms).toContain('client');
    const text = 'What does a Client do? client!';
    expect(highlightRanges(text, hit!.terms)).toEqual([[12, 18], [23, 29]]);
  });
  it('treats hostile text as words, never as a pattern', () => {
    for (const q of ['<script>alert(1)</script>', '.*+?^${}()|[]\\', '\u0000\u0000', 'x'.repeat(10_000), '🙂 ́ مرحبا']) {
      expect(() => searchFaq(index, q)).not.toThrow();
    }
    expect(normalizeQuery('a\u0000b')).toBe('a b');
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(200);
  });
});

describe('excerpt pieces', () => {
  it('splits marked HTML into text and highlights, decoding entities', () => {
    expect(piecesFromMarkedHtml('a &lt;b&gt; <mark>hit</mark> &amp; c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'hit', mark: true },
      { text: ' & c', mark: false },
    ]);
  });
  it('drops any other tag rather than rendering it', () => {
    expect(piecesFromMarkedHtml('<img src=x onerror=alert(1)>safe')).toEqual([{ text: 'safe', mark: false }]);
  });
  it('merges overlapping ranges', () => {
    expect(piecesFromRanges('abcdef', [[1, 3], [2, 4]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'ef', mark: false },
    ]);
  });
});
