import type { DistributionParams, MinDistributionTimes } from './types.ts';
import { bitRate, integer, LIMITS, perPeer, positive } from './validate.ts';

/** Checked distribution parameters with per-peer rates expanded. */
export interface ResolvedDistribution {
  n: number;
  fileBits: number;
  serverUpload: number;
  upload: Float64Array;
  download: Float64Array;
}

export function resolveDistribution(p: DistributionParams): ResolvedDistribution {
  if (typeof p !== 'object' || p === null) throw new RangeError('parameters must be an object');
  const n = integer('n', p.n, 0, LIMITS.maxPeers);
  return {
    n,
    fileBits: positive('fileBits', p.fileBits, LIMITS.maxFileBits),
    serverUpload: bitRate('serverUpload', p.serverUpload, false),
    upload: perPeer('peerUpload', p.peerUpload, n, true),
    download: perPeer('peerDownload', p.peerDownload, n, false),
  };
}

export function boundsOf(r: ResolvedDistribution): MinDistributionTimes {
  if (r.n === 0) return { clientServer: 0, p2p: 0 };
  let minDownload = Infinity;
  let totalUpload = r.serverUpload;
  for (let i = 0; i < r.n; i++) {
    minDownload = Math.min(minDownload, r.download[i] as number);
    totalUpload += r.upload[i] as number;
  }
  const slowestPeer = r.fileBits / minDownload;
  return {
    // The server alone must upload N copies; the slowest peer must download one.
    clientServer: Math.max((r.n * r.fileBits) / r.serverUpload, slowestPeer),
    // The server must upload at least one copy; all N copies share every node's upload.
    p2p: Math.max(r.fileBits / r.serverUpload, slowestPeer, (r.n * r.fileBits) / totalUpload),
  };
}

/** Minimum distribution times of Kurose & Ross §2.5 (D_p2p is achievable: Kumar & Ross 2006). */
export function minDistributionTime(p: DistributionParams): MinDistributionTimes {
  return boundsOf(resolveDistribution(p));
}

/**
 * Erlang C: the probability that an arrival has to wait in an M/M/c queue
 * with offered traffic a = λ/μ erlangs (needs a < c). Computed through the
 * Erlang B recursion, which stays stable for large c where a^c / c! would
 * overflow.
 */
export function erlangC(servers: number, traffic: number): number {
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (traffic * blocking) / (k + traffic * blocking);
  return (servers * blocking) / (servers - traffic * (1 - blocking));
}

/**
 * Mean time in system of M/M/c: T = C(c, a) / (cμ − λ) + 1/μ, with λ the
 * total arrival rate. For c = 1 this is the M/M/1 value 1 / (μ − λ).
 * Infinity when λ >= cμ (no steady state).
 */
export function meanTimeInSystem(arrivalRate: number, serviceRate: number, servers = 1): number {
  if (arrivalRate >= servers * serviceRate) return Infinity;
  if (arrivalRate === 0) return 1 / serviceRate;
  const wait = erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
  return wait + 1 / serviceRate;
}
