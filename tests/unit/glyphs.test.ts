import { describe, expect, it } from 'vitest';
import { glyph, MARK_PAINT, NODE_STATUSES } from '../../src/render/glyphs';

/** Every absolute point a glyph's path visits (M, l, a and h commands; arcs by their end points). */
function points(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MlahZ])([^MlahZ]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'l') [x, y] = [x + n[0]!, y + n[1]!];
    else if (cmd === 'h') x += n[0]!;
    else if (cmd === 'a') [x, y] = [x + n[5]!, y + n[6]!];
    else continue;
    out.push({ x, y });
  }
  return out;
}

describe('node glyphs', () => {
  const centre = { x: 120, y: 80 };

  it('gives every state its own shape-and-mark pair, so state never rests on colour', () => {
    const looks = NODE_STATUSES.map((s) => JSON.stringify(glyph(s, centre, 10)));
    expect(new Set(looks).size).toBe(NODE_STATUSES.length);
  });

  it('has a mark exactly where the state is painted with one', () => {
    for (const status of NODE_STATUSES) {
      expect(glyph(status, centre, 10).mark === '').toBe(MARK_PAINT[status] === 'none');
    }
  });

  it('stays within the node radius around its point, at every size', () => {
    for (const r of [4.5, 9, 18]) {
      for (const status of NODE_STATUSES) {
        const { shape, mark } = glyph(status, centre, r);
        const all = points(shape + mark);
        expect(all.length).toBeGreaterThan(1);
        for (const p of all) expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(r + 0.01);
      }
    }
  });
});
