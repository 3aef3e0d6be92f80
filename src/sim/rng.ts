/**
 * Seeded pseudo-random numbers. Every random choice in the model draws from
 * one of these so that a seed reproduces a run bit for bit; Math.random is
 * never used because it cannot be replayed.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Exponentially distributed with the given rate (mean 1 / rate); Infinity when rate is 0. */
  exponential(rate: number): number;
  /** A 32-bit seed for a child generator, so sub-processes get independent streams. */
  fork(): number;
}

/** splitmix32 spreads nearby seeds (0, 1, 2...) into unrelated starting states. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of
 * state, passes PractRand far beyond the sample counts a simulation draws,
 * and needs only 32-bit integer arithmetic, which is fast in JavaScript.
 */
export function createRng(seed: number): Rng {
  const mix = splitmix32(Math.floor(seed) % 0x100000000);
  // State lives in a typed array: 32-bit values above 2^30 held in closure variables are boxed,
  // and every draw would allocate (the demo draws thousands a second).
  const state = Uint32Array.of(mix(), mix(), mix(), mix());
  const nextUint32 = (): number => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (((a + b) >>> 0) + d) >>> 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    const rotated = (c << 21) | (c >>> 11);
    state[2] = rotated + t;
    return t;
  };
  // Discard the first outputs: sfc32 needs a few rounds to decorrelate its state.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 0x100000000;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    exponential: (rate) => {
      if (rate <= 0) return Infinity;
      // 1 - u lies in (0, 1], so the logarithm is finite.
      return -Math.log(1 - next()) / rate;
    },
    fork: () => nextUint32(),
  };
}
