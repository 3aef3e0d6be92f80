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
  const layer = useRef<SVGGElement>(null);
  const overlay = useRef<SVGGElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);

  useEffect(() => {
    if (!layer.current || !overlay.current) return;
    const r = new NetworkRenderer(layer.current, kind, overlay.current);
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
      {/* The drawing's words are in the live summary below both views. The transfers have an SVG
          of their own on top, so moving dots do not repaint the network beneath them. */}
      <div className="demo-canvas">
        <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg">
          <g ref={layer} />
        </svg>
        <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg-over">
          <g ref={overlay} className="v-transfers" />
        </svg>
      </div>
    </figure>
  );
}
