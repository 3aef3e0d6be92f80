/**
 * Where nodes sit in the two drawings: a star around the server (client-server) and a ring of peers
 * with the server as a seed (P2P). Pure geometry in viewBox units, shared by the static figures and
 * the interactive demo.
 */
export interface Point {
  x: number;
  y: number;
}

export interface SceneSize {
  width: number;
  height: number;
  /** Space kept free at the edges for node shapes and labels. */
  margin: number;
}

export const DEFAULT_SCENE: SceneSize = { width: 400, height: 400, margin: 36 };

/** Points evenly spaced on a circle, starting at the top and going clockwise. */
export function ringPositions(count: number, center: Point, radius: number): Point[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number >= 0 (got ${count})`);
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}

/** Client-server: the server in the middle, clients on one ring (or two, when there are many). */
export function starLayout(clients: number, size: SceneSize = DEFAULT_SCENE): { server: Point; clients: Point[] } {
  const center = { x: size.width / 2, y: size.height / 2 };
  const outer = Math.min(size.width, size.height) / 2 - size.margin;
  if (clients <= 24) return { server: center, clients: ringPositions(clients, center, outer) };
  // Two rings keep 200 clients apart without shrinking them to dots.
  const inner = Math.ceil(clients * 0.4);
  return {
    server: center,
    clients: [...ringPositions(inner, center, outer * 0.62), ...ringPositions(clients - inner, center, outer)],
  };
}

/** P2P: peers on a ring, the seeding server slightly apart at the top left. */
export function meshLayout(peers: number, size: SceneSize = DEFAULT_SCENE): { server: Point; peers: Point[] } {
  const center = { x: size.width / 2, y: size.height / 2 };
  const radius = Math.min(size.width, size.height) / 2 - size.margin;
  return { server: { x: size.margin, y: size.margin }, peers: ringPositions(peers, center, radius * 0.9) };
}

/** For a mesh drawing: each peer linked to its `k` nearest ring neighbours on each side (deduplicated). */
export function meshLinks(peers: number, k = 2): [number, number][] {
  const links: [number, number][] = [];
  const seen = new Set<string>();
  for (let i = 0; i < peers; i++) {
    for (let step = 1; step <= Math.min(k, Math.floor((peers - 1) / 2) || 1); step++) {
      const j = (i + step) % peers;
      if (j === i) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (!seen.has(key)) {
        seen.add(key);
        links.push([Math.min(i, j), Math.max(i, j)]);
      }
    }
  }
  return links;
}

/** A point `t` of the way from `a` to `b` (0 = at a, 1 = at b), for transfers along a link. */
export const along = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});
