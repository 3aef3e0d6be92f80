import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_STATUSES, type NodeStatus } from '../../src/render/glyphs';
import { toFrame, TRANSFER_STRIDE, type ViewFrame } from '../../src/render/frame';
import { NetworkRenderer, positionsFor, type Layers, type Palette } from '../../src/render/network-canvas';

type Call = [string, ...unknown[]];

/** A 2D context that records what is drawn: method calls and property writes, in order. */
function recordingContext(size = 400) {
  const calls: Call[] = [];
  const target = { canvas: { width: size, height: size } };
  const ctx = new Proxy(target, {
    get: (t, prop) => (prop in t ? t[prop as 'canvas'] : (...args: unknown[]) => calls.push([String(prop), ...args])),
    set: (_t, prop, value) => (calls.push([`${String(prop)}=`, value]), true),
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls, canvas: target.canvas, clear: () => (calls.length = 0) };
}

/** An SVG group that keeps its paths' attributes. */
function recordingGroup() {
  const paths: Map<string, string>[] = [];
  const group = {
    ownerDocument: {
      createElementNS: () => {
        const attrs = new Map<string, string>();
        paths.push(attrs);
        return { setAttribute: (k: string, v: string) => attrs.set(k, v) };
      },
    },
    append: () => {},
  } as unknown as SVGGElement;
  return { group, paths };
}

const PALETTE: Palette = { fg: '#000', surface: '#fff', surface2: '#eee', border: '#ccc', accent: '#00f', accent2: '#f80', accentBg: '#eef', ok: '#080', bad: '#f00', font: 'sans-serif' };

function frame(statuses: NodeStatus[], time = 0, transfers: [number, number, number, 0 | 1][] = [], workload: ViewFrame['workload'] = 'file'): ViewFrame {
  const packed = new Float32Array(transfers.flat());
  return {
    architecture: 'client-server',
    workload,
    time,
    serverOnline: true,
    queueLength: 0,
    metrics: {} as ViewFrame['metrics'],
    statuses: Uint8Array.from(statuses.map((s) => NODE_STATUSES.indexOf(s))),
    transfers: packed,
  };
}

function setUp(kind: 'star' | 'mesh' = 'star') {
  const links = recordingContext();
  const nodes = recordingContext();
  const atlas = recordingContext();
  const transfers = recordingGroup();
  const layers: Layers = { links: links.ctx, nodes: nodes.ctx, transfers: transfers.group };
  const renderer = new NetworkRenderer(layers, kind, PALETTE, () => ({ ...atlas.canvas, getContext: () => atlas.ctx }) as unknown as HTMLCanvasElement);
  /** The status cell each node was copied from, in drawing order. */
  const drawnLooks = () =>
    nodes.calls.filter((c) => c[0] === 'drawImage').map((c) => NODE_STATUSES[(c[2] as number) / (c[4] as number)]);
  return { renderer, links, nodes, transfers, drawnLooks };
}

beforeAll(() => {
  // Path2D is a browser class; the renderer only hands these to the (recording) context.
  (globalThis as { Path2D?: unknown }).Path2D ??= class {
    constructor(readonly d?: string) {}
  };
});

describe('the demo renderer', () => {
  it('draws nothing until its layers know their size', () => {
    const { renderer, links, nodes } = setUp();
    renderer.render(frame(['idle', 'idle']));
    expect(links.calls).toEqual([]);
    expect(nodes.calls).toEqual([]);
  });

  it('scales the 400-unit scene to the bitmap and draws each link and each node once', () => {
    const { renderer, links, nodes, drawnLooks } = setUp();
    renderer.resize(800);
    expect(links.canvas.width).toBe(800);
    expect(nodes.canvas.height).toBe(800);
    renderer.render(frame(['idle', 'requesting', 'done']));
    expect(links.calls).toContainEqual(['setTransform', 2, 0, 0, 2, 0, 0]);
    expect(links.calls.filter((c) => c[0] === 'lineTo')).toHaveLength(3);
    expect(drawnLooks()).toEqual(['idle', 'requesting', 'done']);
    // Each node is centred on its place in the star, in device pixels.
    const at = positionsFor('star', 3);
    const copies = nodes.calls.filter((c) => c[0] === 'drawImage');
    copies.forEach((c, i) => {
      const size = c[4] as number;
      expect(Math.abs((c[6] as number) + size / 2 - 2 * at[i + 1]!.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs((c[7] as number) + size / 2 - 2 * at[i + 1]!.y)).toBeLessThanOrEqual(0.5);
    });
  });

  it('can spread a first drawing over calls: the links, then everything else', () => {
    const { renderer, links, drawnLooks } = setUp('mesh');
    renderer.resize(400);
    const f = frame(['idle', 'done', 'offline', 'idle']);
    expect(renderer.drawNext(f)).toBe(true);
    expect(links.calls.some((c) => c[0] === 'stroke')).toBe(true);
    expect(drawnLooks()).toEqual([]);
    expect(renderer.drawNext(f)).toBe(false);
    expect(drawnLooks()).toEqual(['idle', 'done', 'offline', 'idle']);
  });

  it('redraws node looks at most every half settle period while playing, and at once when forced', () => {
    const { renderer, nodes, drawnLooks } = setUp();
    renderer.resize(400);
    renderer.render(frame(['idle', 'idle'], 0), 1);
    nodes.clear();
    renderer.render(frame(['requesting', 'idle'], 0.2), 1);
    expect(drawnLooks()).toEqual([]);
    renderer.render(frame(['requesting', 'idle'], 0.6), 1);
    expect(drawnLooks()).toEqual(['requesting', 'idle']);
    nodes.clear();
    renderer.render(frame(['requesting', 'done'], 0.61), 0);
    expect(drawnLooks()).toEqual(['requesting', 'done']);
  });

  it('keeps a peer between two chunks looking busy for the settle time in a file run, not in a request run', () => {
    for (const workload of ['file', 'requests'] as const) {
      const { renderer, nodes, drawnLooks } = setUp();
      renderer.resize(400);
      renderer.render(frame(['downloading'], 0, [], workload), 1);
      nodes.clear();
      renderer.render(frame(['idle'], 0.6, [], workload), 1);
      expect(drawnLooks()).toEqual(workload === 'file' ? [] : ['idle']);
      renderer.render(frame(['idle'], 1.7, [], workload), 1);
      expect(drawnLooks().at(-1)).toBe('idle');
    }
  });

  it('draws each transfer as a dot where it has got to, or as its whole link with motion off', () => {
    const { renderer, transfers } = setUp();
    renderer.resize(400);
    const at = positionsFor('star', 2);
    // Server (node 0) to client 2, a quarter of the way; client 1 to the server, a request.
    renderer.render(frame(['downloading', 'requesting'], 1, [[0, 2, 0.25, 1], [1, 0, 0.5, 0]]));
    const [request, reply] = [0, 1].map((i) => transfers.paths.find((p) => p.get('class')?.includes(i === 0 ? 'request' : 'reply'))!.get('d'));
    const x = at[0]!.x + (at[2]!.x - at[0]!.x) * 0.25;
    const y = at[0]!.y + (at[2]!.y - at[0]!.y) * 0.25;
    expect(reply).toBe(`M${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}h0`);
    expect(request).toMatch(/^M[\d.]+ [\d.]+h0$/);
    renderer.setMotion(false);
    renderer.render(frame(['downloading', 'requesting'], 1, [[0, 2, 0.25, 1]]));
    const lines = transfers.paths.find((p) => p.get('class')?.includes('reply'))!;
    expect(lines.get('class')).toContain('v-t-lines');
    expect(lines.get('d')).toBe(`M${at[0]!.x} ${at[0]!.y}L${Math.round(at[2]!.x * 10) / 10} ${Math.round(at[2]!.y * 10) / 10}`);
  });
});

describe('view frames', () => {
  it('pack node states and transfers from a model state', () => {
    const f = toFrame({
      architecture: 'p2p',
      workload: 'file',
      time: 3,
      done: false,
      serverOnline: false,
      queueLength: 0,
      metrics: {} as ViewFrame['metrics'],
      nodes: [
        { id: 0, role: 'server', online: false, status: 'offline', progress: 1, load: 0, queueLength: 0 },
        { id: 1, role: 'peer', online: true, status: 'downloading', progress: 0.5, load: 0, queueLength: 0 },
        { id: 2, role: 'peer', online: false, status: 'offline', progress: 0, load: 0, queueLength: 0 },
      ],
      transfers: [{ id: 'a', from: 1, to: 2, progress: 0.5, kind: 'chunk', chunk: 3 }],
    });
    expect([...f.statuses].map((s) => NODE_STATUSES[s])).toEqual(['downloading', 'offline']);
    expect([...f.transfers]).toEqual([1, 2, 0.5, 1]);
    expect(f.transfers.length / TRANSFER_STRIDE).toBe(1);
    expect(f).toMatchObject({ architecture: 'p2p', time: 3, serverOnline: false });
  });
});
