/** Puts excerpt pieces into an element as text nodes and <mark>s: markup from an index or a query is never parsed. */
import type { Piece } from '../lib/excerpt.ts';

export function renderPieces(target: HTMLElement, pieces: Piece[]) {
  target.replaceChildren(
    ...pieces.map((p) => {
      if (!p.mark) return document.createTextNode(p.text);
      const mark = document.createElement('mark');
      mark.textContent = p.text;
      return mark;
    }),
  );
}
