import { describe, expect, it } from 'vitest';
import { along, meshLayout, meshLinks, ringPositions, starLayout, DEFAULT_SCENE } from '../../src/render/layout';

const inside = (p: { x: number; y: number }) =>
  p.x >= 0 && p.y >= 0 && p.x <= DEFAULT_SCENE.width && p.y <= DEFAULT_SCENE.height;

describe('ring positions', () => {
  it('starts at the top and spaces points evenly', () => {
    const [first, second] = ringPositions(4, { x: 0, y: 0 }, 10);
    expect(first!.x).toBeCloseTo(0);
    expect(first!.y).toBeCloseTo(-10);
    expect(second!.x).toBeCloseTo(10);
    expect(second!.y).toBeCloseTo(0);
  });
  it('rejects a negative or fractional count', () => {
    expect(() => ringPositions(-1, { x: 0, y: 0 }, 1)).toThrow(RangeError);
    expect(() => ringPositions(1.5, { x: 0, y: 0 }, 1)).toThrow(/count/);
  });
});

describe('star and mesh layouts', () => {
  it('keeps every node inside the drawing, up to 200 clients', () => {
    for (const n of [1, 6, 24, 25, 200]) {
      const star = starLayout(n);
      expect(star.clients).toHaveLength(n);
      expect(star.clients.every(inside)).toBe(true);
      expect(meshLayout(n).peers.every(inside)).toBe(true);
    }
  });
  it('keeps 200 clients apart', () => {
    const { clients } = starLayout(200);
    let nearest = Infinity;
    for (let i = 0; i < clients.length; i++)
      for (let j = i + 1; j < clients.length; j++)
        nearest = Math.min(nearest, Math.hypot(clients[i]!.x - clients[j]!.x, clients[i]!.y - clients[j]!.y));
    expect(nearest).toBeGreaterThan(4);
  });
  it('links each peer to its ring neighbours once', () => {
    const links = meshLinks(6, 2);
    expect(links).toHaveLength(12);
    expect(new Set(links.map(([a, b]) => `${a}-${b}`)).size).toBe(12);
    expect(meshLinks(2, 2)).toEqual([[0, 1]]);
  });
  it('moves a transfer along its link', () => {
    expect(along({ x: 0, y: 0 }, { x: 10, y: 20 }, 0.5)).toEqual({ x: 5, y: 10 });
  });
});
