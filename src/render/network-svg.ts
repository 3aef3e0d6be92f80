/**
 * Draws a simulation state into an SVG group, imperatively: nodes are created once per run and only
 * their changed attributes are touched each frame, so 200 clients animate without re-rendering a
 * component tree. It reads state; it never changes the model.
 */
import type { SimulationState } from '../sim/types.ts';
import { glyph, MARK_PAINT, NODE_STATUSES, type NodeStatus } from './glyphs.ts';
import { along, meshLayout, meshLinks, starLayout, type Point, type SceneSize } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const SCENE: SceneSize = { width: 400, height: 400, margin: 30 };
const MAX_QUEUE_BARS = 16;

export type ViewKind = 'star' | 'mesh';

interface NodeView {
  g: SVGGElement;
  shape: SVGPathElement;
  mark: SVGPathElement;
  status: NodeStatus;
  /** Simulated time at which the node was last seen downloading. */
  busyAt: number;
}

/**
 * Each state's glyph at a radius of 10 around the origin; a node's transform places and scales it.
 * Plain paths whose `d` changes: swapping a <use> reference rebuilds its shadow tree, which is slow
 * with 200 nodes, and one path per state holding every node costs more to re-parse than it saves.
 */
const LOOKS = Object.fromEntries(
  NODE_STATUSES.map((status) => [status, { ...glyph(status, { x: 0, y: 0 }, 10), markClass: `v-mark v-mark-${MARK_PAINT[status]}` }]),
) as Record<NodeStatus, { shape: string; mark: string; markClass: string }>;
const SERVER_MARK = { online: 'M-8 -6h16M-8 0h16M-8 6h16', offline: 'M-8 -8l16 16M8 -8l-16 16' };

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

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class NetworkRenderer {
  #linkLayer: SVGGElement;
  #nodeLayer: SVGGElement;
  #kind: ViewKind;
  #positions: Point[] = [];
  #nodes: NodeView[] = [];
  #serverOnline: boolean | null = null;
  #serverMark?: SVGPathElement;
  #server?: SVGGElement;
  #queue?: SVGGElement;
  #queueShown = -1;
  #transfers: SVGGElement;
  /** One path per transfer kind: hundreds of moving dots cost one attribute write a frame. */
  #paths = new Map<string, { path: SVGPathElement; d: string; motion: boolean }>();
  #count = -1;
  #motion = true;
  /** Simulated time of the last redraw of node looks. */
  #nodesDrawnAt = -Infinity;

  /**
   * Three layers, each in an SVG of its own and composited on its own: the links, which never change
   * during a run; the server and nodes, redrawn a few times a second; and the moving transfers,
   * redrawn every frame. A change in one layer then repaints only that layer.
   */
  constructor(layers: { links: SVGGElement; nodes: SVGGElement; transfers: SVGGElement }, kind: ViewKind) {
    this.#linkLayer = layers.links;
    this.#nodeLayer = layers.nodes;
    this.#transfers = layers.transfers;
    this.#kind = kind;
  }

  /** With motion off, a transfer is a highlighted link rather than a dot travelling along it. */
  setMotion(motion: boolean) {
    this.#motion = motion;
  }

  /** Makes the drawing for a run, each node already in its state in `state`. */
  #build(state: SimulationState) {
    const clients = state.nodes.length - 1;
    this.#positions = positionsFor(this.#kind, clients);
    const [server, ...others] = this.#positions;
    const links = el('g', { class: 'v-links' });
    if (this.#kind === 'star') {
      for (const p of others) links.append(el('line', { x1: server!.x, y1: server!.y, x2: p.x, y2: p.y }));
    } else {
      for (const [a, b] of meshLinks(others.length, others.length > 60 ? 1 : 2)) {
        links.append(el('line', { x1: others[a]!.x, y1: others[a]!.y, x2: others[b]!.x, y2: others[b]!.y }));
      }
    }
    this.#paths.clear();
    this.#transfers.replaceChildren();
    const r = nodeRadius(clients);
    this.#server = el('g', { class: 'v-server', transform: `translate(${server!.x} ${server!.y})` });
    this.#serverMark = el('path', { class: 'v-mark v-mark-line', d: SERVER_MARK.online });
    this.#server.append(el('rect', { x: -16, y: -16, width: 32, height: 32, rx: 5 }), this.#serverMark);
    this.#queue = el('g', { class: 'v-queue', transform: `translate(${server!.x + 20} ${server!.y - 6})` });
    this.#queueShown = -1;
    this.#serverOnline = true;
    this.#nodesDrawnAt = -Infinity;
    // Built off the page and attached at once, nodes in their first state: a second pass of writes
    // to 200 fresh nodes made the demo's first frame a long task.
    const scene = document.createDocumentFragment();
    this.#linkLayer.replaceChildren(links);
    scene.append(this.#server, this.#queue);
    this.#nodes = others.map((p, i) => {
      const status = state.nodes[i + 1]!.status;
      const look = LOOKS[status];
      const g = el('g', { class: `v-node v-${status}`, transform: `translate(${p.x} ${p.y}) scale(${r / 10})` });
      const shape = el('path', { class: 'v-shape', d: look.shape });
      const mark = el('path', { class: look.markClass, d: look.mark });
      g.append(shape, mark);
      scene.append(g);
      return { g, shape, mark, status, busyAt: status === 'downloading' ? state.time : -Infinity } satisfies NodeView;
    });
    this.#nodeLayer.replaceChildren(scene);
    this.#count = clients;
  }

  /**
   * Draws state. Transfers move every frame; node looks are redrawn at most every `settle / 2`
   * simulated seconds (settle is a quarter second of playback; 0 redraws everything now). Each
   * changed node repaints the picture around it, and under heavy churn dozens change every frame,
   * which costs more to paint than the eye can follow. In a file run a node also keeps its
   * downloading look for `settle` after its last transfer ends: a peer between two chunks is still
   * downloading to a reader's eye, and would otherwise blink as uploaders move between receivers.
   */
  render(state: SimulationState, settle = 0) {
    const clients = state.nodes.length - 1;
    if (clients !== this.#count) this.#build(state);
    if (state.serverOnline !== this.#serverOnline) {
      this.#serverOnline = state.serverOnline;
      this.#server?.setAttribute('class', state.serverOnline ? 'v-server' : 'v-server v-offline');
      this.#serverMark?.setAttribute('d', state.serverOnline ? SERVER_MARK.online : SERVER_MARK.offline);
    }
    // A reset starts the clock again.
    if (state.time < this.#nodesDrawnAt) this.#nodesDrawnAt = -Infinity;
    const redraw = settle === 0 || state.time - this.#nodesDrawnAt >= settle / 2;
    if (redraw) this.#nodesDrawnAt = state.time;
    const file = state.workload === 'file';
    for (let i = 1; i < state.nodes.length; i++) {
      const status = state.nodes[i]!.status;
      const view = this.#nodes[i - 1]!;
      if (view.busyAt > state.time) view.busyAt = -Infinity;
      if (status === 'downloading') view.busyAt = state.time;
      if (!redraw || status === view.status) continue;
      if (file && status === 'idle' && view.status === 'downloading' && state.time - view.busyAt < settle) continue;
      this.#setStatus(view, status);
    }
    this.#renderQueue(this.#kind === 'star' ? state.queueLength : 0);
    this.#renderTransfers(state);
  }

  /** At most three attribute writes: the class picks the colours, the paths the shape and mark. */
  #setStatus(view: NodeView, status: NodeStatus) {
    const before = LOOKS[view.status];
    const look = LOOKS[status];
    view.status = status;
    view.g.setAttribute('class', `v-node v-${status}`);
    if (look.shape !== before.shape) view.shape.setAttribute('d', look.shape);
    if (look.mark !== before.mark) view.mark.setAttribute('d', look.mark);
    if (look.markClass !== before.markClass) view.mark.setAttribute('class', look.markClass);
  }

  #renderQueue(length: number) {
    const shown = Math.min(length, MAX_QUEUE_BARS);
    if (!this.#queue || (shown === this.#queueShown && length <= MAX_QUEUE_BARS)) return;
    this.#queueShown = shown;
    const bars: SVGElement[] = [];
    for (let i = 0; i < shown; i++) bars.push(el('rect', { x: i * 6, y: 0, width: 4.5, height: 12 }));
    if (length > MAX_QUEUE_BARS) {
      const more = el('text', { x: shown * 6 + 2, y: 11 });
      more.textContent = `+${length - MAX_QUEUE_BARS}`;
      bars.push(more);
    }
    this.#queue.replaceChildren(...bars);
  }

  #pathFor(kind: string) {
    let entry = this.#paths.get(kind);
    if (!entry) {
      entry = { path: el('path', { class: `v-t v-t-${kind}` }), d: '', motion: !this.#motion };
      this.#paths.set(kind, entry);
      this.#transfers.append(entry.path);
    }
    return entry;
  }

  #renderTransfers(state: SimulationState) {
    const parts = new Map<string, string>();
    const round = (v: number) => Math.round(v * 10) / 10;
    for (const t of state.transfers) {
      const a = this.#positions[t.from];
      const b = this.#positions[t.to];
      if (!a || !b) continue;
      let segment: string;
      if (this.#motion) {
        // A zero-length segment with round caps draws a dot where the transfer has got to.
        const p = along(a, b, t.progress);
        segment = `M${round(p.x)} ${round(p.y)}h0`;
      } else {
        segment = `M${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}`;
      }
      parts.set(t.kind, (parts.get(t.kind) ?? '') + segment);
    }
    for (const kind of new Set([...this.#paths.keys(), ...parts.keys()])) {
      const entry = this.#pathFor(kind);
      const d = parts.get(kind) ?? '';
      // Unchanged paths are not written: parsing a long `d` is the costly part of drawing transfers.
      if (d !== entry.d) entry.path.setAttribute('d', (entry.d = d));
      if (entry.motion !== this.#motion) {
        entry.motion = this.#motion;
        entry.path.setAttribute('class', `v-t v-t-${kind} ${this.#motion ? 'v-t-dots' : 'v-t-lines'}`);
      }
    }
  }
}
