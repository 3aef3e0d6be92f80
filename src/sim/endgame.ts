import type { ChunkMap } from './chunk-map.ts';
import type { TransferTable } from './transfers.ts';

/**
 * Endgame, as in BitTorrent: once every chunk a peer lacks is already on its
 * way, another uploader may race the copy that will arrive last, if it would
 * beat every copy in flight; the first to arrive wins and the others are
 * dropped. Without this, one chunk trickling in from a slow uploader sets
 * the makespan.
 *
 * Returns the chunk to race, or -1 if racing would not help.
 */
export function latestToRace(
  table: TransferTable,
  map: ChunkMap,
  uploader: number,
  receiver: number,
  now: number,
  chunkBits: number,
): number {
  const rate = Math.min(table.upFree[uploader] as number, table.downFree[receiver] as number);
  let best = -1;
  let latest = now + chunkBits / rate;
  for (let slot = table.inHead[receiver] as number; slot >= 0; slot = table.nextIn[slot] as number) {
    const chunk = table.chunk[slot] as number;
    if (!map.holds(uploader, chunk)) continue;
    // A chunk arrives with its fastest copy; an uploader already sending it cannot race itself.
    let arrives = Infinity;
    for (let other = table.inHead[receiver] as number; other >= 0; other = table.nextIn[other] as number) {
      if (table.chunk[other] !== chunk) continue;
      arrives = table.from[other] === uploader ? -Infinity : Math.min(arrives, table.ends.timeOf(other));
      if (arrives === -Infinity) break;
    }
    if (arrives > latest) {
      best = chunk;
      latest = arrives;
    }
  }
  return best;
}
