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
  /** Unique per island, so two demos on one page do not share symbol ids. */
  idPrefix: string;
}

/**
 * Node shapes by state, so state never depends on colour alone. Styles do not reach inside a <use>,
 * so the shapes inherit fill and stroke from their node and draw details in currentColor.
 */
function Symbols({ id }: { id: string }) {
  return (
    <defs>
      <symbol id={`${id}-idle`} viewBox="-10 -10 20 20" overflow="visible"><circle r="9" /></symbol>
      <symbol id={`${id}-requesting`} viewBox="-10 -10 20 20" overflow="visible"><path d="M0 -10 L10 0 L0 10 L-10 0 Z" /></symbol>
      <symbol id={`${id}-downloading`} viewBox="-10 -10 20 20" overflow="visible"><circle r="9" /><path fill="currentColor" stroke="none" d="M0 -9 A9 9 0 0 1 0 9 Z" /></symbol>
      <symbol id={`${id}-done`} viewBox="-10 -10 20 20" overflow="visible"><circle r="9" /><path fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" d="M-4.5 0 l3 3.5 l6 -7" /></symbol>
      <symbol id={`${id}-offline`} viewBox="-10 -10 20 20" overflow="visible"><circle r="9" /><path fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" d="M-4.5 -4.5 l9 9 M4.5 -4.5 l-9 9" /></symbol>
      <symbol id={`${id}-glyph-server`} viewBox="-16 -16 32 32" overflow="visible"><path fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" d="M-8 -6 h16 M-8 0 h16 M-8 6 h16" /></symbol>
      <symbol id={`${id}-glyph-offline`} viewBox="-16 -16 32 32" overflow="visible"><path fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" d="M-8 -8 l16 16 M8 -8 l-16 16" /></symbol>
    </defs>
  );
}

export default function NetworkView({ controller, side, kind, title, motion, idPrefix }: Props) {
  const layer = useRef<SVGGElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);
  const symbols = `${idPrefix}-${side}`;

  useEffect(() => {
    if (!layer.current) return;
    const r = new NetworkRenderer(layer.current, kind, symbols);
    renderer.current = r;
    const off = controller.onFrame((cs, p2p) => r.render(side === 'cs' ? cs : p2p));
    return () => {
      off();
      renderer.current = null;
    };
  }, [controller, side, kind, symbols]);

  useEffect(() => {
    renderer.current?.setMotion(motion);
    const { cs, p2p } = controller.states;
    renderer.current?.render(side === 'cs' ? cs : p2p);
  }, [motion, controller, side]);

  return (
    <figure className="demo-view">
      <figcaption className="demo-view-title">{title}</figcaption>
      {/* The drawing's words are in the live summary below both views. */}
      <svg viewBox="0 0 400 400" aria-hidden="true" focusable="false" className="demo-svg">
        <Symbols id={symbols} />
        <g ref={layer} />
      </svg>
    </figure>
  );
}
