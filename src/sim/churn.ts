import { createDistributionCore, resolveDistributionRun } from './distribution.ts';
import { createEventHeap } from './heap.ts';
import { createRng, type Rng } from './rng.ts';
import type { ChurnParams, ChurnResult } from './types.ts';
import { failureIntervals, LIMITS, nonNegative, positive } from './validate.ts';

/**
 * Peers that come and go: each online peer leaves after an exponential
 * session (rate leaveRate) and returns after an exponential absence (rate
 * joinRate). Exponential on/off times keep the model simple and memoryless;
 * measured sessions are heavier-tailed (Stutzbach & Rejaie, IMC 2006), so
 * this understates how long some peers stay and how briefly many do.
 */
export interface ChurnProcess {
  readonly onlineCount: number;
  nextEventTime(): number;
  /** Applies the earliest toggle and returns the node that changed. */
  processNext(): number;
  isOnline(node: number): boolean;
}

export function createChurnProcess(nodes: number, leaveRate: number, joinRate: number, rng: Rng, start = 0): ChurnProcess {
  const timers = createEventHeap(nodes);
  const online = new Uint8Array(nodes).fill(1);
  let onlineCount = nodes;
  if (leaveRate > 0) for (let node = 0; node < nodes; node++) timers.set(node, start + rng.exponential(leaveRate));
  return {
    get onlineCount() {
      return onlineCount;
    },
    nextEventTime: () => timers.peekTime(),
    processNext() {
      const at = timers.peekTime();
      const node = timers.pop();
      const nowOnline = online[node] === 0;
      online[node] = nowOnline ? 1 : 0;
      onlineCount += nowOnline ? 1 : -1;
      const wait = rng.exponential(nowOnline ? leaveRate : joinRate);
      if (wait < Infinity) timers.set(node, at + wait);
      return node;
    },
    isOnline: (node) => online[node] === 1,
  };
}

const clampShare = (share: number): number => Math.min(1, Math.max(0, share));

/**
 * Distributes a file while peers churn and the server may fail, and
 * measures how available the content was: the share of time in which every
 * chunk sat on at least one online node. Client-server content lives only
 * on the server; in p2p, peers that hold chunks keep serving them while the
 * server is down, and a chunk is lost only while all its holders are away.
 */
export function simulateChurn(p: ChurnParams): ChurnResult {
  const run = resolveDistributionRun(p);
  const leaveRate = nonNegative('leaveRate', p.leaveRate, LIMITS.maxEventRate);
  const joinRate = nonNegative('joinRate', p.joinRate, LIMITS.maxEventRate);
  const duration = positive('duration', p.duration, LIMITS.maxSeconds);
  const outages = failureIntervals(p.failures);
  const rng = createRng(run.seed);
  const churn = createChurnProcess(run.n, leaveRate, joinRate, createRng(rng.fork()));
  const core = run.n > 0 ? createDistributionCore(run) : null;
  const server = run.n;

  let now = 0;
  let events = 0;
  let outageIndex = 0;
  let serverDown = false;
  let unavailableTime = 0;
  let onlinePeerSeconds = 0;

  while (core !== null && core.doneCount < run.n && events < LIMITS.maxEvents) {
    const outage = outages[outageIndex];
    const nextEdge = outage === undefined ? Infinity : serverDown ? outage[1] : outage[0];
    const nextChurn = churn.nextEventTime();
    const next = Math.min(core.nextEventTime(), nextChurn, nextEdge);
    if (next > duration) break;
    if (core.unavailableChunks > 0) unavailableTime += next - now;
    onlinePeerSeconds += churn.onlineCount * (next - now);
    now = next;
    events++;
    if (next === nextEdge) {
      core.setTime(next);
      serverDown = !serverDown;
      if (!serverDown) outageIndex++;
      core.setOnline(server, !serverDown);
    } else if (next === nextChurn) {
      core.setTime(next);
      const node = churn.processNext();
      core.setOnline(node, churn.isOnline(node));
    } else {
      core.processNext();
    }
  }

  const completionTimes = core === null ? [] : Array.from(core.completionTimes, (t) => (t >= 0 ? t : null));
  const completed = core === null ? 0 : core.doneCount;
  const allDone = completed === run.n;
  const end = allDone ? completionTimes.reduce<number>((latest, t) => Math.max(latest, t ?? 0), 0) : Math.min(duration, events >= LIMITS.maxEvents ? now : duration);
  if (!allDone && core !== null) {
    if (core.unavailableChunks > 0) unavailableTime += end - now;
    onlinePeerSeconds += churn.onlineCount * (end - now);
  }
  return {
    mode: run.mode,
    makespan: allDone ? end : null,
    completed,
    completionTimes,
    // Shares are sums of many intervals; clamp away the last-bit rounding.
    availability: end > 0 ? clampShare(1 - unavailableTime / end) : 1,
    unavailableTime,
    meanOnlineShare: end > 0 && run.n > 0 ? clampShare(onlinePeerSeconds / (run.n * end)) : 1,
    bitsDelivered: core === null ? 0 : core.bitsDelivered,
    simulatedTime: end,
  };
}
