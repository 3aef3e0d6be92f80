/**
 * The content model against the real loader: a throwaway copy of the site is synced or built with one
 * fault at a time, and each must fail naming the file and the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureSite, validEntry, type FixtureSite } from '../support/fixture-site';

let site: FixtureSite;
beforeAll(() => {
  site = createFixtureSite();
});
afterAll(() => site.dispose());

const FILE = 'content/glossary/server.mdx';

describe('a valid entry', () => {
  it('builds into a page with its links made', () => {
    site.write(FILE, validEntry());
    const result = site.run('build');
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const page = join(site.dir, 'dist/glossary/server/index.html');
    expect(existsSync(page)).toBe(true);
  }, 120_000);
});

describe('each invalid field is rejected, naming the file and the field', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a missing title', { title: '' }, /title/],
    ['a summary over 240 characters', { summary: `"${'A long summary. '.repeat(20)}"` }, /summary must be at most 240 characters/],
    ['an unknown category', { category: 'gossip' }, /category/],
    ['a source that is not https', { sources: '\n  - title: Old\n    url: http://example.org/' }, /sources\.0\.url|sources\[0\]\.url|url: must be an absolute https/],
    ['no sources at all', { sources: '[]' }, /at least one source is required/],
    ['an empty FAQ answer', { faq: '\n  - question: Why?\n    answer: ""' }, /faq\.0\.answer|a FAQ answer cannot be empty/],
    ['an invalid date', { updated: 'someday' }, /updated must be a date/],
  ];
  for (const [name, fields, field] of cases) {
    it(`rejects ${name}`, () => {
      site.write(FILE, validEntry(fields));
      const result = site.run('sync');
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('server.mdx');
      expect(result.output).toMatch(field);
    }, 60_000);
  }
});

describe('cross-entry faults stop the build', () => {
  it('rejects a related slug with no entry', () => {
    site.write(FILE, validEntry({ related: '[client, nowhere]' }));
    const result = site.run('build');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/glossary/server.mdx: related[1]: no glossary entry "nowhere"');
    expect(existsSync(join(site.dir, 'dist')), 'nothing is left in dist/ as if it were good').toBe(false);
  }, 60_000);

  it('rejects an alias that another entry already uses', () => {
    site.write(FILE, validEntry({ aliases: '[Client]' }));
    const result = site.run('build');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/server\.mdx: alias "Client" clashes with .*client\.mdx/);
  }, 60_000);

  it('rejects a hand-written link to a missing entry', () => {
    site.write(FILE, validEntry({}, 'See [the missing one](/glossary/missing-entry/) for more. '.repeat(3)));
    const result = site.run('build');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/server\.mdx: link to a missing glossary entry "\/glossary\/missing-entry\/"/);
  }, 60_000);

  it('rejects MDX that does not parse, naming the file, and removes the earlier output', () => {
    site.write(FILE, validEntry());
    expect(site.run('build').status).toBe(0);
    expect(existsSync(join(site.dir, 'dist'))).toBe(true);
    site.write(FILE, validEntry({}, 'A server answers { a client.'));
    const result = site.run('build');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('server.mdx');
    expect(existsSync(join(site.dir, 'dist'))).toBe(false);
  }, 120_000);
});
