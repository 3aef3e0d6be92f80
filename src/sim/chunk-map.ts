/**
 * Who holds which chunk, as bitsets (32 chunks per word), so "does this
 * uploader have anything that receiver still needs?" is a few AND
 * operations even with thousands of peers.
 *
 * Per peer, a chunk is held, on its way (one or more transfers), or lacking;
 * `lack` has a bit for chunks that are neither held nor on their way.
 * Node `server` holds every chunk from the start.
 */
export interface ChunkMap {
  readonly words: number;
  readonly have: Uint32Array;
  readonly lack: Uint32Array;
  readonly haveCount: Int32Array;
  readonly lackCount: Int32Array;
  /** Fresh chunks each peer was handed by the server. */
  readonly seeded: Float64Array;
  /** Chunks no peer holds or is receiving: only the server can provide them. */
  readonly freshChunks: number;
  holds(node: number, chunk: number): boolean;
  /** A transfer of chunk to `to` has started. */
  sending(to: number, chunk: number, fromServer: boolean): void;
  /** A transfer of chunk was dropped; lacking says whether no other copy is still on its way. */
  dropped(to: number, chunk: number, lacking: boolean): void;
  /** `to` now holds chunk (it is online). */
  received(to: number, chunk: number): void;
  /** Rarest-first: the chunk uploader holds and receiver lacks with the fewest copies; -1 if none. */
  rarestUseful(uploader: number, receiver: number, startWord: number): number;
  /** A peer's chunks leave or return with it. */
  setHolderOnline(peer: number, online: boolean): void;
  /** Chunks held by no online peer (the server aside). */
  withoutOnlineHolder(): number;
}

export function createChunkMap(peers: number, chunks: number): ChunkMap {
  const nodes = peers + 1;
  const server = peers;
  const words = Math.ceil(chunks / 32);
  const lastWordMask = chunks % 32 === 0 ? 0xffffffff : (1 << chunks % 32) - 1;
  const have = new Uint32Array(nodes * words);
  const lack = new Uint32Array(nodes * words);
  for (let w = 0; w < words; w++) {
    const mask = w === words - 1 ? lastWordMask : 0xffffffff;
    have[server * words + w] = mask;
    for (let p = 0; p < peers; p++) lack[p * words + w] = mask;
  }
  const haveCount = new Int32Array(nodes);
  const lackCount = new Int32Array(nodes).fill(chunks);
  lackCount[server] = 0;
  /** Peers holding or receiving each chunk. */
  const copies = new Int32Array(chunks);
  const onlineHolders = new Int32Array(chunks);
  const seeded = new Float64Array(nodes);
  let freshChunks = chunks;

  const add = (array: Int32Array, index: number, delta: number): number => {
    const value = (array[index] as number) + delta;
    array[index] = value;
    return value;
  };

  return {
    words,
    have,
    lack,
    haveCount,
    lackCount,
    seeded,
    get freshChunks() {
      return freshChunks;
    },
    holds: (node, chunk) => (((have[node * words + (chunk >> 5)] as number) >>> (chunk & 31)) & 1) === 1,
    sending(to, chunk, fromServer) {
      const word = to * words + (chunk >> 5);
      const bit = 1 << (chunk & 31);
      // Already on its way means this transfer races another copy: it was not lacking.
      if (((lack[word] as number) & bit) !== 0) {
        lack[word] = ((lack[word] as number) & ~bit) >>> 0;
        add(lackCount, to, -1);
      }
      if (add(copies, chunk, 1) === 1) {
        freshChunks--;
        if (fromServer) seeded[to] = (seeded[to] as number) + 1;
      }
    },
    dropped(to, chunk, lacking) {
      if (add(copies, chunk, -1) === 0) freshChunks++;
      if (!lacking) return;
      const word = to * words + (chunk >> 5);
      lack[word] = ((lack[word] as number) | (1 << (chunk & 31))) >>> 0;
      add(lackCount, to, 1);
    },
    received(to, chunk) {
      const word = to * words + (chunk >> 5);
      have[word] = ((have[word] as number) | (1 << (chunk & 31))) >>> 0;
      add(haveCount, to, 1);
      add(onlineHolders, chunk, 1);
    },
    rarestUseful(uploader, receiver, startWord) {
      const u = uploader * words;
      const r = receiver * words;
      let best = -1;
      let bestCopies = Infinity;
      for (let k = 0; k < words && bestCopies > 0; k++) {
        const w = (k + startWord) % words;
        let bits = ((have[u + w] as number) & (lack[r + w] as number)) >>> 0;
        while (bits !== 0) {
          const low = bits & -bits;
          const chunk = w * 32 + (31 - Math.clz32(low));
          bits = (bits ^ low) >>> 0;
          const c = copies[chunk] as number;
          if (c < bestCopies) {
            bestCopies = c;
            best = chunk;
            if (c === 0) break;
          }
        }
      }
      return best;
    },
    setHolderOnline(peer, online) {
      for (let w = 0; w < words; w++) {
        let bits = have[peer * words + w] as number;
        while (bits !== 0) {
          const low = bits & -bits;
          add(onlineHolders, w * 32 + (31 - Math.clz32(low)), online ? 1 : -1);
          bits = (bits ^ low) >>> 0;
        }
      }
    },
    withoutOnlineHolder() {
      let missing = 0;
      for (let c = 0; c < chunks; c++) if (onlineHolders[c] === 0) missing++;
      return missing;
    },
  };
}
