// Scripts that must run before first paint are inlined as-is; CSP allows them by hash.
// Astro hashes the scripts it bundles, not `is:inline` ones, so the config adds these hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const themeInitScript = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8').trim();

/** @param {string} text @returns {`sha256-${string}`} */
export const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
