/**
 * What a node looks like in each state, as SVG path data for a point and a radius. Each state is a
 * shape plus a mark, so a state never depends on colour alone: circle (idle), diamond (requesting),
 * half-filled circle (downloading), tick (done), cross (offline). The still figures draw one glyph
 * per node in SVG; the live renderer parses each state's glyph once and draws it on a canvas.
 */
import type { Point } from './layout.ts';

export type NodeStatus = 'idle' | 'requesting' | 'downloading' | 'done' | 'offline';

export const NODE_STATUSES: readonly NodeStatus[] = ['idle', 'requesting', 'downloading', 'done', 'offline'];

/** How a state's mark is painted: not at all, filled, or stroked. */
export type MarkPaint = 'none' | 'fill' | 'line';

export const MARK_PAINT: Record<NodeStatus, MarkPaint> = {
  idle: 'none',
  requesting: 'none',
  downloading: 'fill',
  done: 'line',
  offline: 'line',
};

export interface Glyph {
  shape: string;
  /** Empty when the state has no mark. */
  mark: string;
}

/** Two decimals are far below a pixel, and keep the path strings short. */
const n = (value: number) => Math.round(value * 100) / 100;

export function glyph(status: NodeStatus, { x, y }: Point, r: number): Glyph {
  const circle = `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
  // Marks sit inside the outline, so the outline stays whole.
  const m = r * 0.45;
  switch (status) {
    case 'idle':
      return { shape: circle, mark: '' };
    case 'requesting':
      return { shape: `M${n(x)} ${n(y - r)}l${n(r)} ${n(r)}l${n(-r)} ${n(r)}l${n(-r)} ${n(-r)}Z`, mark: '' };
    case 'downloading':
      return { shape: circle, mark: `M${n(x)} ${n(y - 0.9 * r)}a${n(0.9 * r)} ${n(0.9 * r)} 0 0 1 0 ${n(1.8 * r)}Z` };
    case 'done':
      return { shape: circle, mark: `M${n(x - m)} ${n(y)}l${n(0.3 * r)} ${n(0.35 * r)}l${n(0.6 * r)} ${n(-0.7 * r)}` };
    case 'offline':
      return { shape: circle, mark: `M${n(x - m)} ${n(y - m)}l${n(2 * m)} ${n(2 * m)}M${n(x + m)} ${n(y - m)}l${n(-2 * m)} ${n(2 * m)}` };
  }
}
