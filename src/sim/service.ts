import { meanTimeInSystem } from './analytic.ts';
import { createEventHeap } from './heap.ts';
import { createRng } from './rng.ts';
import { createSampleList } from './samples.ts';
import type { FailurePolicy, ServiceParams, ServiceResult } from './types.ts';
import { failureIntervals, integer, LIMITS, nonNegative, oneOf, positive, seedOf } from './validate.ts';

const POLICIES: readonly FailurePolicy[] = ['fail', 'wait'];

/**
 * Request-response service as a next-event simulation: Poisson arrivals
 * (N clients at λ each merge into one Poisson stream at N·λ), c servers with
 * exponential service at μ, one FIFO queue with an optional limit, and
 * scheduled outages. Time jumps from event to event; the run stops at
 * `duration`, or after maxEvents events (default LIMITS.maxEvents = 10^7,
 * about a second or two; then `truncated` is set), so no rate, however
 * large, can make it hang.
 */
export function simulateService(p: ServiceParams): ServiceResult {
  if (typeof p !== 'object' || p === null) throw new RangeError('parameters must be an object');
  const clients = integer('clients', p.clients, 1, LIMITS.maxClients);
  const requestRate = nonNegative('requestRate', p.requestRate, LIMITS.maxEventRate);
  const serviceRate = positive('serviceRate', p.serviceRate, LIMITS.maxEventRate);
  const servers = p.servers === undefined ? 1 : integer('servers', p.servers, 1, LIMITS.maxServers);
  const queueLimit = p.queueLimit === undefined ? Infinity : integer('queueLimit', p.queueLimit, 0, LIMITS.maxEvents);
  const duration = positive('duration', p.duration, LIMITS.maxSeconds);
  const outages = failureIntervals(p.failures);
  const onFailure = p.onFailure === undefined ? 'fail' : oneOf('onFailure', p.onFailure, POLICIES);
  const rng = createRng(seedOf(p.seed));
  const maxEvents = p.maxEvents === undefined ? LIMITS.maxEvents : integer('maxEvents', p.maxEvents, 1, LIMITS.maxEvents);

  const arrivalRate = clients * requestRate;
  const departures = createEventHeap(servers);
  const heldSince = new Float64Array(servers);
  const pausedFor = new Float64Array(servers).fill(-1);
  const idleServers: number[] = [];
  for (let s = servers - 1; s >= 0; s--) idleServers.push(s);
  const queue = createSampleList();
  let queueHead = 0;
  const latencies = createSampleList();

  let now = 0;
  let events = 0;
  let arrivals = 0;
  let arrivalsWhileUp = 0;
  let dropped = 0;
  let failed = 0;
  let maxQueueLength = 0;
  let busyServerSeconds = 0;
  let downSeconds = 0;
  let down = false;
  let nextArrival = rng.exponential(arrivalRate);
  let outageIndex = 0;
  let truncated = false;

  const waiting = (): number => queue.length - queueHead;
  const busy = (): number => departures.size;
  const startService = (server: number, arrivedAt: number): void => {
    heldSince[server] = arrivedAt;
    departures.set(server, now + rng.exponential(serviceRate));
  };
  const serveQueue = (): void => {
    while (!down && waiting() > 0 && idleServers.length > 0) {
      startService(idleServers.pop() as number, queue.at(queueHead++));
    }
    // Reclaim the consumed front of the queue once it dominates, keeping memory proportional to the line.
    if (queueHead > 4096 && queueHead * 2 > queue.length) {
      queue.dropFront(queueHead);
      queueHead = 0;
    }
  };

  const beginOutage = (): void => {
    down = true;
    for (let s = 0; s < servers; s++) {
      if (!departures.has(s)) continue;
      if (onFailure === 'fail') {
        failed++;
        idleServers.push(s);
      } else {
        // Service is memoryless, but keeping the remainder makes 'wait' exact without relying on it.
        pausedFor[s] = departures.timeOf(s) - now;
      }
      departures.remove(s);
    }
    if (onFailure === 'fail') {
      failed += waiting();
      queue.clear();
      queueHead = 0;
    }
  };

  const endOutage = (): void => {
    down = false;
    for (let s = 0; s < servers; s++) {
      if ((pausedFor[s] as number) < 0) continue;
      departures.set(s, now + (pausedFor[s] as number));
      pausedFor[s] = -1;
    }
    serveQueue();
  };

  const arrive = (): void => {
    arrivals++;
    nextArrival = now + rng.exponential(arrivalRate);
    if (down && onFailure === 'fail') {
      failed++;
      return;
    }
    if (!down) arrivalsWhileUp++;
    if (!down && idleServers.length > 0) {
      startService(idleServers.pop() as number, now);
      return;
    }
    if (waiting() >= queueLimit) {
      dropped++;
      return;
    }
    queue.push(now);
    maxQueueLength = Math.max(maxQueueLength, waiting());
  };

  const depart = (): void => {
    const server = departures.pop();
    latencies.push(now - (heldSince[server] as number));
    idleServers.push(server);
    serveQueue();
  };

  for (;;) {
    const outage = outages[outageIndex];
    const nextEdge = outage === undefined ? Infinity : down ? outage[1] : outage[0];
    const next = Math.min(nextArrival, departures.peekTime(), nextEdge);
    if (next > duration) break;
    if (events >= maxEvents) {
      truncated = true;
      break;
    }
    busyServerSeconds += busy() * (next - now);
    if (down) downSeconds += next - now;
    now = next;
    events++;
    // Ties: outage edges first, then departures, then arrivals.
    if (next === nextEdge) {
      if (down) {
        outageIndex++;
        endOutage();
      } else {
        beginOutage();
      }
    } else if (next === departures.peekTime()) {
      depart();
    } else {
      arrive();
    }
  }
  const end = truncated ? now : duration;
  busyServerSeconds += busy() * (end - now);
  if (down) downSeconds += end - now;

  const completed = latencies.length;
  const offeredLoad = arrivalRate / (servers * serviceRate);
  const stable = offeredLoad < 1;
  const exactFormula = stable && queueLimit === Infinity && outages.length === 0;
  let paused = 0;
  for (let s = 0; s < servers; s++) if ((pausedFor[s] as number) >= 0) paused++;
  return {
    arrivals,
    completed,
    dropped,
    failed,
    inSystem: waiting() + busy() + paused,
    meanLatency: completed > 0 ? latencies.mean() : 0,
    p95Latency: completed > 0 ? latencies.quantile(0.95) : 0,
    utilisation: end > 0 ? busyServerSeconds / (servers * end) : 0,
    offeredLoad,
    stable,
    analyticMeanLatency: exactFormula ? meanTimeInSystem(arrivalRate, serviceRate, servers) : null,
    finalQueueLength: waiting(),
    maxQueueLength,
    availability: arrivals > 0 ? arrivalsWhileUp / arrivals : end > 0 ? 1 - downSeconds / end : 1,
    simulatedTime: end,
    truncated,
    events,
  };
}
