import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateChurn, simulateDistribution } from '../../../src/sim/index.ts';

// F/u = 20 s, u_s = 10u: the server can push one full copy in 2 s.
const swarm = { n: 20, fileBits: 2e7, serverUpload: 1e7, peerUpload: 1e6, peerDownload: 1e7, chunks: 50 } as const;

describe('server failure during file distribution', () => {
  const outage = [{ at: 5, duration: 30 }];

  it('client-server: every download stalls for the whole outage', () => {
    const healthy = simulateDistribution({ ...swarm, mode: 'client-server' });
    const failed = simulateChurn({ ...swarm, mode: 'client-server', leaveRate: 0, joinRate: 0, failures: outage, duration: 1000 });
    expect(failed.makespan).toBeCloseTo(healthy.makespan + 30, 6);
    expect(failed.unavailableTime).toBeCloseTo(30, 6);
    expect(failed.availability).toBeCloseTo(1 - 30 / (healthy.makespan + 30), 6);
  });

  it('p2p: once the server has seeded, peers holding the content keep serving', () => {
    const healthy = simulateDistribution({ ...swarm, mode: 'p2p', seed: 4 });
    const failed = simulateChurn({ ...swarm, mode: 'p2p', leaveRate: 0, joinRate: 0, failures: outage, duration: 1000, seed: 4 });
    expect(failed.completed).toBe(swarm.n);
    expect(failed.availability).toBe(1);
    // Without the server's upload it is slower than healthy, but nowhere near a 30 s stall.
    expect(failed.makespan).toBeGreaterThan(healthy.makespan);
    expect(failed.makespan as number).toBeLessThan(healthy.makespan + 15);
  });

  it('p2p: an outage before a copy exists among the peers leaves chunks unavailable', () => {
    const early = simulateChurn({ ...swarm, mode: 'p2p', leaveRate: 0, joinRate: 0, failures: [{ at: 0.5, duration: 30 }], duration: 1000 });
    expect(early.unavailableTime).toBeCloseTo(30, 6);
    expect(early.makespan as number).toBeGreaterThan(30);
  });
});

describe('peer churn', () => {
  it('a chunk on no online peer, with the server gone, is unavailable until a holder returns', () => {
    // Two peers, and the server leaves for good after 1.2 s, when some chunks exist only on one peer.
    const result = simulateChurn({
      n: 2,
      fileBits: 2e7,
      serverUpload: 1e7,
      peerUpload: 1e6,
      peerDownload: 1e7,
      chunks: 20,
      mode: 'p2p',
      leaveRate: 0.2,
      joinRate: 0.2,
      failures: [{ at: 1.2, duration: 1e6 }],
      duration: 5000,
      seed: 6,
    });
    expect(result.unavailableTime).toBeGreaterThan(0);
    expect(result.availability).toBeLessThan(1);
    expect(result.meanOnlineShare).toBeGreaterThan(0.3);
    expect(result.meanOnlineShare).toBeLessThan(0.7);
  });

  it('with the server up, churn slows p2p down but content stays available', () => {
    const calm = simulateDistribution({ ...swarm, mode: 'p2p', seed: 2 });
    const churning = simulateChurn({ ...swarm, mode: 'p2p', leaveRate: 1 / 10, joinRate: 1 / 5, duration: 10_000, seed: 2 });
    expect(churning.availability).toBe(1);
    expect(churning.completed).toBe(swarm.n);
    expect(churning.makespan as number).toBeGreaterThan(calm.makespan);
  });

  it('peers that never return leave their downloads unfinished, reported as null', () => {
    const result = simulateChurn({ ...swarm, mode: 'client-server', leaveRate: 1, joinRate: 0, duration: 200, seed: 1 });
    expect(result.makespan).toBeNull();
    expect(result.completionTimes.some((t) => t === null)).toBe(true);
    expect(result.completed).toBeLessThan(swarm.n);
  });

  it('p2p is more available than client-server when both lose their server', () => {
    const common = { ...swarm, leaveRate: 1 / 30, joinRate: 1 / 15, failures: [{ at: 10, duration: 1e6 }], duration: 600, seed: 3 };
    const clientServer = simulateChurn({ ...common, mode: 'client-server' });
    const p2p = simulateChurn({ ...common, mode: 'p2p' });
    expect(p2p.availability).toBeGreaterThan(clientServer.availability);
    expect(p2p.completed).toBeGreaterThan(clientServer.completed);
  });
});

describe('faults: invariants (property-based)', () => {
  it('availability and online share lie in [0, 1]; finished peers respect their download bound', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 1, max: 12 }),
          mode: fc.constantFrom('client-server' as const, 'p2p' as const),
          leaveRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
          joinRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
          outageAt: fc.double({ min: 0, max: 20, noNaN: true }),
          outageLength: fc.double({ min: 0.1, max: 50, noNaN: true }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        ({ n, mode, leaveRate, joinRate, outageAt, outageLength, seed }) => {
          const result = simulateChurn({
            n,
            fileBits: 1e7,
            serverUpload: 5e6,
            peerUpload: 1e6,
            peerDownload: 4e6,
            chunks: 16,
            mode,
            leaveRate,
            joinRate,
            failures: [{ at: outageAt, duration: outageLength }],
            duration: 300,
            seed,
          });
          for (const share of [result.availability, result.meanOnlineShare]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          expect(result.unavailableTime).toBeGreaterThanOrEqual(0);
          expect(result.unavailableTime).toBeLessThanOrEqual(result.simulatedTime + 1e-9);
          for (const t of result.completionTimes) if (t !== null) expect(t).toBeGreaterThanOrEqual(1e7 / 4e6 - 1e-9);
        },
      ),
      { numRuns: 50 },
    );
  });
});
