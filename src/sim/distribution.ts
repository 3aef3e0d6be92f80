import { boundsOf, resolveDistribution, type ResolvedDistribution } from './analytic.ts';
import { createFluidServer } from './fluid.ts';
import { createRng } from './rng.ts';
import { createSwarm } from './swarm.ts';
import type { Architecture, DistributionCore, DistributionResult, DistributionSimParams } from './types.ts';
import { integer, LIMITS, oneOf, seedOf } from './validate.ts';

export const DEFAULT_CHUNKS = 100;

const ARCHITECTURES: readonly Architecture[] = ['client-server', 'p2p'];

export interface ResolvedDistributionRun extends ResolvedDistribution {
  mode: Architecture;
  chunks: number;
  seed: number;
}

export function resolveDistributionRun(p: DistributionSimParams): ResolvedDistributionRun {
  const base = resolveDistribution(p);
  const mode = oneOf('mode', p.mode, ARCHITECTURES);
  const chunks = p.chunks === undefined ? DEFAULT_CHUNKS : integer('chunks', p.chunks, 1, LIMITS.maxChunks);
  if (mode === 'p2p' && base.n * chunks > LIMITS.maxPeerChunks) {
    throw new RangeError(
      `n × chunks must be at most ${LIMITS.maxPeerChunks} for p2p (got ${base.n} × ${chunks} = ${base.n * chunks})`,
    );
  }
  return { ...base, mode, chunks, seed: seedOf(p.seed) };
}

/** The engine for a run: a fluid server for client-server, a chunk swarm for p2p. */
export function createDistributionCore(run: ResolvedDistributionRun): DistributionCore {
  if (run.mode === 'client-server') {
    return createFluidServer({
      clients: run.n,
      fileBits: run.fileBits,
      serverUpload: run.serverUpload,
      download: run.download,
      chunks: run.chunks,
    });
  }
  return createSwarm({
    peers: run.n,
    chunks: run.chunks,
    fileBits: run.fileBits,
    serverUpload: run.serverUpload,
    peerUpload: run.upload,
    peerDownload: run.download,
    rng: createRng(run.seed),
  });
}

/**
 * Simulates distributing one file to n peers until all have it. The
 * makespan can never beat the analytic bound (every rate limit is
 * respected), and for p2p with >= 100 chunks it typically lands within a
 * few per cent of it: see BENCHMARKS.md and content/about-the-model.md.
 */
export function simulateDistribution(p: DistributionSimParams): DistributionResult {
  const run = resolveDistributionRun(p);
  const bounds = boundsOf(run);
  const bound = run.mode === 'p2p' ? bounds.p2p : bounds.clientServer;
  if (run.n === 0) {
    return { mode: run.mode, makespan: 0, completionTimes: [], bitsDelivered: 0, bound, ratioToBound: 1, events: 0 };
  }
  const core = createDistributionCore(run);
  while (core.doneCount < run.n && core.processNext()) {
    // Every iteration handles one completion; the loop ends when all peers are done.
  }
  if (core.doneCount < run.n) throw new Error('simulateDistribution stalled before every peer finished');
  const completionTimes = Array.from(core.completionTimes);
  const makespan = completionTimes.reduce((latest, t) => Math.max(latest, t), 0);
  return {
    mode: run.mode,
    makespan,
    completionTimes,
    bitsDelivered: core.bitsDelivered,
    bound,
    ratioToBound: bound > 0 ? makespan / bound : 1,
    events: core.events,
  };
}
