/**
 * Growable list of numbers (latencies, queued arrival times) in a typed
 * array: a long run records millions, and plain arrays of that size cost
 * several times the memory.
 */
export interface SampleList {
  readonly length: number;
  push(value: number): void;
  at(index: number): number;
  clear(): void;
  /** Discards the first count samples. */
  dropFront(count: number): void;
  mean(): number;
  /** Exact quantile (nearest rank) of the samples; 0 when empty. */
  quantile(q: number): number;
}

export function createSampleList(): SampleList {
  let values = new Float64Array(1024);
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value) {
      if (length === values.length) {
        const grown = new Float64Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[length++] = value;
    },
    at: (index) => values[index] as number,
    clear() {
      length = 0;
    },
    dropFront(count) {
      values.copyWithin(0, count, length);
      length -= count;
    },
    mean() {
      let sum = 0;
      for (let i = 0; i < length; i++) sum += values[i] as number;
      return length > 0 ? sum / length : 0;
    },
    quantile(q) {
      if (length === 0) return 0;
      const sorted = values.slice(0, length).sort();
      return sorted[Math.min(length - 1, Math.max(0, Math.ceil(q * length) - 1))] as number;
    },
  };
}

/**
 * Running mean and approximate quantiles in constant time and memory, for
 * the animation, which asks for p95 every frame. Values go into buckets
 * whose edges grow by 2 %, so a quantile read from them is within 1 % of
 * the exact one, for values from 1 µs to about 30 years.
 */
export interface RunningStats {
  readonly count: number;
  add(value: number): void;
  mean(): number;
  quantile(q: number): number;
}

const SMALLEST = 1e-6;
const GROWTH = 1.02;
const BUCKETS = Math.ceil(Math.log(1e15) / Math.log(GROWTH)) + 2;

export function createRunningStats(): RunningStats {
  const counts = new Float64Array(BUCKETS);
  let count = 0;
  let sum = 0;
  const bucketOf = (value: number): number =>
    value <= SMALLEST ? 0 : Math.min(BUCKETS - 1, 1 + Math.floor(Math.log(value / SMALLEST) / Math.log(GROWTH)));
  return {
    get count() {
      return count;
    },
    add(value) {
      const bucket = bucketOf(value);
      counts[bucket] = (counts[bucket] as number) + 1;
      count++;
      sum += value;
    },
    mean: () => (count > 0 ? sum / count : 0),
    quantile(q) {
      if (count === 0) return 0;
      const rank = Math.max(1, Math.ceil(q * count));
      let seen = 0;
      for (let b = 0; b < BUCKETS; b++) {
        seen += counts[b] as number;
        if (seen >= rank) return b === 0 ? SMALLEST : SMALLEST * GROWTH ** (b - 0.5);
      }
      return SMALLEST * GROWTH ** BUCKETS;
    },
  };
}
