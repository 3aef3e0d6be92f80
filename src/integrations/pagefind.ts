/**
 * Builds the Pagefind index of dist/ after Astro writes it (the same way Starlight does), so site
 * search works on any static host. The service is always closed, even when indexing fails.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'netglossary:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
