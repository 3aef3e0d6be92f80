/**
 * Search excerpts arrive as escaped text with `<mark>` around the hits (Pagefind) or as plain text
 * with hit ranges (the FAQ search). Both become a list of plain strings and highlighted strings, which
 * the UI turns into text nodes: no markup from an index or a query is ever parsed as HTML.
 */
export interface Piece {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Splits Pagefind's `…<mark>hit</mark>…` into pieces; any other tag is dropped as text noise. */
export function piecesFromMarkedHtml(html: string): Piece[] {
  const pieces: Piece[] = [];
  const parts = html.split(/<mark>([\s\S]*?)<\/mark>/);
  parts.forEach((part, i) => {
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (text) pieces.push({ text, mark: i % 2 === 1 });
  });
  return pieces;
}

/** Splits text at the given [start, end) ranges, merging overlaps. */
export function piecesFromRanges(text: string, ranges: [number, number][]): Piece[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    const last = pieces.at(-1);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), mark: false });
    else if (last?.mark) {
      last.text += text.slice(from, end);
      cursor = end;
      continue;
    }
    pieces.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), mark: false });
  return pieces;
}
