/** The <faq-search> element: indexes the FAQ already on the page and filters it as the reader types. */
import { createFaqIndex, highlightRanges, normalizeQuery, searchFaq, type FaqDoc } from '../lib/faq-search.ts';
import { piecesFromRanges } from '../lib/excerpt.ts';

interface Item {
  doc: FaqDoc;
  details: HTMLDetailsElement;
  question: HTMLElement;
  answer: HTMLElement;
  group: HTMLElement;
}

function paint(target: HTMLElement, text: string, ranges: [number, number][]) {
  target.replaceChildren(
    ...piecesFromRanges(text, ranges).map((p) => {
      if (!p.mark) return document.createTextNode(p.text);
      const mark = document.createElement('mark');
      mark.textContent = p.text;
      return mark;
    }),
  );
}

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

    const apply = (raw: string, syncUrl = true) => {
      const query = normalizeQuery(raw);
      if (syncUrl) {
        const url = new URL(location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        history.replaceState(history.state, '', url);
      }
      const hits = query ? searchFaq(index, query) : [];
      const byId = new Map(hits.map((h) => [h.id, h.terms]));
      for (const item of items) {
        const terms = byId.get(item.doc.id);
        const shown = !query || terms !== undefined;
        item.details.hidden = !shown;
        item.details.open = Boolean(query && terms);
        paint(item.question, item.doc.question, terms ? highlightRanges(item.doc.question, terms) : []);
        paint(item.answer, item.doc.answer, terms ? highlightRanges(item.doc.answer, terms) : []);
      }
      for (const group of groups) group.hidden = !group.querySelector('details[data-faq-item]:not([hidden])');
      if (!query) count.textContent = `${total} questions`;
      else if (hits.length) count.textContent = `${hits.length} of ${total} questions match “${query}”`;
      else count.textContent = `No question matches “${query}”`;
      empty.hidden = !query || hits.length > 0;
      if (query && !hits.length) {
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
