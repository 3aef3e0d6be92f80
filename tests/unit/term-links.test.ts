import { describe, expect, it } from 'vitest';
import { createMatcher, type Term } from '../../src/integrations/terms';
import { linkTerms } from '../../src/integrations/rehype-term-links';

const term = (slug: string, title: string, aliases: string[] = [], noAutolink: string[] = []): Term => ({
  slug,
  title,
  summary: `${title} summary`,
  phrases: [title, ...aliases],
  noAutolink,
  file: `content/glossary/${slug}.mdx`,
});

const TERMS = [
  term('client', 'Client'),
  term('server', 'Server'),
  term('client-server-network', 'Client-server network', ['client-server']),
  term('peer-to-peer-network', 'Peer-to-peer network', ['P2P', 'peer-to-peer']),
  term('lan', 'LAN', ['local area network']),
  term('ip-address', 'IP address'),
];

const text = (value: string) => ({ type: 'text', value });
const el = (tagName: string, children: unknown[], properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children });
type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const links = (tree: Node): Node[] =>
  (tree.children ?? []).flatMap((c) => (c.tagName === 'a' ? [c, ...links(c)] : links(c)));

describe('finding mentions', () => {
  const { find } = createMatcher(TERMS);
  it('prefers the longest phrase and treats hyphenated words as one word', () => {
    expect(find('A client-server network has clients.').map((m) => m.slug)).toEqual(['client-server-network', 'client']);
    expect(find('the client-server model').map((m) => m.slug)).toEqual(['client-server-network']);
  });
  it('accepts plurals and any case for words, but abbreviations only in capitals', () => {
    expect(find('Servers and IP addresses').map((m) => m.text)).toEqual(['Servers', 'IP addresses']);
    expect(find('a plan for the lan party').map((m) => m.slug)).toEqual([]);
    expect(find('on a LAN and over P2P').map((m) => m.slug)).toEqual(['lan', 'peer-to-peer-network']);
  });
  it('never matches inside a longer word', () => {
    expect(find('observers, clientele, webserver').map((m) => m.slug)).toEqual([]);
  });
});

describe('linking an entry', () => {
  it('links the first mention of each other term only, and never the entry itself', () => {
    const tree = el('root', [el('p', [text('A server answers a client. Another server and the client-server idea.')])]) as Node;
    linkTerms(tree, TERMS, 'client-server-network', '/', 'x.mdx');
    const found = links(tree);
    expect(found.map((a) => a.properties?.href)).toEqual(['/glossary/server/', '/glossary/client/']);
    expect(found[0]?.properties?.dataTermSummary).toBe('Server summary');
  });
  it('leaves headings, code and existing links alone', () => {
    const tree = el('root', [
      el('h2', [text('Server basics')]),
      el('p', [el('code', [text('server')]), text(' '), el('a', [text('server')], { href: 'https://example.org' })]),
      el('p', [text('The server.')]),
    ]) as Node;
    linkTerms(tree, TERMS, 'client', '/', 'x.mdx');
    const found = links(tree).filter((a) => a.properties?.className);
    expect(found).toHaveLength(1);
    expect(found[0]?.children?.[0]?.value).toBe('server');
    expect((tree.children?.[0]?.children?.[0] as Node).value).toBe('Server basics');
  });
  it('honours the per-entry opt-out', () => {
    const terms = [...TERMS.filter((t) => t.slug !== 'client'), term('client', 'Client', [], ['server'])];
    const tree = el('root', [el('p', [text('A server and a LAN.')])]) as Node;
    linkTerms(tree, terms, 'client', '/', 'x.mdx');
    expect(links(tree).map((a) => a.properties?.dataTerm)).toEqual(['lan']);
  });
  it('uses the base path and rejects links to entries that do not exist', () => {
    const tree = el('root', [el('p', [text('A server.')])]) as Node;
    linkTerms(tree, TERMS, 'client', '/netglossary/', 'x.mdx');
    expect(links(tree)[0]?.properties?.href).toBe('/netglossary/glossary/server/');
    const broken = el('root', [el('p', [el('a', [text('x')], { href: '/glossary/nope/' })])]) as Node;
    expect(() => linkTerms(broken, TERMS, 'client', '/', 'content/glossary/client.mdx')).toThrow(
      /content\/glossary\/client\.mdx: link to a missing glossary entry "\/glossary\/nope\/"/,
    );
  });
});
