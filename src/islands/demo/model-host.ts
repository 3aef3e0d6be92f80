/**
 * The demo's two models (client-server and P2P) behind messages, so they can run in a worker and the
 * page's thread only draws. A command goes in, a report of both sides comes out. The worker
 * (model.worker.ts) wraps it; tests run it in-thread.
 */
import { createSimulation } from '../../sim/index.ts';
import type { Simulation } from '../../sim/types.ts';
import { toSimConfig } from './config.ts';
import { toFrame, type ViewFrame } from '../../render/frame.ts';
import type { DemoParams } from './params.ts';

/** Every command carries the run's generation; a report from an earlier run is stale and dropped. */
export type ModelCommand =
  | { type: 'create'; generation: number; params: DemoParams; serverOnline: boolean }
  /** budgetMs: stop at an event boundary after this long; the clock catches up on the next advance. */
  | { type: 'advance'; generation: number; simSeconds: number; budgetMs?: number }
  | { type: 'server'; generation: number; online: boolean };

export interface ModelReport {
  generation: number;
  /** Which command this answers: a report for Step, Reset or a server change is drawn exactly. */
  cause: ModelCommand['type'];
  cs: ViewFrame;
  p2p: ViewFrame;
  csDone: boolean;
  p2pDone: boolean;
}

/** Where commands go and reports come from: a worker, or the same code in-thread. */
export interface ModelPort {
  send(command: ModelCommand): void;
  onReport: ((report: ModelReport) => void) | null;
  dispose(): void;
}

export function createModelHost(now: () => number) {
  let cs: Simulation | null = null;
  let p2p: Simulation | null = null;

  return function handle(command: ModelCommand): ModelReport | null {
    if (command.type === 'create') {
      cs = createSimulation(toSimConfig(command.params, 'client-server'), command.params.seed);
      p2p = createSimulation(toSimConfig(command.params, 'p2p'), command.params.seed);
      if (!command.serverOnline) {
        cs.setServerOnline(false);
        p2p.setServerOnline(false);
      }
    } else if (!cs || !p2p) {
      return null;
    } else if (command.type === 'server') {
      cs.setServerOnline(command.online);
      p2p.setServerOnline(command.online);
    } else {
      const start = now();
      const budget = command.budgetMs ?? Infinity;
      const deadline = start + budget;
      // The first side may use half of the budget, the second what is left.
      const half = start + budget / 2;
      if (!cs.done) cs.advance(command.simSeconds, () => now() > half);
      if (!p2p.done) p2p.advance(command.simSeconds, () => now() > deadline);
    }
    return { generation: command.generation, cause: command.type, cs: toFrame(cs.state), p2p: toFrame(p2p.state), csDone: cs.done, p2pDone: p2p.done };
  };
}
