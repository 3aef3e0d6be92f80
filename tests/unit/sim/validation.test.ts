import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  defaultConfig,
  LIMITS,
  minDistributionTime,
  simulateChurn,
  simulateDistribution,
  simulateService,
} from '../../../src/sim/index.ts';
import type { DistributionParams } from '../../../src/sim/index.ts';

const good: DistributionParams = { n: 5, fileBits: 1e9, serverUpload: 1e7, peerUpload: 1e6, peerDownload: 1e7 };
const rejects = (run: () => unknown, pattern: RegExp): void => {
  expect(run).toThrow(RangeError);
  expect(run).toThrow(pattern);
};

describe('validation: distribution parameters', () => {
  it('names the parameter, the allowed range and the bad value', () => {
    rejects(() => minDistributionTime({ ...good, serverUpload: NaN }), /^serverUpload must be a finite number from 1 to 10000000000000 \(got NaN\)$/);
  });

  const cases: Array<[string, Partial<DistributionParams>, RegExp]> = [
    ['infinite file', { fileBits: Infinity }, /fileBits must be a finite number > 0 .*\(got Infinity\)/],
    ['negative file', { fileBits: -1 }, /fileBits .*\(got -1\)/],
    ['zero server upload', { serverUpload: 0 }, /serverUpload .*\(got 0\)/],
    ['zero download (divided by)', { peerDownload: 0 }, /peerDownload .*\(got 0\)/],
    ['negative upload', { peerUpload: -5 }, /peerUpload must be 0 or a finite number from 1 .*\(got -5\)/],
    ['a link slower than 1 bit/s', { peerUpload: 1e-300 }, /peerUpload .*\(got 1e-300\)/],
    ['non-integer n', { n: 2.5 }, /n must be an integer from 0 to 100000 \(got 2.5\)/],
    ['n above the maximum', { n: LIMITS.maxPeers + 1 }, /n must be an integer from 0 to 100000 \(got 100001\)/],
    ['negative n', { n: -1 }, /n must be an integer/],
    ['an array of the wrong length', { peerUpload: [1e6, 1e6] }, /peerUpload must be a number or an array of n = 5 entries/],
    ['a bad array entry', { peerDownload: [1e7, 1e7, NaN, 1e7, 1e7] }, /peerDownload\[2\] .*\(got NaN\)/],
    ['a string', { fileBits: '1e9' as unknown as number }, /fileBits .*\(got "1e9"\)/],
  ];
  for (const [label, change, pattern] of cases) {
    it(`minDistributionTime rejects ${label}`, () => rejects(() => minDistributionTime({ ...good, ...change }), pattern));
  }

  it('simulateDistribution checks mode, chunks, seed and the n × chunks budget', () => {
    rejects(() => simulateDistribution({ ...good, mode: 'mesh' as never }), /mode must be one of 'client-server', 'p2p' \(got "mesh"\)/);
    rejects(() => simulateDistribution({ ...good, mode: 'p2p', chunks: 0 }), /chunks must be an integer from 1 to 10000 \(got 0\)/);
    rejects(() => simulateDistribution({ ...good, mode: 'p2p', seed: -1 }), /seed must be an integer from 0 to 4294967295 \(got -1\)/);
    rejects(
      () => simulateDistribution({ ...good, n: 100_000, mode: 'p2p', chunks: 1000 }),
      /n × chunks must be at most 20000000 for p2p/,
    );
    rejects(() => simulateDistribution({ ...good, mode: 'p2p', serverUpload: -1 }), /serverUpload/);
  });
});

describe('validation: service parameters', () => {
  const base = { clients: 5, requestRate: 0.1, serviceRate: 1, duration: 100 };
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ clients: 0 }, /clients must be an integer from 1 to 100000 \(got 0\)/],
    [{ clients: 1.5 }, /clients must be an integer/],
    [{ serviceRate: 0 }, /serviceRate must be a finite number > 0 .*\(got 0\)/],
    [{ requestRate: -1 }, /requestRate must be a finite number >= 0 .*\(got -1\)/],
    [{ requestRate: NaN }, /requestRate .*\(got NaN\)/],
    [{ servers: 0 }, /servers must be an integer from 1 to 1000/],
    [{ queueLimit: -1 }, /queueLimit must be an integer from 0/],
    [{ duration: Infinity }, /duration must be a finite number > 0 .*\(got Infinity\)/],
    [{ failures: [{ at: -1, duration: 5 }] }, /failures\[0\]\.at must be a finite number >= 0/],
    [{ failures: [{ at: 1, duration: 0 }] }, /failures\[0\]\.duration must be a finite number > 0/],
    [{ onFailure: 'retry' }, /onFailure must be one of 'fail', 'wait' \(got "retry"\)/],
  ];
  for (const [change, pattern] of cases) {
    it(`simulateService rejects ${JSON.stringify(change)}`, () => rejects(() => simulateService({ ...base, ...change } as never), pattern));
  }
});

describe('validation: churn parameters', () => {
  const base = { ...good, mode: 'p2p' as const, leaveRate: 0.1, joinRate: 0.1, duration: 100 };
  it('rejects bad rates and durations by name', () => {
    rejects(() => simulateChurn({ ...base, leaveRate: NaN }), /leaveRate .*\(got NaN\)/);
    rejects(() => simulateChurn({ ...base, joinRate: -0.5 }), /joinRate .*\(got -0.5\)/);
    rejects(() => simulateChurn({ ...base, duration: 0 }), /duration .*\(got 0\)/);
  });
});

describe('validation: the step API', () => {
  it('rejects a bad config field by name', () => {
    const config = defaultConfig('file-distribution');
    rejects(() => createSimulation({ ...config, clients: 0 }), /clients must be an integer from 1 to 1000 \(got 0\)/);
    rejects(() => createSimulation({ ...config, clients: LIMITS.maxEngineNodes + 1 }), /clients must be an integer from 1 to 1000/);
    rejects(() => createSimulation({ ...config, architecture: 'mesh' as never }), /architecture must be one of/);
    rejects(() => createSimulation({ ...config, workload: 'video' as never }), /workload must be one of 'requests', 'file'/);
    rejects(() => createSimulation({ ...config, chunks: 0.5 }), /chunks must be an integer/);
    rejects(() => createSimulation({ ...config, leaveRate: -1 }), /leaveRate/);
    rejects(() => createSimulation({ ...config, queueLimit: -2 }), /queueLimit/);
    rejects(() => createSimulation(config, 1.5), /seed must be an integer/);
    rejects(
      () => createSimulation({ ...defaultConfig('request-response'), peerUpload: 0 }),
      /peerUpload must be a finite number from 1 to 10000000000000 when requestBits > 0 \(got 0\)/,
    );
  });

  it('rejects a negative or non-finite step and a non-boolean server state', () => {
    const sim = createSimulation(defaultConfig('request-response'));
    rejects(() => sim.step(-1), /dtSeconds must be a finite number >= 0 .*\(got -1\)/);
    rejects(() => sim.step(NaN), /dtSeconds .*\(got NaN\)/);
    rejects(() => sim.setServerOnline('yes' as never), /online must be true or false/);
    expect(sim.step(0).time).toBe(0);
  });

  it('rejects an unknown scenario', () => {
    rejects(() => defaultConfig('lan-party' as never), /scenario must be one of 'request-response'/);
  });
});

describe('validation: documented limits', () => {
  it('exports the ranges a UI should clamp to', () => {
    expect(LIMITS).toMatchObject({ maxPeers: 100_000, maxEngineNodes: 1000, minRate: 1, maxEvents: 10_000_000 });
    expect(() => minDistributionTime({ ...good, n: LIMITS.maxPeers, peerUpload: LIMITS.maxRate, peerDownload: LIMITS.minRate })).not.toThrow();
  });
});
