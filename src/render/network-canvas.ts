/**
 * Draws a simulation state in three stacked layers: links and nodes (with the server and its queue)
 * on canvases, moving transfers in an SVG. A canvas has no elements to style or lay out, so 200
 * clients cost a few hundred draw calls, not a thousand SVG elements whose first style and layout
 * made the demo's start a long task. It reads state; it never changes the model.
 */
import { STATUS_INDEX, TRANSFER_STRIDE, type ViewFrame } from './frame.ts';
import { glyph, MARK_PAINT, NODE_STATUSES, type NodeStatus } from './glyphs.ts';
import { meshLayout, meshLinks, starLayout, type Point, type SceneSize } from './layout.ts';

export const SCENE: SceneSize = { width: 400, height: 400, margin: 30 };
const MAX_QUEUE_BARS = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

export type ViewKind = 'star' | 'mesh';

/** Colours resolved from the page's tokens (see palette.ts), so the drawing follows the theme. */
export interface Palette {
  fg: string;
  surface: string;
  surface2: string;
  border: string;
  accent: string;
  accent2: string;
  accentBg: string;
  ok: string;
  bad: string;
  font: string;
}

/** The three drawing surfaces of one view, back to front: two canvases and an SVG group. */
export interface Layers {
  links: CanvasRenderingContext2D;
  nodes: CanvasRenderingContext2D;
  transfers: SVGGElement;
}

/** Where every node of a run sits: index 0 is the server, then clients or peers. */
export function positionsFor(kind: ViewKind, clients: number, size: SceneSize = SCENE): Point[] {
  if (kind === 'star') {
    const star = starLayout(clients, size);
    return [star.server, ...star.clients];
  }
  const mesh = meshLayout(clients, size);
  return [mesh.server, ...mesh.peers];
}

/** Node radius that keeps up to 200 nodes apart in a 400-unit scene. */
export const nodeRadius = (clients: number) => (clients <= 12 ? 13 : clients <= 40 ? 9 : clients <= 100 ? 6 : 4.5);

/** Each state's colours, in the palette's terms; the shapes come from glyphs.ts. */
function looksOf(p: Palette): Record<NodeStatus, { fill: string; stroke: string; mark: string; dash: number[] }> {
  return {
    idle: { fill: p.surface, stroke: p.fg, mark: p.fg, dash: [] },
    requesting: { fill: p.accentBg, stroke: p.accent, mark: p.accent, dash: [] },
    downloading: { fill: p.surface, stroke: p.fg, mark: p.accent, dash: [] },
    done: { fill: p.surface, stroke: p.ok, mark: p.ok, dash: [] },
    offline: { fill: p.surface, stroke: p.bad, mark: p.bad, dash: [3, 2] },
  };
}

/** Glyphs at a radius of 10 around the origin, parsed once; the glyph strip scales them to the nodes' size. */
let shapes: Record<NodeStatus, { shape: Path2D; mark: Path2D | null }> | null = null;
const SERVER_MARK = { online: 'M-8 -6h16M-8 0h16M-8 6h16', offline: 'M-8 -8l16 16M8 -8l-16 16' };
let serverMarks: { online: Path2D; offline: Path2D } | null = null;

function glyphPaths() {
  shapes ??= Object.fromEntries(
    NODE_STATUSES.map((status) => {
      const g = glyph(status, { x: 0, y: 0 }, 10);
      return [status, { shape: new Path2D(g.shape), mark: g.mark ? new Path2D(g.mark) : null }];
    }),
  ) as Record<NodeStatus, { shape: Path2D; mark: Path2D | null }>;
  serverMarks ??= { online: new Path2D(SERVER_MARK.online), offline: new Path2D(SERVER_MARK.offline) };
  return { shapes, serverMarks };
}

const IDLE = STATUS_INDEX.idle;
const DOWNLOADING = STATUS_INDEX.downloading;

export class NetworkRenderer {
  #layers: Layers;
  #kind: ViewKind;
  #palette: Palette;
  #positions: Point[] = [];
  #links: [number, number][] = [];
  /** Index into NODE_STATUSES of each node's drawn look (node i + 1 of the state). */
  #status = new Uint8Array(0);
  /** Simulated time at which each node was last seen downloading. */
  #busyAt = new Float64Array(0);
  #radius = 10;
  #serverOnline = true;
  #queueShown = 0;
  #queueMore = 0;
  #count = -1;
  #motion = true;
  #linksDirty = true;
  #nodesDirty = true;
  /** One path per colour: hundreds of moving dots cost one attribute write a frame. */
  #paths = new Map<'request' | 'reply', { path: SVGPathElement; d: string; motion: boolean }>();
  /** Simulated time of the last redraw of node looks. */
  #nodesDrawnAt = -Infinity;
  #makeCanvas: () => HTMLCanvasElement;
  #atlas: HTMLCanvasElement | null = null;
  #atlasKey = '';
  #paletteVersion = 0;
  #sized = false;

  /** makeCanvas: a spare canvas for the glyph strip (injected, so tests need no DOM). */
  constructor(layers: Layers, kind: ViewKind, palette: Palette, makeCanvas: () => HTMLCanvasElement) {
    this.#layers = layers;
    this.#kind = kind;
    this.#palette = palette;
    this.#makeCanvas = makeCanvas;
  }

  /** With motion off, a transfer is a highlighted link rather than a dot travelling along it. */
  setMotion(motion: boolean) {
    this.#motion = motion;
  }

  /** New colours (a theme change): everything is drawn again on the next render. */
  setPalette(palette: Palette) {
    this.#palette = palette;
    this.#paletteVersion++;
    this.#linksDirty = this.#nodesDirty = true;
  }

  /** Sets each layer's bitmap to `pixels` square (device pixels); everything is drawn again on the next render. */
  resize(pixels: number) {
    const size = Math.max(1, Math.round(pixels));
    this.#sized = true;
    for (const ctx of [this.#layers.links, this.#layers.nodes]) {
      if (ctx.canvas.width !== size) ctx.canvas.width = size;
      if (ctx.canvas.height !== size) ctx.canvas.height = size;
    }
    this.#linksDirty = this.#nodesDirty = true;
  }

  /** Lays out a run: positions, links, and each node in its state in `state`. */
  #build(state: ViewFrame) {
    const clients = state.statuses.length;
    this.#positions = positionsFor(this.#kind, clients);
    this.#links =
      this.#kind === 'star'
        ? Array.from({ length: clients }, (_, i) => [0, i + 1] as [number, number])
        : meshLinks(clients, clients > 60 ? 1 : 2).map(([a, b]) => [a + 1, b + 1] as [number, number]);
    this.#radius = nodeRadius(clients);
    this.#status = state.statuses.slice();
    this.#busyAt = new Float64Array(clients).fill(-Infinity);
    for (let i = 0; i < clients; i++) if (this.#status[i] === DOWNLOADING) this.#busyAt[i] = state.time;
    this.#nodesDrawnAt = -Infinity;
    this.#count = clients;
    this.#linksDirty = this.#nodesDirty = true;
  }

  /**
   * Draws state. Transfers move every frame; node looks are redrawn at most every `settle / 2`
   * simulated seconds (settle is a quarter second of playback; 0 redraws everything now): under heavy
   * churn dozens of nodes change every frame, more than the eye can follow. In a file run a node also
   * keeps its downloading look for `settle` after its last transfer ends: a peer between two chunks
   * is still downloading to a reader's eye, and would otherwise blink as uploaders move on.
   */
  render(state: ViewFrame, settle = 0) {
    // Nothing to draw on until the layers know their size.
    if (!this.#sized) return;
    const clients = state.statuses.length;
    if (clients !== this.#count) this.#build(state);
    if (state.serverOnline !== this.#serverOnline) {
      this.#serverOnline = state.serverOnline;
      this.#nodesDirty = true;
    }
    const queue = this.#kind === 'star' ? state.queueLength : 0;
    const shown = Math.min(queue, MAX_QUEUE_BARS);
    const more = queue - shown;
    if (shown !== this.#queueShown || more !== this.#queueMore) {
      this.#queueShown = shown;
      this.#queueMore = more;
      this.#nodesDirty = true;
    }
    // A reset starts the clock again.
    if (state.time < this.#nodesDrawnAt) this.#nodesDrawnAt = -Infinity;
    const redraw = settle === 0 || state.time - this.#nodesDrawnAt >= settle / 2;
    if (redraw) this.#nodesDrawnAt = state.time;
    const file = state.workload === 'file';
    for (let i = 0; i < clients; i++) {
      const status = state.statuses[i]!;
      if (this.#busyAt[i]! > state.time) this.#busyAt[i] = -Infinity;
      if (status === DOWNLOADING) this.#busyAt[i] = state.time;
      if (!redraw || status === this.#status[i]) continue;
      if (file && status === IDLE && this.#status[i] === DOWNLOADING && state.time - this.#busyAt[i]! < settle) continue;
      this.#status[i] = status;
      this.#nodesDirty = true;
    }
    if (this.#linksDirty) this.#drawLinks();
    if (this.#nodesDirty) this.#drawNodes();
    this.#drawTransfers(state);
  }

  /**
   * Draws one layer that needs a full drawing, links first, and says whether another still does; the
   * last call is a whole render. A view's first drawing (the links, the nodes, each touching code and
   * canvases for the first time) can then be spread over several tasks instead of one long one.
   */
  drawNext(state: ViewFrame): boolean {
    if (!this.#sized) return false;
    if (state.statuses.length !== this.#count) this.#build(state);
    if (this.#linksDirty && this.#nodesDirty) {
      this.#drawLinks();
      return true;
    }
    this.render(state);
    return false;
  }

  /** Scene units to device pixels: the layers are square and the scene is 400 units across. */
  #scale(ctx: CanvasRenderingContext2D) {
    return ctx.canvas.width / SCENE.width;
  }

  #clear(ctx: CanvasRenderingContext2D) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }

  #drawLinks() {
    this.#linksDirty = false;
    const ctx = this.#layers.links;
    this.#clear(ctx);
    const k = this.#scale(ctx);
    ctx.setTransform(k, 0, 0, k, 0, 0);
    ctx.strokeStyle = this.#palette.border;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const [a, b] of this.#links) {
      const p = this.#positions[a]!;
      const q = this.#positions[b]!;
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
    }
    ctx.stroke();
  }

  /**
   * Each state's glyph drawn once, at the size the nodes have now, into one strip: a node is then a
   * single image copy. Drawing 200 glyphs as paths (fill, stroke, mark) took five calls each.
   */
  #sprites(k: number) {
    const size = Math.ceil(2 * (this.#radius + 2) * k);
    const key = `${size}/${this.#paletteVersion}`;
    if (this.#atlas && this.#atlasKey === key) return { atlas: this.#atlas, size };
    const { shapes } = glyphPaths();
    const atlas = this.#atlas ?? this.#makeCanvas();
    atlas.width = size * NODE_STATUSES.length;
    atlas.height = size;
    const ctx = atlas.getContext('2d')!;
    const looks = looksOf(this.#palette);
    const s = (k * this.#radius) / 10;
    NODE_STATUSES.forEach((status, index) => {
      const look = looks[status];
      const { shape, mark } = shapes[status];
      ctx.setTransform(s, 0, 0, s, index * size + size / 2, size / 2);
      ctx.setLineDash(look.dash);
      ctx.lineWidth = 2;
      ctx.fillStyle = look.fill;
      ctx.strokeStyle = look.stroke;
      ctx.fill(shape);
      ctx.stroke(shape);
      if (!mark) return;
      ctx.lineCap = 'round';
      ctx.lineWidth = 2.5;
      if (MARK_PAINT[status] === 'fill') {
        ctx.fillStyle = look.mark;
        ctx.fill(mark);
      } else {
        ctx.strokeStyle = look.mark;
        ctx.stroke(mark);
      }
    });
    this.#atlas = atlas;
    this.#atlasKey = key;
    return { atlas, size };
  }

  #drawNodes() {
    this.#nodesDirty = false;
    const ctx = this.#layers.nodes;
    const { serverMarks } = glyphPaths();
    const p = this.#palette;
    this.#clear(ctx);
    const k = this.#scale(ctx);
    const server = this.#positions[0]!;

    ctx.setTransform(k, 0, 0, k, k * server.x, k * server.y);
    ctx.beginPath();
    ctx.roundRect(-16, -16, 32, 32, 5);
    ctx.fillStyle = this.#serverOnline ? p.accentBg : p.surface2;
    ctx.fill();
    ctx.strokeStyle = this.#serverOnline ? p.accent : p.bad;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(this.#serverOnline ? [] : [5, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = this.#serverOnline ? p.fg : p.bad;
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.stroke(this.#serverOnline ? serverMarks.online : serverMarks.offline);

    if (this.#queueShown > 0) {
      ctx.setTransform(k, 0, 0, k, k * (server.x + 20), k * (server.y - 6));
      ctx.fillStyle = p.accent2;
      for (let i = 0; i < this.#queueShown; i++) ctx.fillRect(i * 6, 0, 4.5, 12);
      if (this.#queueMore > 0) {
        ctx.fillStyle = p.fg;
        ctx.font = `11px ${p.font}`;
        ctx.fillText(`+${this.#queueMore}`, this.#queueShown * 6 + 2, 11);
      }
    }

    const { atlas, size } = this.#sprites(k);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const half = size / 2;
    for (let i = 0; i < this.#status.length; i++) {
      const at = this.#positions[i + 1]!;
      // Whole device pixels keep the copy sharp (no resampling between pixels).
      ctx.drawImage(atlas, this.#status[i]! * size, 0, size, size, Math.round(k * at.x - half), Math.round(k * at.y - half), size, size);
    }
  }

  #transferPath(colour: 'request' | 'reply') {
    let entry = this.#paths.get(colour);
    if (!entry) {
      const path = this.#layers.transfers.ownerDocument.createElementNS(SVG_NS, 'path');
      entry = { path, d: '', motion: !this.#motion };
      this.#paths.set(colour, entry);
      this.#layers.transfers.append(path);
    }
    return entry;
  }

  /**
   * Transfers are SVG: two paths whose data changes every frame. A canvas redrawn every frame cost
   * more: in software compositing each new canvas frame is copied whole to the compositor.
   */
  #drawTransfers(state: ViewFrame) {
    const parts = { request: '', reply: '' };
    const round = (v: number) => Math.round(v * 10) / 10;
    const t = state.transfers;
    for (let i = 0; i < t.length; i += TRANSFER_STRIDE) {
      const a = this.#positions[t[i]!];
      const b = this.#positions[t[i + 1]!];
      if (!a || !b) continue;
      const colour = t[i + 3] === 0 ? 'request' : 'reply';
      // A zero-length segment with round caps draws a dot where the transfer has got to.
      if (this.#motion) {
        const progress = t[i + 2]!;
        parts[colour] += `M${round(a.x + (b.x - a.x) * progress)} ${round(a.y + (b.y - a.y) * progress)}h0`;
      } else {
        parts[colour] += `M${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}`;
      }
    }
    for (const colour of ['request', 'reply'] as const) {
      const d = parts[colour];
      if (!d && !this.#paths.has(colour)) continue;
      const entry = this.#transferPath(colour);
      // Unchanged paths are not written: parsing a long `d` is the costly part of drawing transfers.
      if (d !== entry.d) entry.path.setAttribute('d', (entry.d = d));
      if (entry.motion !== this.#motion) {
        entry.motion = this.#motion;
        entry.path.setAttribute('class', `v-t v-t-${colour} ${this.#motion ? 'v-t-dots' : 'v-t-lines'}`);
      }
    }
  }
}
