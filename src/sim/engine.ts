import { createChurnProcess } from './churn.ts';
import { createDistributionCore } from './distribution.ts';
import { resolveConfig } from './presets.ts';
import { createRequestWorkload } from './requests.ts';
import { createRng } from './rng.ts';
import { createRunningStats } from './samples.ts';
import type { SimNode, SimTransfer, Simulation, SimulationConfig, SimulationState } from './types.ts';
import { LIMITS, nonNegative, seedOf } from './validate.ts';

/**
 * The model behind the animation. One engine runs either architecture and
 * either workload, so the demo can show both side by side on the same
 * config and seed. `step` handles only the events inside the step and
 * rebuilds the snapshot lazily, once per step, on first read of `state`.
 *
 * Given the same config, seed and sequence of step sizes, every state is
 * identical: all randomness comes from the seeded generator, and events at
 * equal times are ordered by fixed rules (outage edges, then churn, then
 * the workload; within each, by node or slot id).
 */
export function createSimulation(config: SimulationConfig, seed = 1): Simulation {
  const c = resolveConfig(config);
  const rng = createRng(seedOf(seed));
  const n = c.clients;
  const server = n;
  const p2p = c.architecture === 'p2p';
  const churn = createChurnProcess(n, c.leaveRate, c.joinRate, createRng(rng.fork()));
  const file =
    c.workload === 'file'
      ? createDistributionCore({
          mode: c.architecture,
          n,
          fileBits: c.fileBits,
          serverUpload: c.serverUpload,
          upload: new Float64Array(n).fill(c.peerUpload),
          download: new Float64Array(n).fill(c.peerDownload),
          chunks: c.chunks,
          seed: rng.fork(),
        })
      : null;
  const requests =
    c.workload === 'requests'
      ? createRequestWorkload({
          clients: n,
          architecture: c.architecture,
          requestRate: c.requestRate,
          serviceRate: c.serviceRate,
          servers: c.servers,
          queueLimit: c.queueLimit,
          requestTrip: c.requestBits > 0 ? c.requestBits / c.peerUpload : 0,
          responseTrip: c.responseBits / c.peerDownload,
          onFailure: c.onFailure,
          rng: createRng(rng.fork()),
        })
      : null;

  const downloadTimes = createRunningStats();
  const recorded = new Uint8Array(n);
  let recordedCount = 0;
  let time = 0;
  /** Where playback has asked the clock to be; ahead of `time` only after an advance yielded. */
  let playhead = 0;
  let done = false;
  let manualServerOnline = true;
  let scheduledDown = false;
  let outageIndex = 0;
  let unavailableSeconds = 0;
  let busyShareSeconds = 0;
  let snapshot: SimulationState | null = null;

  const serverOnline = (): boolean => manualServerOnline && !scheduledDown;
  const setOnline = (node: number, online: boolean): void => {
    if (file !== null) file.setOnline(node, online);
    else requests?.setOnline(node, online);
  };
  const nextEdge = (): number => {
    const outage = c.outages[outageIndex];
    return outage === undefined ? Infinity : scheduledDown ? outage[1] : outage[0];
  };
  const nextWorkloadEvent = (): number => (file !== null ? file.nextEventTime() : (requests?.nextEventTime() ?? Infinity));

  /** Share of serving capacity in use now: the server's upload (file), or busy service slots (requests). */
  const busyShare = (): number => {
    if (file !== null) return file.uploadInUse(server) / c.serverUpload;
    if (requests === null) return 0;
    return requests.busySlots() / requests.totalSlots();
  };

  const accumulate = (until: number): void => {
    const span = until - time;
    if (span <= 0) return;
    if (file !== null && file.unavailableChunks > 0) unavailableSeconds += span;
    busyShareSeconds += busyShare() * span;
  };

  const recordFinishers = (): void => {
    if (file === null || file.doneCount === recordedCount) return;
    for (let peer = 0; peer < n; peer++) {
      const finishedAt = file.completionTimes[peer] as number;
      if (recorded[peer] === 1 || finishedAt < 0) continue;
      recorded[peer] = 1;
      recordedCount++;
      downloadTimes.add(finishedAt);
    }
  };

  const handleNextEvent = (at: number): void => {
    if (at === nextEdge()) {
      scheduledDown = !scheduledDown;
      if (!scheduledDown) outageIndex++;
      file?.setTime(at);
      requests?.setTime(at);
      setOnline(server, serverOnline());
    } else if (at === churn.nextEventTime()) {
      file?.setTime(at);
      requests?.setTime(at);
      const node = churn.processNext();
      setOnline(node, churn.isOnline(node));
    } else if (file !== null) {
      file.processNext();
      recordFinishers();
    } else {
      requests?.processNext();
    }
  };

  const fileFinished = (): boolean => file !== null && file.doneCount === n;

  /**
   * How often a sliced advance asks whether to yield. A clock read costs less than most events, but
   * code not yet optimised (a run's first frames) makes some events take a tenth of a millisecond.
   */
  const YIELD_CHECK_EVERY = 4;

  const advance = (dtSeconds: number, shouldYield?: () => boolean): void => {
    nonNegative('dtSeconds', dtSeconds, LIMITS.maxSeconds);
    if (done) return;
    // Events left over by a yield are owed: the playhead runs ahead and the clock catches up later.
    playhead = Math.min(Math.max(playhead, time) + dtSeconds, c.duration);
    const target = playhead;
    let handled = 0;
    let caughtUp = true;
    for (;;) {
      const next = Math.min(nextEdge(), churn.nextEventTime(), nextWorkloadEvent());
      if (next > target) break;
      if (
        handled >= LIMITS.maxEventsPerStep ||
        (shouldYield !== undefined && handled > 0 && handled % YIELD_CHECK_EVERY === 0 && shouldYield())
      ) {
        caughtUp = false;
        break;
      }
      accumulate(next);
      time = next;
      handleNextEvent(next);
      handled++;
      if (fileFinished()) break;
    }
    if (caughtUp && !fileFinished()) {
      accumulate(target);
      time = target;
      file?.setTime(target);
      requests?.setTime(target);
    }
    done = fileFinished() || time >= c.duration;
    snapshot = null;
  };

  const buildNodes = (receiving: Int32Array): SimNode[] => {
    const nodes: SimNode[] = [
      {
        id: 0,
        role: 'server',
        online: serverOnline(),
        status: serverOnline() ? 'idle' : 'offline',
        progress: 1,
        load: serverOnline() ? Math.min(1, busyShareOfServer()) : 0,
        queueLength: requests !== null && !p2p ? requests.stationQueue(server) : 0,
      },
    ];
    for (let i = 0; i < n; i++) {
      const online = churn.isOnline(i);
      let status: SimNode['status'];
      let progress = 0;
      let load = 0;
      if (file !== null) {
        progress = file.progressOf(i);
        const finished = (file.completionTimes[i] as number) >= 0;
        status = !online ? 'offline' : finished ? 'done' : (receiving[i] as number) > 0 ? 'downloading' : 'idle';
        const capacity = file.uploadCapacity(i);
        load = capacity > 0 ? Math.min(1, file.uploadInUse(i) / capacity) : 0;
      } else {
        status = requests?.clientStatus(i) ?? 'idle';
        load = requests?.stationLoad(i) ?? 0;
      }
      nodes.push({
        id: i + 1,
        role: p2p ? 'peer' : 'client',
        online,
        status,
        progress,
        load,
        queueLength: requests !== null && p2p ? requests.stationQueue(i) : 0,
      });
    }
    return nodes;
  };

  const busyShareOfServer = (): number => {
    if (file !== null) return file.uploadInUse(server) / c.serverUpload;
    return requests !== null && !p2p ? requests.stationLoad(server) : 0;
  };

  /** State ids put the server first: core node k (server = n) becomes k + 1, the server 0. */
  const idOf = (node: number): number => (node === server ? 0 : node + 1);

  const buildState = (): SimulationState => {
    const transfers: SimTransfer[] = [];
    const receiving = new Int32Array(n);
    let bitsDelivered = 0;
    let queueLength = 0;
    if (file !== null) {
      file.forEachTransfer((from, to, chunk, progress) => {
        receiving[to] = (receiving[to] as number) + 1;
        transfers.push({ id: `chunk-${idOf(from)}-${idOf(to)}-${chunk}`, from: idOf(from), to: idOf(to), progress, kind: 'chunk', chunk });
      });
    } else if (requests !== null) {
      requests.forEachTrip((id, kind, from, to, progress) => {
        transfers.push({ id, from: idOf(from), to: idOf(to), progress, kind, chunk: -1 });
      });
      for (let node = 0; node <= n; node++) queueLength += requests.stationQueue(node);
    }
    const nodes = buildNodes(receiving);
    if (file !== null) for (let i = 0; i < n; i++) bitsDelivered += file.progressOf(i) * c.fileBits;
    const latency = file !== null ? downloadTimes : requests?.latency;
    const issued = requests?.issued ?? 0;
    return {
      architecture: c.architecture,
      workload: c.workload,
      time,
      done,
      serverOnline: serverOnline(),
      nodes,
      transfers,
      queueLength,
      metrics: {
        time,
        clientsDone: file !== null ? file.doneCount : nodes.filter((node) => node.role !== 'server' && node.status === 'idle').length,
        clients: n,
        serverUtilisation: time > 0 ? Math.min(1, busyShareSeconds / time) : 0,
        meanLatency: latency?.mean() ?? 0,
        p95Latency: latency?.quantile(0.95) ?? 0,
        availability:
          file !== null
            ? time > 0
              ? 1 - unavailableSeconds / time
              : file.unavailableChunks > 0
                ? 0
                : 1
            : issued > 0
              ? 1 - (requests?.unavailable ?? 0) / issued
              : 1,
        completed: file !== null ? file.doneCount : (requests?.completed ?? 0),
        failed: requests?.failed ?? 0,
        dropped: requests?.dropped ?? 0,
        bitsDelivered: file !== null ? bitsDelivered : (requests?.completed ?? 0) * c.responseBits,
      },
    };
  };

  const api: Simulation = {
    get state() {
      snapshot ??= buildState();
      return snapshot;
    },
    get done() {
      return done;
    },
    step(dtSeconds) {
      advance(dtSeconds);
      return api.state;
    },
    advance,
    setServerOnline(online) {
      if (typeof online !== 'boolean') throw new RangeError(`online must be true or false (got ${String(online)})`);
      if (done || online === manualServerOnline) return;
      manualServerOnline = online;
      setOnline(server, serverOnline());
      snapshot = null;
    },
  };
  if (c.outages[0]?.[0] === 0) {
    scheduledDown = true;
    setOnline(server, false);
  }
  return api;
}
