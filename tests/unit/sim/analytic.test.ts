import { describe, expect, it } from 'vitest';
import { erlangC, meanTimeInSystem, minDistributionTime } from '../../../src/sim/index.ts';

const HOUR = 3600;
// Kurose & Ross §2.5: F/u = 1 hour, u_s = 10u, d_min >= u_s.
const u = 1e6;
const textbook = { fileBits: 3.6e9, serverUpload: 10 * u, peerUpload: u, peerDownload: 10 * u };

describe('minimum distribution time: the textbook table (Kurose & Ross §2.5)', () => {
  const table: Array<[number, number, number]> = [
    [5, 0.5, 0.333],
    [10, 1, 0.5],
    [20, 2, 0.667],
    [30, 3, 0.75],
    [35, 3.5, 0.778],
  ];
  for (const [n, clientServerHours, p2pHours] of table) {
    it(`N = ${n}: D_cs = ${clientServerHours} h and D_p2p = ${p2pHours} h`, () => {
      const times = minDistributionTime({ n, ...textbook });
      expect((times.clientServer / HOUR).toFixed(3)).toBe(clientServerHours.toFixed(3));
      expect((times.p2p / HOUR).toFixed(3)).toBe(p2pHours.toFixed(3));
    });
  }

  it('client-server grows linearly in N while p2p levels off below F/u', () => {
    const at = (n: number) => minDistributionTime({ n, ...textbook });
    expect(at(1000).clientServer / at(100).clientServer).toBeCloseTo(10, 9);
    expect(at(100_000).p2p).toBeLessThan(textbook.fileBits / u);
    expect(at(100_000).p2p).toBeGreaterThan(at(1000).p2p);
  });
});

describe('minimum distribution time: which term binds', () => {
  it('is 0 for both with no peers', () => {
    expect(minDistributionTime({ n: 0, ...textbook })).toEqual({ clientServer: 0, p2p: 0 });
  });

  it('is set by the slowest download when d_min is small', () => {
    const times = minDistributionTime({ n: 2, ...textbook, peerDownload: [1e5, 1e9] });
    expect(times.clientServer).toBe(3.6e9 / 1e5);
    expect(times.p2p).toBe(3.6e9 / 1e5);
  });

  it('is set by F/u_s in p2p when peers upload a lot', () => {
    const times = minDistributionTime({ n: 4, ...textbook, peerUpload: 1e9, peerDownload: 1e12 });
    expect(times.p2p).toBe(3.6e9 / (10 * u));
  });

  it('gives each peer its own rates when arrays are passed', () => {
    const peerUpload = [1e6, 2e6, 0, 5e5];
    const peerDownload = [4e6, 8e6, 3e6, 9e6];
    const times = minDistributionTime({ n: 4, fileBits: 1e9, serverUpload: 2e6, peerUpload, peerDownload });
    const sumUpload = 2e6 + 1e6 + 2e6 + 0 + 5e5;
    expect(times.p2p).toBeCloseTo(Math.max(1e9 / 2e6, 1e9 / 3e6, (4 * 1e9) / sumUpload), 9);
    expect(times.clientServer).toBeCloseTo(Math.max((4 * 1e9) / 2e6, 1e9 / 3e6), 9);
  });

  it('with free-riding peers (upload 0), p2p is no better than client-server', () => {
    const times = minDistributionTime({ n: 8, ...textbook, peerUpload: 0 });
    expect(times.p2p).toBe(times.clientServer);
  });
});

describe('queueing formulas', () => {
  it('Erlang C matches its closed form for c = 2, a = 1 (1/3)', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('Erlang C with one server is the utilisation ρ', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
  });

  it('M/M/1 mean time in system is 1 / (μ − λ)', () => {
    expect(meanTimeInSystem(0.5, 1)).toBeCloseTo(2, 12);
    expect(meanTimeInSystem(9, 10)).toBeCloseTo(1, 12);
  });

  it('more servers at the same load per server means less waiting', () => {
    const one = meanTimeInSystem(0.8, 1, 1);
    const four = meanTimeInSystem(3.2, 1, 4);
    expect(four).toBeLessThan(one);
    expect(four).toBeGreaterThan(1);
  });

  it('has no steady state at or beyond capacity', () => {
    expect(meanTimeInSystem(1, 1)).toBe(Infinity);
    expect(meanTimeInSystem(5, 2, 2)).toBe(Infinity);
  });
});
