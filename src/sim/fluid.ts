import { createEventHeap } from './heap.ts';
import type { DistributionCore } from './types.ts';

/**
 * Client-server distribution as a fluid: the server's upload is shared
 * max-min fairly among the clients still downloading, each capped by its
 * own download rate, and whatever a capped client cannot take is shared
 * among the others (water-filling).
 *
 * Rates only change when the set of downloading clients changes, so the
 * run is a handful of events. Re-allocating costs O(N), but it is skipped
 * when every active client is already at its own cap: then a departure
 * frees capacity that nobody can use, and nothing else changes.
 *
 * Node ids: clients are 0..clients-1, the server is `clients`.
 */
export interface FluidOptions {
  clients: number;
  fileBits: number;
  serverUpload: number;
  download: Float64Array;
  /** Only for display: the stream is reported as chunk-sized pieces. */
  chunks: number;
}

/** Completions this close together (relative) are handled as one event; they are equal but for rounding. */
const SAME_TIME = 1e-12;

export function createFluidServer(options: FluidOptions): DistributionCore {
  const { clients, fileBits, serverUpload, download, chunks } = options;
  const server = clients;
  const remaining = new Float64Array(clients).fill(fileBits);
  const since = new Float64Array(clients);
  const rate = new Float64Array(clients);
  const online = new Uint8Array(clients + 1).fill(1);
  const completionTimes = new Float64Array(clients).fill(-1);
  const finishes = createEventHeap(clients);
  // Water-filling visits clients from the slowest download up.
  const bySpeed = Int32Array.from({ length: clients }, (_, i) => i).sort(
    (a, b) => (download[a] as number) - (download[b] as number) || a - b,
  );

  let now = 0;
  let doneCount = 0;
  let events = 0;
  let allocated = 0;
  let serverIsBottleneck = true;

  const active = (i: number): boolean => online[i] === 1 && (completionTimes[i] as number) < 0;

  const remainingAt = (i: number): number => (remaining[i] as number) - (rate[i] as number) * (now - (since[i] as number));

  const setRate = (i: number, next: number): void => {
    if (rate[i] === next) return;
    remaining[i] = Math.max(0, remainingAt(i));
    since[i] = now;
    rate[i] = next;
    if (next > 0) finishes.set(i, now + (remaining[i] as number) / next);
    else finishes.remove(i);
  };

  const reallocate = (): void => {
    let capacity = online[server] === 1 ? serverUpload : 0;
    let count = 0;
    for (let i = 0; i < clients; i++) if (active(i)) count++;
    serverIsBottleneck = false;
    for (let k = 0; k < clients; k++) {
      const i = bySpeed[k] as number;
      if (!active(i)) {
        setRate(i, 0);
        continue;
      }
      const share = capacity / count;
      const given = Math.min(download[i] as number, share);
      if (given < (download[i] as number)) serverIsBottleneck = true;
      setRate(i, given);
      capacity -= given;
      count--;
    }
    allocated = 0;
    for (let i = 0; i < clients; i++) allocated += rate[i] as number;
  };

  const finish = (i: number, at: number): void => {
    remaining[i] = 0;
    since[i] = at;
    allocated -= rate[i] as number;
    rate[i] = 0;
    completionTimes[i] = at;
    doneCount++;
  };

  reallocate();

  return {
    peers: clients,
    get now() {
      return now;
    },
    get doneCount() {
      return doneCount;
    },
    get bitsDelivered() {
      return doneCount * fileBits;
    },
    get unavailableChunks() {
      return online[server] === 1 ? 0 : chunks;
    },
    get events() {
      return events;
    },
    completionTimes,
    nextEventTime: () => finishes.peekTime(),
    processNext() {
      const first = finishes.peekTime();
      if (first === Infinity) return false;
      now = Math.max(now, first);
      events++;
      while (finishes.size > 0 && finishes.peekTime() <= first + SAME_TIME * Math.max(1, first)) {
        const at = finishes.peekTime();
        finish(finishes.pop(), at);
      }
      if (serverIsBottleneck) reallocate();
      return true;
    },
    setTime(time) {
      now = Math.max(now, Math.min(time, finishes.peekTime()));
    },
    isOnline: (node) => online[node] === 1,
    setOnline(node, value) {
      if ((online[node] === 1) === value) return;
      online[node] = value ? 1 : 0;
      reallocate();
    },
    progressOf: (i) => Math.min(1, Math.max(0, 1 - remainingAt(i) / fileBits)),
    uploadInUse: (node) => (node === server ? Math.max(0, allocated) : 0),
    uploadCapacity: (node) => (node === server ? serverUpload : 0),
    forEachTransfer(visit) {
      // The stream is shown as the chunk the client is on, so both architectures animate alike.
      for (let i = 0; i < clients; i++) {
        if ((rate[i] as number) <= 0) continue;
        const position = Math.min(chunks, (1 - remainingAt(i) / fileBits) * chunks);
        const chunk = Math.min(chunks - 1, Math.floor(position));
        visit(server, i, chunk, position - chunk);
      }
    },
  };
}
