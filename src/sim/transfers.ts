import { createEventHeap, type EventHeap } from './heap.ts';

/**
 * The transfers in flight between nodes, with each node's upload and
 * download capacity and what is left of it. A transfer's rate is constant
 * between events, so its completion time is exact and sits in `ends`;
 * nothing needs updating between events.
 *
 * Fields are struct-of-arrays indexed by slot, for speed at 10^6 transfers;
 * the arrays are replaced when the table grows, so read them through the
 * table (table.from[slot]) rather than keeping a reference.
 */
export interface TransferTable {
  from: Int32Array;
  to: Int32Array;
  chunk: Int32Array;
  rate: Float64Array;
  /** Bits already delivered at time `since`, when the rate last changed. */
  sent: Float64Array;
  since: Float64Array;
  nextOut: Int32Array;
  nextIn: Int32Array;
  /** First transfer sent by each node, or -1. */
  readonly outHead: Int32Array;
  /** First transfer received by each node, or -1. */
  readonly inHead: Int32Array;
  readonly upCap: Float64Array;
  readonly upFree: Float64Array;
  readonly downCap: Float64Array;
  readonly downFree: Float64Array;
  /** Completion time of every live transfer, keyed by slot. */
  readonly ends: EventHeap;
  /** Starts a transfer at the largest rate both ends can spare; returns its slot. */
  start(from: number, to: number, chunk: number, now: number): number;
  /** Removes a transfer and gives both ends their rate back. */
  detach(slot: number): void;
  /** Adds extra bits per second to a running transfer. */
  speedUp(slot: number, extra: number, now: number): void;
  sentBits(slot: number, now: number): number;
  /** A transfer from uploader to receiver, or -1. */
  between(uploader: number, receiver: number): number;
  /** Spends node's leftover upload on speeding up its transfers; reports each receiver that gained. */
  speedUpUploads(node: number, now: number, gained: (receiver: number) => void): void;
  /** Spends node's leftover download on speeding up transfers to it; reports each uploader that gave. */
  speedUpDownloads(node: number, now: number, gave: (uploader: number) => void): void;
}

export function createTransferTable(upCap: Float64Array, downCap: Float64Array, unitBits: number): TransferTable {
  const nodes = upCap.length;
  let capacity = 64;
  const outHead = new Int32Array(nodes).fill(-1);
  const inHead = new Int32Array(nodes).fill(-1);
  const outCount = new Int32Array(nodes);
  const inCount = new Int32Array(nodes);
  const upFree = Float64Array.from(upCap);
  const downFree = Float64Array.from(downCap);
  const ends = createEventHeap(Math.min(1 << 16, 4 * nodes));
  const freeSlots: number[] = [];
  let used = 0;
  let prevOut: Int32Array = new Int32Array(capacity);
  let prevIn: Int32Array = new Int32Array(capacity);

  const grow32 = (a: Int32Array): Int32Array => {
    const b = new Int32Array(capacity);
    b.set(a);
    return b;
  };
  const grow64 = (a: Float64Array): Float64Array => {
    const b = new Float64Array(capacity);
    b.set(a);
    return b;
  };

  const table: TransferTable = {
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    chunk: new Int32Array(capacity),
    rate: new Float64Array(capacity),
    sent: new Float64Array(capacity),
    since: new Float64Array(capacity),
    nextOut: new Int32Array(capacity),
    nextIn: new Int32Array(capacity),
    outHead,
    inHead,
    upCap,
    upFree,
    downCap,
    downFree,
    ends,
    start(from, to, chunk, now) {
      const rate = Math.min(upFree[from] as number, downFree[to] as number);
      let slot = freeSlots.pop();
      if (slot === undefined) {
        if (used === capacity) {
          capacity *= 2;
          table.from = grow32(table.from);
          table.to = grow32(table.to);
          table.chunk = grow32(table.chunk);
          table.nextOut = grow32(table.nextOut);
          table.nextIn = grow32(table.nextIn);
          prevOut = grow32(prevOut);
          prevIn = grow32(prevIn);
          table.rate = grow64(table.rate);
          table.sent = grow64(table.sent);
          table.since = grow64(table.since);
        }
        slot = used++;
      }
      table.from[slot] = from;
      table.to[slot] = to;
      table.chunk[slot] = chunk;
      table.rate[slot] = rate;
      table.sent[slot] = 0;
      table.since[slot] = now;
      prevOut[slot] = -1;
      table.nextOut[slot] = outHead[from] as number;
      if ((outHead[from] as number) >= 0) prevOut[outHead[from] as number] = slot;
      outHead[from] = slot;
      prevIn[slot] = -1;
      table.nextIn[slot] = inHead[to] as number;
      if ((inHead[to] as number) >= 0) prevIn[inHead[to] as number] = slot;
      inHead[to] = slot;
      outCount[from] = (outCount[from] as number) + 1;
      inCount[to] = (inCount[to] as number) + 1;
      upFree[from] = (upFree[from] as number) - rate;
      downFree[to] = (downFree[to] as number) - rate;
      ends.set(slot, now + unitBits / rate);
      return slot;
    },
    detach(slot) {
      const from = table.from[slot] as number;
      const to = table.to[slot] as number;
      const rate = table.rate[slot] as number;
      ends.remove(slot);
      const no = table.nextOut[slot] as number;
      const po = prevOut[slot] as number;
      if (po >= 0) table.nextOut[po] = no;
      else outHead[from] = no;
      if (no >= 0) prevOut[no] = po;
      const ni = table.nextIn[slot] as number;
      const pi = prevIn[slot] as number;
      if (pi >= 0) table.nextIn[pi] = ni;
      else inHead[to] = ni;
      if (ni >= 0) prevIn[ni] = pi;
      // Snap back to capacity when idle so rounding error cannot build up over 10^6 transfers.
      outCount[from] = (outCount[from] as number) - 1;
      inCount[to] = (inCount[to] as number) - 1;
      upFree[from] = outCount[from] === 0 ? (upCap[from] as number) : (upFree[from] as number) + rate;
      downFree[to] = inCount[to] === 0 ? (downCap[to] as number) : (downFree[to] as number) + rate;
      freeSlots.push(slot);
    },
    speedUp(slot, extra, now) {
      const from = table.from[slot] as number;
      const to = table.to[slot] as number;
      const sent = table.sentBits(slot, now);
      table.sent[slot] = sent;
      table.since[slot] = now;
      table.rate[slot] = (table.rate[slot] as number) + extra;
      upFree[from] = (upFree[from] as number) - extra;
      downFree[to] = (downFree[to] as number) - extra;
      ends.set(slot, now + (unitBits - sent) / (table.rate[slot] as number));
    },
    sentBits: (slot, now) =>
      Math.min(unitBits, (table.sent[slot] as number) + (now - (table.since[slot] as number)) * (table.rate[slot] as number)),
    speedUpUploads(node, now, gained) {
      for (let slot = outHead[node] as number; slot >= 0; slot = table.nextOut[slot] as number) {
        const to = table.to[slot] as number;
        const extra = Math.min(upFree[node] as number, downFree[to] as number);
        // Leftovers within rounding of zero are not worth an event.
        if (extra > 1e-9 * (upCap[node] as number)) {
          table.speedUp(slot, extra, now);
          gained(to);
        }
      }
    },
    speedUpDownloads(node, now, gave) {
      for (let slot = inHead[node] as number; slot >= 0; slot = table.nextIn[slot] as number) {
        const from = table.from[slot] as number;
        const extra = Math.min(upFree[from] as number, downFree[node] as number);
        if (extra > 1e-9 * (downCap[node] as number)) {
          table.speedUp(slot, extra, now);
          gave(from);
        }
      }
    },
    between(uploader, receiver) {
      for (let slot = inHead[receiver] as number; slot >= 0; slot = table.nextIn[slot] as number) {
        if (table.from[slot] === uploader) return slot;
      }
      return -1;
    },
  };
  return table;
}
