/** One architecture's drawing. React renders the frame once; NetworkRenderer updates it each frame. */
import { useEffect, useRef } from 'react';
import { NetworkRenderer, type ViewKind } from '../../render/network-svg.ts';
import type { DemoController } from './controller.ts';

interface Props {
  controller: DemoController;
  side: 'cs' | 'p2p';
  kind: ViewKind;
  title: string;
  motion: boolean;
}

export default function NetworkView({ controller, side, kind, title, motion }: Props) {
  const links = useRef<SVGGElement>(null);
  const nodes = useRef<SVGGElement>(null);
  const transfers = useRef<SVGGElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);

  useEffect(() => {
    if (!links.current || !nodes.current || !transfers.current) return;
    const r = new NetworkRenderer({ links: links.current, nodes: nodes.current, transfers: transfers.current }, kind);
    renderer.current = r;
    const off = controller.onFrame((cs, p2p, settle) => r.render(side === 'cs' ? cs : p2p, settle));
    return () => {
      off();
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
      {/* The drawing's words are in the live summary below both views. Three stacked SVGs, each on
          a layer of its own: links (still), nodes (redrawn a few times a second), transfers (every
          frame), so what changes often does not repaint what does not. */}
      <div className="demo-canvas">
        <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg">
          <g ref={links} />
        </svg>
        <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg-over">
          <g ref={nodes} />
        </svg>
        <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg-over">
          <g ref={transfers} className="v-transfers" />
        </svg>
      </div>
    </figure>
  );
}
