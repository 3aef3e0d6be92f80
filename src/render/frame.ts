/**
 * What the page needs of a model's state to draw it and to describe it, packed into typed arrays:
 * a worker's message is copied (or its buffers moved), and 200 node objects and as many transfer
 * objects took the page over a millisecond to unpack on every frame.
 */
import type { Architecture, SimMetrics, SimulationState, Workload } from '../sim/types.ts';
import { NODE_STATUSES, type NodeStatus } from './glyphs.ts';

export interface ViewFrame {
  architecture: Architecture;
  workload: Workload;
  /** Simulated seconds since the start. */
  time: number;
  serverOnline: boolean;
  queueLength: number;
  metrics: SimMetrics;
  /** Each client's or peer's state (model node i + 1), as an index into NODE_STATUSES. */
  statuses: Uint8Array;
  /** Four numbers per transfer: sender, receiver (model node ids), progress 0..1, and 1 for a response or chunk, 0 for a request. */
  transfers: Float32Array;
}

export const TRANSFER_STRIDE = 4;

/** Each state's index in NODE_STATUSES: the code a frame uses for it. */
export const STATUS_INDEX = Object.fromEntries(NODE_STATUSES.map((s, i) => [s, i])) as Record<NodeStatus, number>;

export function toFrame(state: SimulationState): ViewFrame {
  const clients = state.nodes.length - 1;
  const statuses = new Uint8Array(clients);
  for (let i = 0; i < clients; i++) statuses[i] = STATUS_INDEX[state.nodes[i + 1]!.status];
  const transfers = new Float32Array(state.transfers.length * TRANSFER_STRIDE);
  state.transfers.forEach((t, i) => {
    transfers.set([t.from, t.to, t.progress, t.kind === 'request' ? 0 : 1], i * TRANSFER_STRIDE);
  });
  const { architecture, workload, time, serverOnline, queueLength, metrics } = state;
  return { architecture, workload, time, serverOnline, queueLength, metrics, statuses, transfers };
}

/** How many clients or peers are in `status`. */
export function countStatus(frame: ViewFrame, status: NodeStatus): number {
  const index = STATUS_INDEX[status];
  let n = 0;
  for (const s of frame.statuses) if (s === index) n++;
  return n;
}
