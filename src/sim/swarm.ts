import { createEventHeap } from './heap.ts';
import { createChunkMap } from './chunk-map.ts';
import { latestToRace } from './endgame.ts';
import { createIndexSet } from './index-set.ts';
import type { Rng } from './rng.ts';
import { createTransferTable } from './transfers.ts';
import type { DistributionCore } from './types.ts';

/**
 * Event-driven chunk swarm: the engine behind P2P file distribution.
 *
 * Only completions are events. When one happens, just the nodes it touched
 * are re-matched, by scanning a bounded number of candidates, so a
 * completion costs about O(chunks / 32 + log N) and a whole run about
 * O(chunks · N · log N).
 *
 * The policy, each part earned by a failing case while tuning:
 * - the server hands each never-sent chunk to the candidate with the fewest
 *   such chunks per unit of upload (Kumar & Ross's proportional seeding), so
 *   that fresh content lands where it can be forwarded fastest;
 * - receivers are served most-urgent-first (chunks nobody is sending them,
 *   over their pace), so slow downloaders are fed from the start;
 * - chunks are chosen rarest-first, so copies spread evenly;
 * - freed capacity speeds up running transfers before opening trickles;
 * - endgame: a chunk still arriving slowly may be raced by a faster uploader.
 */
export interface SwarmOptions {
  peers: number;
  chunks: number;
  fileBits: number;
  serverUpload: number;
  peerUpload: Float64Array;
  peerDownload: Float64Array;
  rng: Rng;
}

/** Spare rate below this share of a node's capacity waits for the next event instead of opening a trickle. */
const MIN_SHARE = 0.05;
/**
 * Uploaders slower than this share of the fair share are left out, like free riders: a chunk
 * from them would arrive long after everyone else had finished, while holding up its receiver.
 */
const NEGLIGIBLE = 1e-3;
/** Receivers (or uploaders) a node inspects per attempt; the first part is the most urgent, the rest random. */
const CANDIDATES = 24;
const URGENT_CANDIDATES = 8;

export function createSwarm(options: SwarmOptions): DistributionCore {
  const { peers, chunks, fileBits, rng } = options;
  const server = peers;
  const nodes = peers + 1;
  const chunkBits = fileBits / chunks;
  const map = createChunkMap(peers, chunks);
  const { haveCount, lackCount, seeded, words } = map;
  const completionTimes = new Float64Array(peers).fill(-1);
  const online = new Uint8Array(nodes).fill(1);

  const upCap = new Float64Array(nodes);
  upCap.set(options.peerUpload);
  upCap[server] = options.serverUpload;
  const downCap = new Float64Array(nodes);
  downCap.set(options.peerDownload);
  const table = createTransferTable(upCap, downCap, chunkBits);
  const { upFree, downFree, inHead, outHead, ends } = table;

  // A peer's pace is what it can expect from the swarm: the fair share of all upload,
  // unless its own download is slower. Only download-limited peers need to jump the queue.
  let totalUpload = 0;
  for (let node = 0; node < nodes; node++) totalUpload += upCap[node] as number;
  const fairShare = totalUpload / Math.max(1, peers);
  const pace = downCap.map((d) => Math.max(Math.min(d, fairShare), 1e-300));

  /** Peers with spare download that could use another transfer, keyed by minus their urgency. */
  const hungry = createEventHeap(peers);
  /** Nodes with spare upload and something to send. */
  const spare = createIndexSet(nodes);

  let now = 0;
  let doneCount = 0;
  let bitsDelivered = 0;
  let events = 0;
  let unavailableChunks = 0;

  const refreshHungry = (peer: number): void => {
    const inFlight = chunks - (haveCount[peer] as number) - (lackCount[peer] as number);
    const wants =
      online[peer] === 1 &&
      ((lackCount[peer] as number) > 0 || inFlight > 0) &&
      (downFree[peer] as number) >= MIN_SHARE * (downCap[peer] as number);
    if (!wants) {
      hungry.remove(peer);
      return;
    }
    const urgency = -((lackCount[peer] as number) + 1) / (pace[peer] as number);
    if (hungry.timeOf(peer) !== urgency) hungry.set(peer, urgency);
  };

  const refreshSpare = (node: number): void => {
    const cap = upCap[node] as number;
    const hasSomething = node === server || (haveCount[node] as number) > 0;
    const worthAsking = node === server ? cap > 0 : cap >= NEGLIGIBLE * fairShare;
    const free = online[node] === 1 && hasSomething && worthAsking && (upFree[node] as number) >= MIN_SHARE * cap;
    if (free) spare.add(node);
    else spare.remove(node);
  };

  const rarestUseful = (uploader: number, receiver: number): number =>
    map.rarestUseful(uploader, receiver, words > 1 ? rng.int(words) : 0);

  const startTransfer = (from: number, to: number, chunk: number): void => {
    table.start(from, to, chunk, now);
    map.sending(to, chunk, from === server);
    refreshHungry(to);
    refreshSpare(from);
  };

  /** After a transfer is cancelled its chunk is lacking again, unless a racing copy is still coming. */
  const cancel = (slot: number): void => {
    const to = table.to[slot] as number;
    const chunk = table.chunk[slot] as number;
    table.detach(slot);
    let stillComing = false;
    for (let other = inHead[to] as number; other >= 0 && !stillComing; other = table.nextIn[other] as number) {
      stillComing = table.chunk[other] === chunk;
    }
    map.dropped(to, chunk, !stillComing);
  };

  /**
   * Gives receiver more of uploader's rate: speeds up a transfer already running between
   * them (a chunk then finishes, and can be forwarded, sooner) or starts a new one.
   */
  const serve = (uploader: number, receiver: number): boolean => {
    if (uploader === receiver) return false;
    const running = table.between(uploader, receiver);
    if (running >= 0) {
      table.speedUp(running, Math.min(upFree[uploader] as number, downFree[receiver] as number), now);
      refreshHungry(receiver);
      refreshSpare(uploader);
      return true;
    }
    const chunk =
      (lackCount[receiver] as number) > 0
        ? rarestUseful(uploader, receiver)
        : latestToRace(table, map, uploader, receiver, now, chunkBits);
    if (chunk < 0) return false;
    startTransfer(uploader, receiver, chunk);
    return true;
  };

  /** Proportional seeding: the fresh chunk goes to the candidate with the fewest per unit of upload. */
  const seedFresh = (): boolean => {
    const size = hungry.size;
    const tries = Math.min(size, CANDIDATES);
    let receiver = -1;
    let bestLoad = Infinity;
    for (let k = 0; k < tries; k++) {
      const candidate = hungry.itemAt(size <= CANDIDATES ? k : rng.int(size));
      if ((lackCount[candidate] as number) === 0) continue;
      const load = ((seeded[candidate] as number) + 1) / Math.max(upCap[candidate] as number, 1e-300);
      if (load < bestLoad) {
        bestLoad = load;
        receiver = candidate;
      }
    }
    if (receiver < 0) return false;
    startTransfer(server, receiver, rarestUseful(server, receiver));
    return true;
  };

  const fillUploader = (uploader: number): void => {
    while (uploader === server && map.freshChunks > 0 && spare.has(server) && hungry.size > 0) {
      if (!seedFresh()) break;
    }
    while (spare.has(uploader) && hungry.size > 0) {
      const size = hungry.size;
      const tries = Math.min(size, CANDIDATES);
      let served = false;
      for (let k = 0; k < tries && !served; k++) {
        served = serve(uploader, hungry.itemAt(k < URGENT_CANDIDATES || size <= CANDIDATES ? k : rng.int(size)));
      }
      if (!served) return;
    }
  };

  const fillReceiver = (receiver: number): void => {
    while (hungry.has(receiver) && spare.size > 0) {
      const size = spare.size;
      const tries = Math.min(size, CANDIDATES);
      const start = rng.int(size);
      let served = false;
      for (let k = 0; k < tries && !served; k++) served = serve(spare.at((start + k) % size), receiver);
      if (!served) return;
    }
  };

  /** Nodes whose upload was freed, and peers whose download was freed, by the current event. */
  // Emptied by a count, not by `length = 0`, which would hand back the storage that the next event
  // then allocates again: these fill on every event.
  const freedUploaders: number[] = [];
  const freedReceivers: number[] = [];
  let upCount = 0;
  let downCount = 0;
  const freeUploader = (node: number): void => {
    freedUploaders[upCount++] = node;
  };
  const freeReceiver = (node: number): void => {
    freedReceivers[downCount++] = node;
  };
  /** Re-matches the nodes an event touched: new transfers to the most urgent first, then speed-ups. */
  const rematch = (): void => {
    // Indexed loops: for-of allocates an iterator per loop, and this runs on every event.
    const up = freedUploaders;
    const down = freedReceivers;
    for (let k = 0; k < upCount; k++) refreshSpare(up[k] as number);
    for (let k = 0; k < downCount; k++) {
      refreshHungry(down[k] as number);
      refreshSpare(down[k] as number);
    }
    for (let k = 0; k < upCount; k++) fillUploader(up[k] as number);
    for (let k = 0; k < downCount; k++) {
      fillUploader(down[k] as number);
      fillReceiver(down[k] as number);
    }
    for (let k = 0; k < upCount; k++) {
      table.speedUpUploads(up[k] as number, now, refreshHungry);
      refreshSpare(up[k] as number);
    }
    for (let k = 0; k < downCount; k++) {
      table.speedUpDownloads(down[k] as number, now, refreshSpare);
      refreshHungry(down[k] as number);
    }
    upCount = 0;
    downCount = 0;
  };

  const complete = (slot: number): void => {
    const from = table.from[slot] as number;
    const to = table.to[slot] as number;
    const chunk = table.chunk[slot] as number;
    table.detach(slot);
    map.received(to, chunk);
    bitsDelivered += chunkBits;
    if (haveCount[to] === chunks) {
      completionTimes[to] = now;
      doneCount++;
    }
    freeUploader(from);
    freeReceiver(to);
    // Losing copies of a raced chunk are dropped; their uploaders are free for other work.
    let other = inHead[to] as number;
    while (other >= 0) {
      const following = table.nextIn[other] as number;
      if (table.chunk[other] === chunk) {
        freeUploader(table.from[other] as number);
        table.detach(other);
        map.dropped(to, chunk, false);
      }
      other = following;
    }
    rematch();
  };

  const setOnline = (node: number, value: boolean): void => {
    if ((online[node] === 1) === value) return;
    online[node] = value ? 1 : 0;
    if (node !== server) map.setHolderOnline(node, value);
    if (node === server) freeUploader(node);
    else freeReceiver(node);
    if (!value) {
      for (let slot = outHead[node] as number; slot >= 0; slot = outHead[node] as number) {
        freeReceiver(table.to[slot] as number);
        cancel(slot);
      }
      for (let slot = inHead[node] as number; slot >= 0; slot = inHead[node] as number) {
        freeUploader(table.from[slot] as number);
        cancel(slot);
      }
    }
    unavailableChunks = online[server] === 1 ? 0 : map.withoutOnlineHolder();
    rematch();
  };

  for (let p = 0; p < peers; p++) refreshHungry(p);
  freeUploader(server);
  rematch();

  return {
    peers,
    get now() {
      return now;
    },
    get doneCount() {
      return doneCount;
    },
    get bitsDelivered() {
      return bitsDelivered;
    },
    get unavailableChunks() {
      return unavailableChunks;
    },
    get events() {
      return events;
    },
    completionTimes,
    nextEventTime: () => ends.peekTime(),
    processNext() {
      const slot = ends.peek();
      if (slot < 0) return false;
      now = Math.max(now, ends.peekTime());
      events++;
      complete(slot);
      return true;
    },
    setTime(time) {
      now = Math.max(now, Math.min(time, ends.peekTime()));
    },
    isOnline: (node) => online[node] === 1,
    setOnline,
    progressOf(peer) {
      let held = haveCount[peer] as number;
      for (let slot = inHead[peer] as number; slot >= 0; slot = table.nextIn[slot] as number) {
        held += table.sentBits(slot, now) / chunkBits;
      }
      return Math.min(1, held / chunks);
    },
    uploadInUse: (node) => (upCap[node] as number) - (upFree[node] as number),
    uploadCapacity: (node) => upCap[node] as number,
    forEachTransfer(visit) {
      for (let node = 0; node < nodes; node++) {
        for (let slot = outHead[node] as number; slot >= 0; slot = table.nextOut[slot] as number) {
          visit(node, table.to[slot] as number, table.chunk[slot] as number, table.sentBits(slot, now) / chunkBits);
        }
      }
    },
  };
}
