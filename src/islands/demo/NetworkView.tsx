/** One architecture's drawing. React renders the frame once; NetworkRenderer draws each frame. */
import { useEffect, useRef } from 'react';
import { NetworkRenderer, SCENE, type ViewKind } from '../../render/network-canvas.ts';
import type { DemoController } from './controller.ts';
import { palette, watchPalette } from './palette.ts';

interface Props {
  controller: DemoController;
  side: 'cs' | 'p2p';
  kind: ViewKind;
  title: string;
  motion: boolean;
}

export default function NetworkView({ controller, side, kind, title, motion }: Props) {
  const links = useRef<HTMLCanvasElement>(null);
  const nodes = useRef<HTMLCanvasElement>(null);
  const transfers = useRef<SVGGElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);

  useEffect(() => {
    const [l, n] = [links.current, nodes.current].map((c) => c?.getContext('2d') ?? null);
    const t = transfers.current;
    if (!l || !n || !t) return;
    const r = new NetworkRenderer({ links: l, nodes: n, transfers: t }, kind, palette(), () => document.createElement('canvas'));
    renderer.current = r;
    const current = () => (side === 'cs' ? controller.states.cs : controller.states.p2p);
    const off = controller.onFrame((cs, p2p, settle) => r.render(side === 'cs' ? cs : p2p, settle));
    // A full drawing waits for tasks of its own (one per layer): in the frame that sizes the layers it
    // would add to the player's first layout, and the two together made one long task.
    let pending = 0;
    const drawSoon = () => {
      pending ||= window.setTimeout(() => {
        pending = 0;
        if (r.drawNext(current())) drawSoon();
      }, 0);
    };
    const unwatch = watchPalette(() => {
      r.setPalette(palette());
      drawSoon();
    });
    // Bitmaps match the device pixels the layers cover, so the drawing stays sharp at any zoom.
    const resize = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const device = entry.devicePixelContentBoxSize?.[0]?.inlineSize;
      r.resize(device ?? entry.contentRect.width * devicePixelRatio);
      drawSoon();
    });
    resize.observe(l.canvas);
    return () => {
      off();
      unwatch();
      resize.disconnect();
      window.clearTimeout(pending);
      renderer.current = null;
    };
  }, [controller, side, kind]);

  useEffect(() => {
    renderer.current?.setMotion(motion);
    const { cs, p2p } = controller.states;
    renderer.current?.render(side === 'cs' ? cs : p2p);
  }, [motion, controller, side]);

  return (
    <figure className="demo-view">
      <figcaption className="demo-view-title">{title}</figcaption>
      {/* The drawing's words are in the live summary below both views. Three stacked layers: links
          (still) and nodes (redrawn a few times a second) on canvases, transfers (every frame) in an
          SVG, so what changes often does not repaint what does not. */}
      <div className="demo-canvas">
        <canvas ref={links} width={SCENE.width} height={SCENE.height} aria-hidden="true" className="demo-layer" />
        <canvas ref={nodes} width={SCENE.width} height={SCENE.height} aria-hidden="true" className="demo-layer-over" />
        <svg viewBox={`0 0 ${SCENE.width} ${SCENE.height}`} aria-hidden="true" focusable="false" className="demo-layer-over">
          <g ref={transfers} />
        </svg>
      </div>
    </figure>
  );
}
