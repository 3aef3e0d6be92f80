/**
 * The drawing's colours, read from the page's tokens. A canvas cannot use CSS variables, and the
 * tokens are `light-dark()` pairs, so each one is resolved by the browser on a probe element: fills
 * as a background, lines as a text colour. In forced-colours mode the browser forces both, and the
 * drawing follows the system palette like the rest of the page.
 */
import type { Palette } from '../../render/network-canvas.ts';

const FILLS = { surface: '--surface', surface2: '--surface-2', accentBg: '--accent-bg' } as const;
const LINES = { fg: '--fg', border: '--border', accent: '--accent', accent2: '--accent-2', ok: '--ok', bad: '--bad' } as const;

export function readPalette(host: HTMLElement): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.append(probe);
  const style = getComputedStyle(probe);
  const read = (property: 'color' | 'backgroundColor', token: string) => {
    probe.style[property] = `var(${token})`;
    return style[property];
  };
  const palette = { font: style.fontFamily } as Palette;
  for (const [name, token] of Object.entries(FILLS)) palette[name as keyof typeof FILLS] = read('backgroundColor', token);
  for (const [name, token] of Object.entries(LINES)) palette[name as keyof typeof LINES] = read('color', token);
  probe.remove();
  return palette;
}

let cached: Palette | null = null;

/**
 * The page's palette, read once and again after each change. Best first read while the page's style
 * is settled: a read forces the style of any element not yet styled, such as a player just mounted.
 */
export function palette(): Palette {
  return (cached ??= readPalette(document.body));
}

/** Calls `onChange` when the colours may have changed: the site's theme switch, the system's scheme, forced colours. */
export function watchPalette(onChange: () => void): () => void {
  const changed = () => {
    cached = null;
    onChange();
  };
  const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
  for (const q of queries) q.addEventListener('change', changed);
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    for (const q of queries) q.removeEventListener('change', changed);
    observer.disconnect();
  };
}
