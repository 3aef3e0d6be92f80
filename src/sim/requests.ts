import { createEventHeap } from './heap.ts';
import { createIndexSet } from './index-set.ts';
import type { Rng } from './rng.ts';
import { createRunningStats, type RunningStats } from './samples.ts';
import type { Architecture, FailurePolicy, NodeStatus, TransferKind } from './types.ts';

/**
 * The request-response workload of the step engine. Each client sends
 * requests as a Poisson process; a request travels to a station (the
 * server, or in p2p a random other online peer), waits in its FIFO queue,
 * is served (exponential), and the response travels back. Trips take a
 * fixed time (bits over the link rate) and do not contend for links: the
 * queue is the bottleneck being shown.
 *
 * Node ids: clients/peers are 0..clients-1, the server is `clients`.
 */
export interface RequestWorkloadOptions {
  clients: number;
  architecture: Architecture;
  requestRate: number;
  serviceRate: number;
  /** Service slots at the server (client-server); every peer has one. */
  servers: number;
  queueLimit: number;
  requestTrip: number;
  responseTrip: number;
  onFailure: FailurePolicy;
  rng: Rng;
}

export interface RequestWorkload {
  readonly issued: number;
  readonly completed: number;
  readonly failed: number;
  readonly dropped: number;
  /** Requests that found their server down or no peer online. */
  readonly unavailable: number;
  readonly latency: RunningStats;
  nextEventTime(): number;
  processNext(): void;
  setTime(time: number): void;
  setOnline(node: number, online: boolean): void;
  clientStatus(client: number): NodeStatus;
  /** Busy service slots over all slots at a station, 0..1. */
  stationLoad(node: number): number;
  stationQueue(node: number): number;
  /** Service slots busy right now, summed over stations, and the slots that exist. */
  busySlots(): number;
  totalSlots(): number;
  forEachTrip(visit: (id: string, kind: TransferKind, from: number, to: number, progress: number) => void): void;
}

const TO_STATION = 0;
const QUEUED = 1;
const IN_SERVICE = 2;
const TO_CLIENT = 3;
/** 'wait' with nowhere to go: the request stays at its client until a station is back. */
const HELD = 4;
const FREE = -1;

export function createRequestWorkload(o: RequestWorkloadOptions): RequestWorkload {
  const { clients, rng } = o;
  const server = clients;
  const p2p = o.architecture === 'p2p';
  const slotsAt = (node: number): number => (p2p ? (node === server ? 0 : 1) : node === server ? o.servers : 0);
  // Heap items 0..clients-1 are clients' next sends; clients + r is request r's next step.
  const timers = createEventHeap(2 * clients + 16);
  const online = new Uint8Array(clients + 1).fill(1);
  const peersOnline = createIndexSet(clients);
  for (let i = 0; i < clients; i++) peersOnline.add(i);
  const queues: number[][] = Array.from({ length: clients + 1 }, () => []);
  const serving: number[][] = Array.from({ length: clients + 1 }, () => []);
  const outstanding = new Int32Array(clients);
  const responding = new Int32Array(clients);
  const held: number[] = [];
  const latency = createRunningStats();
  // Requests in slots (recycled); serial numbers give stable ids for rendering.
  const client: number[] = [];
  const station: number[] = [];
  const phase: number[] = [];
  const issuedAt: number[] = [];
  const stepStart: number[] = [];
  const pausedFor: number[] = [];
  const serial: number[] = [];
  /** 1 once a request has found its station unreachable, so a retried request counts once. */
  const missed: number[] = [];
  const freeSlots: number[] = [];
  let nextSerial = 0;
  let now = 0;
  let issued = 0;
  let completed = 0;
  let failed = 0;
  let dropped = 0;
  let unavailable = 0;

  const schedule = (r: number, after: number): void => {
    stepStart[r] = now;
    timers.set(clients + r, now + after);
  };

  const release = (r: number): void => {
    timers.remove(clients + r);
    const owner = client[r] as number;
    if (phase[r] === TO_CLIENT) responding[owner] = (responding[owner] as number) - 1;
    else outstanding[owner] = (outstanding[owner] as number) - 1;
    phase[r] = FREE;
    freeSlots.push(r);
  };

  const miss = (r: number): void => {
    if (missed[r] === 1) return;
    missed[r] = 1;
    unavailable++;
  };

  const fail = (r: number): void => {
    failed++;
    release(r);
  };

  /** Sends r towards a station, or holds or fails it when none is reachable. */
  const dispatch = (r: number): void => {
    timers.remove(clients + r);
    const me = client[r] as number;
    let target = -1;
    if (!p2p) target = server;
    else if (peersOnline.size > (online[me] === 1 ? 1 : 0)) {
      do target = peersOnline.at(rng.int(peersOnline.size));
      while (target === me);
    }
    if (target < 0 || (online[target] === 0 && p2p)) {
      miss(r);
      if (o.onFailure === 'fail') fail(r);
      else {
        phase[r] = HELD;
        held.push(r);
      }
      return;
    }
    station[r] = target;
    phase[r] = TO_STATION;
    schedule(r, o.requestTrip);
    if (o.requestTrip === 0) arriveAtStation(r);
  };

  const startService = (node: number, r: number): void => {
    phase[r] = IN_SERVICE;
    serving[node]?.push(r);
    schedule(r, rng.exponential(o.serviceRate));
  };

  const serveNext = (node: number): void => {
    const queue = queues[node] as number[];
    const busy = serving[node] as number[];
    while (online[node] === 1 && queue.length > 0 && busy.length < slotsAt(node)) startService(node, queue.shift() as number);
  };

  const arriveAtStation = (r: number): void => {
    timers.remove(clients + r);
    const node = station[r] as number;
    if (online[node] === 0) {
      miss(r);
      // A client-server request may wait in the server's queue; a p2p one looks for another peer.
      if (o.onFailure === 'fail') return fail(r);
      if (p2p) return dispatch(r);
    }
    const queue = queues[node] as number[];
    if (online[node] === 1 && (serving[node] as number[]).length < slotsAt(node)) return startService(node, r);
    if (queue.length >= o.queueLimit) {
      dropped++;
      return release(r);
    }
    phase[r] = QUEUED;
    queue.push(r);
  };

  const finishService = (r: number): void => {
    const node = station[r] as number;
    const busy = serving[node] as number[];
    busy.splice(busy.indexOf(r), 1);
    const owner = client[r] as number;
    outstanding[owner] = (outstanding[owner] as number) - 1;
    responding[owner] = (responding[owner] as number) + 1;
    phase[r] = TO_CLIENT;
    schedule(r, o.responseTrip);
    serveNext(node);
    if (o.responseTrip === 0) deliver(r);
  };

  const deliver = (r: number): void => {
    completed++;
    latency.add(now - (issuedAt[r] as number));
    release(r);
  };

  const send = (me: number): void => {
    timers.set(me, now + rng.exponential(o.requestRate));
    let r = freeSlots.pop();
    if (r === undefined) {
      r = client.length;
      client.push(0), station.push(-1), phase.push(0), issuedAt.push(0), stepStart.push(0), pausedFor.push(0), serial.push(0);
      missed.push(0);
    }
    client[r] = me;
    missed[r] = 0;
    issuedAt[r] = now;
    serial[r] = nextSerial++;
    issued++;
    outstanding[me] = (outstanding[me] as number) + 1;
    dispatch(r);
  };

  /** Requests whose client left are dropped silently: nobody is waiting for them. */
  const forgetClient = (me: number): void => {
    timers.remove(me);
    for (let r = 0; r < client.length; r++) {
      if (client[r] !== me || phase[r] === FREE) continue;
      const node = station[r] as number;
      if (phase[r] === QUEUED) (queues[node] as number[]).splice((queues[node] as number[]).indexOf(r), 1);
      if (phase[r] === HELD) held.splice(held.indexOf(r), 1);
      const wasServing = phase[r] === IN_SERVICE;
      if (wasServing) (serving[node] as number[]).splice((serving[node] as number[]).indexOf(r), 1);
      release(r);
      if (wasServing) serveNext(node);
    }
  };

  const stationDown = (node: number): void => {
    const busy = serving[node] as number[];
    if (o.onFailure === 'wait' && !p2p) {
      // The server keeps its queue and resumes each interrupted service where it stopped.
      for (const r of busy) {
        pausedFor[r] = timers.timeOf(clients + r) - now;
        timers.remove(clients + r);
      }
      return;
    }
    const stranded = [...busy, ...(queues[node] as number[])];
    busy.length = 0;
    (queues[node] as number[]).length = 0;
    for (const r of stranded) {
      miss(r);
      if (o.onFailure === 'fail') fail(r);
      else dispatch(r);
    }
  };

  const stationUp = (node: number): void => {
    for (const r of serving[node] as number[]) {
      stepStart[r] = now;
      timers.set(clients + r, now + (pausedFor[r] as number));
    }
    serveNext(node);
    for (const r of held.splice(0)) dispatch(r);
  };

  for (let i = 0; i < clients; i++) timers.set(i, rng.exponential(o.requestRate));

  return {
    get issued() {
      return issued;
    },
    get completed() {
      return completed;
    },
    get failed() {
      return failed;
    },
    get dropped() {
      return dropped;
    },
    get unavailable() {
      return unavailable;
    },
    latency,
    nextEventTime: () => timers.peekTime(),
    processNext() {
      now = Math.max(now, timers.peekTime());
      const item = timers.peek();
      if (item < clients) return send(item);
      const r = item - clients;
      if (phase[r] === TO_STATION) arriveAtStation(r);
      else if (phase[r] === IN_SERVICE) finishService(r);
      else deliver(r);
    },
    setTime(time) {
      now = Math.max(now, Math.min(time, timers.peekTime()));
    },
    setOnline(node, value) {
      if ((online[node] === 1) === value) return;
      online[node] = value ? 1 : 0;
      if (node !== server) {
        if (value) peersOnline.add(node);
        else peersOnline.remove(node);
        if (value) timers.set(node, now + rng.exponential(o.requestRate));
        else forgetClient(node);
      }
      if (slotsAt(node) > 0) {
        if (value) stationUp(node);
        else stationDown(node);
      } else if (value) for (const r of held.splice(0)) dispatch(r);
    },
    clientStatus(me) {
      if (online[me] === 0) return 'offline';
      if ((responding[me] as number) > 0) return 'downloading';
      return (outstanding[me] as number) > 0 ? 'requesting' : 'idle';
    },
    stationLoad: (node) => (slotsAt(node) > 0 && online[node] === 1 ? (serving[node] as number[]).length / slotsAt(node) : 0),
    stationQueue: (node) => (queues[node] as number[]).length,
    busySlots() {
      let busy = 0;
      for (let node = 0; node <= clients; node++) if (online[node] === 1) busy += (serving[node] as number[]).length;
      return busy;
    },
    totalSlots: () => (p2p ? clients : o.servers),
    forEachTrip(visit) {
      for (let r = 0; r < client.length; r++) {
        const kind = phase[r] === TO_STATION ? 'request' : phase[r] === TO_CLIENT ? 'response' : null;
        if (kind === null || !timers.has(clients + r)) continue;
        const start = stepStart[r] as number;
        const end = timers.timeOf(clients + r);
        const progress = end > start ? Math.min(1, (now - start) / (end - start)) : 1;
        const [from, to] = kind === 'request' ? [client[r] as number, station[r] as number] : [station[r] as number, client[r] as number];
        visit(`${kind}-${serial[r] as number}`, kind, from, to, progress);
      }
    },
  };
}
