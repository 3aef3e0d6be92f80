/** The <site-search> element: Pagefind search with results rendered as text. Loaded on demand. */
import { piecesFromMarkedHtml } from '../lib/excerpt.ts';
import { renderPieces } from './pieces.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
const MAX_QUERY = 200;
const MAX_RESULTS = 10;

function loadPagefind(base: string): Promise<Pagefind> {
  // Built by Pagefind after Astro, so it is fetched at run time rather than bundled.
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
  return pagefindPromise;
}

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #latest = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#results = this.querySelector('ol')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(this.#input.value);
    });
    this.#input.addEventListener('input', () => void this.search(this.#input.value));
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#input.value) {
        // The first Escape clears; the next one closes the dialog (its default action).
      event.preventDefault();
      event.stopPropagation();
        this.#input.value = '';
        void this.search('');
      }
    });
    if (this.#input.value) void this.search(this.#input.value);
    else if (this.dataset.syncUrl) {
      const q = new URLSearchParams(location.search).get('q') ?? '';
      if (q) {
        this.#input.value = q.slice(0, MAX_QUERY);
        void this.search(this.#input.value);
      }
    }
  }

  async search(raw: string) {
    const query = raw.slice(0, MAX_QUERY).trim();
    const ticket = ++this.#latest;
    if (this.dataset.syncUrl) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#status.textContent = 'Searching…';
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(this.dataset.base ?? '/');
    } catch {
      this.#status.textContent = 'Search is unavailable right now. Try the A-Z glossary or the FAQ.';
      return;
    }
    const response = await pagefind.debouncedSearch(query, {}, 150);
    if (!response || ticket !== this.#latest) return; // a newer query superseded this one
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== this.#latest) return;
    this.#results.replaceChildren(...data.map((d) => this.#renderResult(d)));
    const count = response.results.length;
    this.#status.textContent =
      count === 0
        ? `No pages match “${query}”. Check the spelling or try fewer words.`
        : `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”${count > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
  }

  #renderResult(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const title = document.createElement('a');
    title.className = 'result-title';
    title.href = d.url;
    title.textContent = d.meta.title ?? d.url;
    const excerpt = document.createElement('p');
    renderPieces(excerpt, piecesFromMarkedHtml(d.excerpt));
    li.append(title, excerpt);
    const pageTitle = title.textContent;
  const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== pageTitle).slice(0, 3);
    if (subs.length) {
      const list = document.createElement('ul');
      for (const s of subs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = s.url;
        link.textContent = s.title;
        const text = document.createElement('p');
        renderPieces(text, piecesFromMarkedHtml(s.excerpt));
        item.append(link, text);
        list.append(item);
      }
      li.append(list);
    }
    return li;
  }
}
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
