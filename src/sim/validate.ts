import type { FailureWindow, PerPeerRate } from './types.ts';

/**
 * The ranges every entry point accepts. Exported so that a UI can clamp its
 * controls to exactly what the model will take.
 */
export const LIMITS = {
  /** Peers in a distribution run (minDistributionTime, simulateDistribution, simulateChurn). */
  maxPeers: 100_000,
  /** Chunks per file. */
  maxChunks: 10_000,
  /** peers × chunks for a p2p run: each pair is at least one transfer event. */
  maxPeerChunks: 20_000_000,
  /** Clients in simulateService. */
  maxClients: 100_000,
  /** Servers behind one queue. */
  maxServers: 1_000,
  /** Clients or peers in one createSimulation run (the demo draws every node). */
  maxEngineNodes: 1_000,
  /** Events one simulateService or simulateChurn run may handle before it stops and reports `truncated`. */
  maxEvents: 10_000_000,
  /** Events one step() may handle; the clock stops at the last one handled and catches up on later steps. */
  maxEventsPerStep: 200_000,
  /** Smallest non-zero rate in bits per second; slower links would make transfer times overflow. */
  minRate: 1,
  /** Largest rate in bits per second (10 Tbit/s); keeps products like N·F far from overflow. */
  maxRate: 1e13,
  /** Largest file in bits (1 Pbit). */
  maxFileBits: 1e15,
  /** Largest simulated duration or time in seconds (about 30 years). */
  maxSeconds: 1e9,
  /** Largest per-second event rate (arrivals, service, churn). */
  maxEventRate: 1e9,
  /** Largest seed. */
  maxSeed: 0xffffffff,
} as const;

const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value));

const fail = (name: string, rule: string, value: unknown): never => {
  throw new RangeError(`${name} must be ${rule} (got ${shown(value)})`);
};

/** A finite number > 0, and at most max. */
export function positive(name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    fail(name, `a finite number > 0 and <= ${max}`, value);
  }
  return value as number;
}

/** A finite number >= 0, and at most max. */
export function nonNegative(name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    fail(name, `a finite number >= 0 and <= ${max}`, value);
  }
  return value as number;
}

/** An integer from min to max. */
export function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `an integer from ${min} to ${max}`, value);
  }
  return value as number;
}

/** A link rate in bits per second: LIMITS.minRate..LIMITS.maxRate, or exactly 0 where allowed (a peer that uploads nothing). */
export function bitRate(name: string, value: unknown, allowZero: boolean): number {
  const inRange = typeof value === 'number' && value >= LIMITS.minRate && value <= LIMITS.maxRate;
  if (!inRange && !(allowZero && value === 0)) {
    fail(name, `${allowZero ? '0 or ' : ''}a finite number from ${LIMITS.minRate} to ${LIMITS.maxRate}`, value);
  }
  return value as number;
}

export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(name, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

export function seedOf(value: unknown): number {
  return value === undefined ? 1 : integer('seed', value, 0, LIMITS.maxSeed);
}

/**
 * Expands a per-peer rate to one entry per peer. `allowZero` is for uploads
 * (a peer may upload nothing); downloads are divided by, so they must be > 0.
 */
export function perPeer(name: string, value: PerPeerRate, n: number, allowZero: boolean): Float64Array {
  const check = (label: string, v: unknown): number => bitRate(label, v, allowZero);
  if (Array.isArray(value)) {
    if (value.length !== n) fail(name, `a number or an array of n = ${n} entries`, `array of ${value.length}`);
    const rates = new Float64Array(n);
    for (let i = 0; i < n; i++) rates[i] = check(`${name}[${i}]`, value[i]);
    return rates;
  }
  return new Float64Array(n).fill(check(name, value));
}

/** Sorted, merged outage intervals [start, end), each checked. */
export function failureIntervals(value: readonly FailureWindow[] | undefined): Array<[number, number]> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('failures', 'an array of { at, duration }', value);
  const intervals: Array<[number, number]> = value.map((outage, i) => {
    if (typeof outage !== 'object' || outage === null) fail(`failures[${i}]`, 'an object { at, duration }', outage);
    const at = nonNegative(`failures[${i}].at`, outage.at, LIMITS.maxSeconds);
    const duration = positive(`failures[${i}].duration`, outage.duration, LIMITS.maxSeconds);
    return [at, at + duration];
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}
