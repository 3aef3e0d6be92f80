/**
 * Checks that need every entry at once, which a per-entry schema cannot see: each `related` slug
 * (in the glossary and in comparison.yaml) names an entry that exists, and no title or alias belongs
 * to two entries. A build stops with the file and the field; the dev server reports and carries on.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontmatterOf, loadTerms } from './terms.ts';

export interface IntegrityOptions {
  /** Project root; content paths are relative to it. */
  root: string;
}

export function contentProblems({ root }: IntegrityOptions): string[] {
  const glossaryDir = join(root, 'content/glossary');
  const problems: string[] = [];
  let slugs: Set<string>;
  try {
    const terms = loadTerms(glossaryDir);
    slugs = new Set(terms.map((t) => t.slug));
    for (const term of terms) {
      const data = frontmatterOf(readFileSync(term.file, 'utf8'));
      const related = Array.isArray(data.related) ? data.related : [];
      related.forEach((slug, i) => {
        if (typeof slug === 'string' && !slugs.has(slug)) {
          problems.push(`${relative(root, term.file)}: related[${i}]: no glossary entry "${slug}" (expected content/glossary/${slug}.mdx)`);
        }
      });
    }
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const comparisonFile = join(root, 'content/comparison.yaml');
  if (existsSync(comparisonFile)) {
    const rows: unknown = parseYaml(readFileSync(comparisonFile, 'utf8'));
    if (Array.isArray(rows)) {
      rows.forEach((row: { id?: unknown; related?: unknown }, r) => {
        const related = Array.isArray(row?.related) ? row.related : [];
        related.forEach((slug: unknown, i: number) => {
          if (typeof slug === 'string' && !slugs.has(slug)) {
            problems.push(`content/comparison.yaml: row ${String(row.id ?? r)}: related[${i}]: no glossary entry "${slug}"`);
          }
        });
      });
    }
  }
  return problems;
}

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'netglossary:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = contentProblems({ root: new URL('.', config.root).pathname });
        if (problems.length === 0) return;
        if (command === 'build') throw new Error(`Content check failed:\n- ${problems.join('\n- ')}`);
        for (const problem of problems) logger.error(problem);
      },
    },
  };
}
