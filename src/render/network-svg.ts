/**
 * Draws a simulation state into an SVG group, imperatively: nodes are created once per run and only
 * their changed attributes are touched each frame, so 200 clients animate without re-rendering a
 * component tree. It reads state; it never changes the model.
 */
import type { SimulationState } from '../sim/types.ts';
import { along, meshLayout, meshLinks, starLayout, type Point, type SceneSize } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const SCENE: SceneSize = { width: 400, height: 400, margin: 30 };
const MAX_QUEUE_BARS = 16;

export type ViewKind = 'star' | 'mesh';

type Status = 'idle' | 'requesting' | 'downloading' | 'done' | 'offline';

const CIRCLE = 'M-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0Z';
/**
 * Each state is a shape plus a mark, so state never depends on colour alone: circle (idle), diamond
 * (requesting), half-filled (downloading), tick (done), cross (offline). Plain paths whose `d`
 * changes: swapping a <use> reference rebuilds its shadow tree, which is slow with 200 nodes.
 */
const LOOKS: Record<Status, { shape: string; mark: string; markClass: string }> = {
  idle: { shape: CIRCLE, mark: '', markClass: 'v-mark' },
  requesting: { shape: 'M0 -10L10 0L0 10L-10 0Z', mark: '', markClass: 'v-mark' },
  downloading: { shape: CIRCLE, mark: 'M0 -9A9 9 0 0 1 0 9Z', markClass: 'v-mark v-mark-fill' },
  done: { shape: CIRCLE, mark: 'M-4.5 0l3 3.5l6 -7', markClass: 'v-mark v-mark-line' },
  offline: { shape: CIRCLE, mark: 'M-4.5 -4.5l9 9M4.5 -4.5l-9 9', markClass: 'v-mark v-mark-line' },
};
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
  #root: SVGGElement;
  #kind: ViewKind;
  #positions: Point[] = [];
  #nodes: { g: SVGGElement; shape: SVGPathElement; mark: SVGPathElement; status: string }[] = [];
  #serverMark?: SVGPathElement;
  #server?: SVGGElement;
  #queue?: SVGGElement;
  #queueShown = -1;
  #transfers: SVGGElement;
  /** One path per transfer kind: hundreds of moving dots cost three attribute writes a frame. */
  #paths = new Map<string, SVGPathElement>();
  #count = -1;
  #motion = true;

  constructor(root: SVGGElement, kind: ViewKind) {
    this.#root = root;
    this.#kind = kind;
    this.#transfers = el('g', { class: 'v-transfers' });
  }

  /** With motion off, a transfer is a highlighted link rather than a dot travelling along it. */
  setMotion(motion: boolean) {
    if (motion === this.#motion) return;
    this.#motion = motion;
  }

  #build(clients: number) {
    this.#root.replaceChildren();
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
    this.#root.append(links, this.#transfers);
    const r = nodeRadius(clients);
    this.#server = el('g', { class: 'v-server', transform: `translate(${server!.x} ${server!.y})` });
    this.#serverMark = el('path', { class: 'v-mark v-mark-line', d: SERVER_MARK.online });
    this.#server.append(el('rect', { x: -16, y: -16, width: 32, height: 32, rx: 5 }), this.#serverMark);
    this.#queue = el('g', { class: 'v-queue', transform: `translate(${server!.x + 20} ${server!.y - 6})` });
    this.#queueShown = -1;
    this.#root.append(this.#server, this.#queue);
    this.#nodes = others.map((p) => {
      const g = el('g', { class: 'v-node v-idle', transform: `translate(${p.x} ${p.y}) scale(${r / 10})` });
      const shape = el('path', { class: 'v-shape', d: LOOKS.idle.shape });
      const mark = el('path', { class: LOOKS.idle.markClass, d: LOOKS.idle.mark });
      g.append(shape, mark);
      this.#root.append(g);
      return { g, shape, mark, status: 'idle' };
    });
    this.#count = clients;
  }

  render(state: SimulationState) {
    const clients = state.nodes.length - 1;
    if (clients !== this.#count) this.#build(clients);
    this.#server?.setAttribute('class', state.serverOnline ? 'v-server' : 'v-server v-offline');
    this.#serverMark?.setAttribute('d', state.serverOnline ? SERVER_MARK.online : SERVER_MARK.offline);
    for (let i = 1; i < state.nodes.length; i++) {
      const node = state.nodes[i]!;
      const view = this.#nodes[i - 1]!;
      if (node.status !== view.status) {
        const before = LOOKS[view.status as Status];
        const look = LOOKS[node.status];
        view.status = node.status;
        view.g.setAttribute('class', `v-node v-${node.status}`);
        if (look.shape !== before.shape) view.shape.setAttribute('d', look.shape);
        if (look.mark !== before.mark) view.mark.setAttribute('d', look.mark);
        if (look.markClass !== before.markClass) view.mark.setAttribute('class', look.markClass);
      }
    }
    this.#renderQueue(this.#kind === 'star' ? state.queueLength : 0);
    this.#renderTransfers(state);
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

  #pathFor(kind: string): SVGPathElement {
    let path = this.#paths.get(kind);
    if (!path) {
      path = el('path', { class: `v-t v-t-${kind}` });
      this.#paths.set(kind, path);
      this.#transfers.append(path);
    }
    return path;
  }

  #renderTransfers(state: SimulationState) {
    const parts = new Map<string, string[]>();
    for (const t of state.transfers) {
      const a = this.#positions[t.from];
      const b = this.#positions[t.to];
      if (!a || !b) continue;
      let list = parts.get(t.kind);
      if (!list) parts.set(t.kind, (list = []));
      if (this.#motion) {
        // A zero-length segment with round caps draws a dot where the transfer has got to.
        const p = along(a, b, t.progress);
        list.push(`M${p.x.toFixed(1)} ${p.y.toFixed(1)}h0`);
      } else {
        list.push(`M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`);
      }
    }
    for (const kind of new Set([...this.#paths.keys(), ...parts.keys()])) {
      const path = this.#pathFor(kind);
      path.setAttribute('d', (parts.get(kind) ?? []).join(''));
      path.setAttribute('class', `v-t v-t-${kind} ${this.#motion ? 'v-t-dots' : 'v-t-lines'}`);
    }
  }
}
