import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, minDistributionTime, simulateDistribution } from '../../../src/sim/index.ts';
import type { Architecture } from '../../../src/sim/index.ts';

const u = 1e6;
const textbook = { fileBits: 3.6e9, serverUpload: 10 * u, peerUpload: u, peerDownload: 10 * u };
// Floating-point slack for "never below the bound": the sum of many chunk times can round down.
const ROUNDING = 1e-9;

describe('file distribution on the textbook grid (F/u = 1 h, u_s = 10u, d = u_s), N = 1..50', () => {
  for (const mode of ['client-server', 'p2p'] as const) {
    it(`${mode}: the makespan is at or above the bound and within 10 % of it`, () => {
      for (let n = 1; n <= 50; n++) {
        const result = simulateDistribution({ n, ...textbook, mode, chunks: 100, seed: n });
        const bounds = minDistributionTime({ n, ...textbook });
        const bound = mode === 'p2p' ? bounds.p2p : bounds.clientServer;
        expect(result.bound).toBe(bound);
        expect(result.makespan, `N = ${n}`).toBeGreaterThanOrEqual(bound * (1 - ROUNDING));
        expect(result.makespan, `N = ${n}`).toBeLessThanOrEqual(bound * 1.1);
      }
    });
  }

  it('p2p beats client-server for every N > 1, by more as N grows', () => {
    const gain = (n: number) =>
      simulateDistribution({ n, ...textbook, mode: 'client-server' }).makespan /
      simulateDistribution({ n, ...textbook, mode: 'p2p', seed: 3 }).makespan;
    expect(gain(2)).toBeGreaterThan(1);
    expect(gain(30)).toBeGreaterThan(gain(5));
  });

  it('also holds with a faster download than the server (d = 10 u_s)', () => {
    for (const n of [3, 17, 42]) {
      const result = simulateDistribution({ n, ...textbook, peerDownload: 100 * u, mode: 'p2p', seed: 9 });
      expect(result.ratioToBound).toBeGreaterThanOrEqual(1 - ROUNDING);
      expect(result.ratioToBound).toBeLessThanOrEqual(1.1);
    }
  });
});

describe('file distribution with heterogeneous peers (seeded random rates)', () => {
  const cases = (seed: number, count: number) => {
    const random = createRng(seed);
    return Array.from({ length: count }, () => {
      const n = 2 + random.int(59);
      return {
        n,
        fileBits: 3.6e9,
        serverUpload: u * (2 + 18 * random.next()),
        peerUpload: Array.from({ length: n }, () => u * (0.2 + 2.8 * random.next())),
        peerDownload: Array.from({ length: n }, () => u * (1 + 19 * random.next())),
      };
    });
  };

  for (const mode of ['client-server', 'p2p'] as const) {
    it(`${mode}: within 10 % of the bound and never below it, over 12 random swarms`, () => {
      for (const [index, params] of cases(2024, 12).entries()) {
        const result = simulateDistribution({ ...params, mode, chunks: 100, seed: index });
        const bounds = minDistributionTime(params);
        const bound = mode === 'p2p' ? bounds.p2p : bounds.clientServer;
        expect(result.makespan, `case ${index}`).toBeGreaterThanOrEqual(bound * (1 - ROUNDING));
        expect(result.makespan, `case ${index}`).toBeLessThanOrEqual(bound * 1.1);
      }
    });
  }

  it('p2p: free riders (upload 0) are served and the bound still holds', () => {
    const n = 20;
    const peerUpload = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : 1.5 * u));
    const result = simulateDistribution({ n, fileBits: 3.6e9, serverUpload: 5 * u, peerUpload, peerDownload: 8 * u, mode: 'p2p' });
    expect(result.completionTimes.every((t) => t > 0)).toBe(true);
    expect(result.ratioToBound).toBeGreaterThanOrEqual(1 - ROUNDING);
    expect(result.ratioToBound).toBeLessThanOrEqual(1.1);
  });

  it('client-server: each client gets a fair share, so faster downloads finish first', () => {
    const peerDownload = [1e5, 1e6, 2e6, 2e6];
    const result = simulateDistribution({ n: 4, fileBits: 1e8, serverUpload: 3e6, peerUpload: 0, peerDownload, mode: 'client-server' });
    // Water-filling: the 0.1 Mbit/s client takes its cap, the other three share 2.9 Mbit/s.
    const [slow, ...others] = result.completionTimes;
    expect(slow).toBeCloseTo(1e8 / 1e5, 6);
    for (const t of others) expect(t).toBeCloseTo(1e8 / (2.9e6 / 3), 6);
  });
});

describe('file distribution: chunk granularity', () => {
  it('more chunks bring p2p closer to the fluid bound', () => {
    const ratio = (chunks: number) =>
      simulateDistribution({ n: 40, ...textbook, mode: 'p2p', chunks, seed: 5 }).ratioToBound;
    expect(ratio(10)).toBeGreaterThan(ratio(200));
    expect(ratio(200)).toBeLessThan(1.05);
  });

  it('a single chunk cannot be forwarded until whole: p2p is then far from the fluid bound', () => {
    const result = simulateDistribution({ n: 30, ...textbook, mode: 'p2p', chunks: 1 });
    expect(result.ratioToBound).toBeGreaterThan(1.5);
  });
});

describe('file distribution: determinism', () => {
  it('the same seed gives the same completion times', () => {
    const run = () => simulateDistribution({ n: 25, ...textbook, peerDownload: [...Array(25)].map((_, i) => (2 + i) * u), mode: 'p2p', seed: 77 });
    expect(run()).toEqual(run());
  });

  it('different seeds give different schedules', () => {
    const run = (seed: number) => simulateDistribution({ n: 25, ...textbook, mode: 'p2p', seed }).completionTimes;
    expect(run(1)).not.toEqual(run(2));
  });
});

describe('file distribution: invariants (property-based)', () => {
  const swarm = fc.record({
    n: fc.integer({ min: 1, max: 24 }),
    chunks: fc.integer({ min: 1, max: 64 }),
    serverUpload: fc.double({ min: 1e5, max: 1e8, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1000 }),
    mode: fc.constantFrom<Architecture>('client-server', 'p2p'),
    // Uploads include free riders (exactly 0) and links down to the 1 bit/s minimum.
    rates: fc.array(
      fc.tuple(fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e7, noNaN: true })), fc.double({ min: 1e5, max: 1e8, noNaN: true })),
      { minLength: 24, maxLength: 24 },
    ),
  });

  it('times are non-negative, N·F bits arrive, and nobody beats their own lower bounds', () => {
    fc.assert(
      fc.property(swarm, ({ n, chunks, serverUpload, seed, mode, rates }) => {
        const fileBits = 1e8;
        const peerUpload = rates.slice(0, n).map(([up]) => up);
        const peerDownload = rates.slice(0, n).map(([, down]) => down);
        const result = simulateDistribution({ n, fileBits, serverUpload, peerUpload, peerDownload, mode, chunks, seed });
        expect(result.bitsDelivered).toBeCloseTo(n * fileBits, 0);
        expect(result.makespan).toBeGreaterThanOrEqual(result.bound * (1 - ROUNDING));
        const sorted = [...result.completionTimes].sort((a, b) => a - b);
        const totalUpload = serverUpload + (mode === 'p2p' ? peerUpload.reduce((a, b) => a + b, 0) : 0);
        result.completionTimes.forEach((t, i) => {
          expect(t).toBeGreaterThan(0);
          // Nobody downloads faster than their own link.
          expect(t).toBeGreaterThanOrEqual((fileBits / (peerDownload[i] as number)) * (1 - ROUNDING));
        });
        sorted.forEach((t, k) => {
          // The k-th finisher needs k copies delivered, at no more than the total upload;
          // in client-server that is the server's alone (the fluid bound).
          expect(t).toBeGreaterThanOrEqual((((k + 1) * fileBits) / totalUpload) * (1 - ROUNDING));
        });
        // Every chunk must leave the server at least once before anyone can finish.
        expect(sorted[0]).toBeGreaterThanOrEqual((fileBits / serverUpload) * (1 - ROUNDING));
      }),
      { numRuns: 50 },
    );
  });
});
