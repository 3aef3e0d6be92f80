// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import rehypeTermLinks from './src/integrations/rehype-term-links.ts';
import { sha256, themeInitScript } from './src/lib/inline-scripts.mjs';

/** "/" or "/sub/path/": Astro's `base`, always with both slashes, so links can be `${base}glossary/`. */
function normaliseBase(value = '/') {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || 'https://netglossary.example.org';
// A second build (the sub-path test) goes to its own folder, so it never clobbers dist/.
const outDir = process.env.OUT_DIR || './dist';

// Remark/rehype plugins need the unified processor (Sätteri, Astro 7's default, runs neither).
const markdownProcessor = unified({
  rehypePlugins: [[rehypeTermLinks, { glossaryDir: './content/glossary', base }]],
});

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  integrations: [contentIntegrity(), mdx({ processor: markdownProcessor }), react(), sitemap(), pagefindIndex(), securityHeaders()],
  markdown: { processor: markdownProcessor },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which CSP allows only with 'wasm-unsafe-eval'.
      scriptDirective: { hashes: [sha256(themeInitScript)], resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
