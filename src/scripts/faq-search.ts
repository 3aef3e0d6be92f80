/** The <faq-search> element: indexes the FAQ already on the page and filters it as the reader types. */
import { MIN_QUERY_LENGTH, createFaqIndex, highlightRanges, normalizeQuery, searchFaq, tokenize, type FaqDoc } from '../lib/faq-search.ts';
import { piecesFromRanges } from '../lib/excerpt.ts';
import { renderPieces } from './pieces.ts';

const URL_SYNC_DELAY_MS = 300;

interface Item {
  doc: FaqDoc;
  details: HTMLDetailsElement;
  question: HTMLElement;
  answer: HTMLElement;
  group: HTMLElement;
  /** The matched terms the item is highlighted with now ('' for none). */
  painted: string;
}

const paint = (target: HTMLElement, text: string, ranges: [number, number][]) => renderPieces(target, piecesFromRanges(text, ranges));

class FaqSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input')!;
    const count = this.querySelector<HTMLElement>('[role="status"]')!;
    const empty = this.querySelector<HTMLElement>('.faq-empty')!;
    const emptyText = this.querySelector<HTMLElement>('.faq-empty-text')!;
    const emptyLink = this.querySelector<HTMLAnchorElement>('.faq-empty-link')!;
    const items: Item[] = [...document.querySelectorAll<HTMLDetailsElement>('details[data-faq-item]')].map((details) => {
      const question = details.querySelector<HTMLElement>('.faq-question')!;
      const answer = details.querySelector<HTMLElement>('.answer p')!;
      const group = details.closest<HTMLElement>('[data-faq-group]')!;
      return {
        details,
        question,
        answer,
        group,
        painted: '',
        doc: {
          id: details.id,
          question: question.textContent ?? '',
          answer: answer.textContent ?? '',
          topic: group.querySelector('h2')?.textContent ?? '',
        },
      };
    });
    const groups = [...new Set(items.map((i) => i.group))];
    const index = createFaqIndex(items.map((i) => i.doc));
    const total = items.length;
    let urlTimer = 0;

    const apply = (raw: string, syncUrl = true) => {
      const query = normalizeQuery(raw);
      if (syncUrl) {
        // The address follows the box once typing pauses; history updates are too slow for every keystroke.
        window.clearTimeout(urlTimer);
        urlTimer = window.setTimeout(() => {
          const url = new URL(location.href);
          if (query) url.searchParams.set('q', query);
          else url.searchParams.delete('q');
          history.replaceState(history.state, '', url);
        }, URL_SYNC_DELAY_MS);
      }
      // A query of one letter (or of no letters at all) filters nothing; the status says why.
      const active = tokenize(query).join('').length >= MIN_QUERY_LENGTH;
      const hits = active ? searchFaq(index, query) : [];
      const byId = new Map(hits.map((h) => [h.id, h.terms]));
      for (const item of items) {
        const terms = byId.get(item.doc.id);
        const shown = !active || terms !== undefined;
        // Only what changed is touched: a keystroke should cost a frame, not a re-render of 100+ answers.
        if (item.details.hidden === shown) item.details.hidden = !shown;
        const open = Boolean(active && terms);
        if (item.details.open !== open) item.details.open = open;
        const key = terms ? terms.join(' ') : '';
        if (key !== item.painted) {
          item.painted = key;
          paint(item.question, item.doc.question, terms ? highlightRanges(item.doc.question, terms) : []);
          paint(item.answer, item.doc.answer, terms ? highlightRanges(item.doc.answer, terms) : []);
        }
      }
      for (const group of groups) {
        const empty = !group.querySelector('details[data-faq-item]:not([hidden])');
        if (group.hidden !== empty) group.hidden = empty;
      }
      if (!query) count.textContent = `${total} questions`;
      else if (!active) count.textContent = `${total} questions; type at least ${MIN_QUERY_LENGTH} letters or digits to search them`;
      else if (hits.length) count.textContent = `${hits.length} of ${total} questions match “${query}”`;
      else count.textContent = `No question matches “${query}”`;
      empty.hidden = !active || hits.length > 0;
      if (active && !hits.length) {
        emptyText.textContent = `Nothing in the FAQ matches “${query}”. Check the spelling, try fewer or shorter words, or `;
        emptyLink.href = `${this.dataset.searchPage ?? '/search/'}?q=${encodeURIComponent(query)}`;
      }
    };

    input.addEventListener('input', () => apply(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value) {
        input.value = '';
        apply('');
      }
    });
    const initial = normalizeQuery(new URLSearchParams(location.search).get('q') ?? '');
    input.value = initial;
    apply(initial, false);
  }
}

if (!customElements.get('faq-search')) customElements.define('faq-search', FaqSearch);
