/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) so a static host sends each
 * page's Content-Security-Policy as a real header, plus the usual security headers. The policy is
 * copied from the page's own <meta>, which Astro generates with the hashes of that page's scripts and
 * styles; the header adds what a <meta> cannot carry (frame-ancestors).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function cspOf(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
}

export function headersFile(dist: string, base: string): string {
  const lines = [`${base}*`, ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const file of htmlFiles(dist).sort()) {
    const csp = cspOf(readFileSync(file, 'utf8'));
    if (!csp) continue;
    const rel = relative(dist, file).split(sep).join('/');
    const path = base + (rel === 'index.html' ? '' : rel.replace(/index\.html$/, ''));
    lines.push(path, `  Content-Security-Policy: ${csp.replace(/;?\s*$/, '')}; frame-ancestors 'none'`, '');
  }
  return lines.join('\n');
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'netglossary:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist, base));
        logger.info('Wrote _headers with each page’s Content-Security-Policy');
      },
    },
  };
}
