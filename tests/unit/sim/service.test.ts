import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, simulateService } from '../../../src/sim/index.ts';

/** M/M/c mean time in system from the textbook formulas, written out independently of the model's code. */
function textbookMeanTime(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  // term is now a^c / c!
  const tail = (term * c) / (c - a);
  const waitProbability = tail / (sum + tail);
  return waitProbability / (c * mu - lambda) + 1 / mu;
}

describe('request-response service: one server (M/M/1)', () => {
  it('mean time in system matches 1 / (μ − Nλ) within 5 % over a long run', () => {
    // 20 clients at 0.025/s each: Nλ = 0.5, μ = 1, so T = 2 s; about 10^5 requests.
    const result = simulateService({ clients: 20, requestRate: 0.025, serviceRate: 1, duration: 2e5, seed: 11 });
    expect(result.stable).toBe(true);
    expect(result.offeredLoad).toBeCloseTo(0.5, 12);
    expect(result.meanLatency / (1 / (1 - 0.5)) - 1).toBeLessThan(0.05);
    expect(1 - result.meanLatency / 2).toBeLessThan(0.05);
    expect(result.utilisation).toBeGreaterThan(0.47);
    expect(result.utilisation).toBeLessThan(0.53);
  });

  it('p95 of an exponential time in system is ln(20) · T', () => {
    const result = simulateService({ clients: 1, requestRate: 0.5, serviceRate: 1, duration: 2e5, seed: 5 });
    // In M/M/1 the time in system is exponential with mean 1/(μ − λ).
    expect(result.p95Latency / (Math.log(20) * 2)).toBeGreaterThan(0.95);
    expect(result.p95Latency / (Math.log(20) * 2)).toBeLessThan(1.05);
  });
});

describe('request-response service: several servers (M/M/c, Erlang C)', () => {
  for (const c of [2, 4]) {
    it(`c = ${c} at 70 % load: mean time in system within 5 % of Erlang C`, () => {
      const lambda = 0.7 * c;
      const result = simulateService({ clients: 50, requestRate: lambda / 50, serviceRate: 1, servers: c, duration: 1e5, seed: c });
      const expected = textbookMeanTime(lambda, 1, c);
      expect(result.analyticMeanLatency).toBeCloseTo(expected, 9);
      expect(Math.abs(result.meanLatency / expected - 1)).toBeLessThan(0.05);
    });
  }
});

describe('request-response service: overload (ρ >= 1)', () => {
  it('reports an unstable, growing queue with finite numbers', () => {
    const short = simulateService({ clients: 10, requestRate: 0.15, serviceRate: 1, duration: 2000, seed: 3 });
    const long = simulateService({ clients: 10, requestRate: 0.15, serviceRate: 1, duration: 8000, seed: 3 });
    expect(short.stable).toBe(false);
    expect(short.offeredLoad).toBeCloseTo(1.5, 12);
    expect(short.analyticMeanLatency).toBeNull();
    expect(long.finalQueueLength).toBeGreaterThan(2 * short.finalQueueLength);
    expect(long.meanLatency).toBeGreaterThan(short.meanLatency);
    for (const value of Object.values(long)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });

  it('at exactly ρ = 1 is still flagged unstable', () => {
    expect(simulateService({ clients: 4, requestRate: 0.25, serviceRate: 1, duration: 100 }).stable).toBe(false);
  });

  it('a bounded queue drops arrivals instead of growing', () => {
    const result = simulateService({ clients: 10, requestRate: 0.3, serviceRate: 1, queueLimit: 5, duration: 5000, seed: 2 });
    expect(result.maxQueueLength).toBeLessThanOrEqual(5);
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.arrivals).toBe(result.completed + result.dropped + result.failed + result.inSystem);
  });

  it('zero completions give a latency of 0, never NaN', () => {
    const result = simulateService({ clients: 1, requestRate: 0, serviceRate: 1, duration: 100 });
    expect(result.completed).toBe(0);
    expect(result.meanLatency).toBe(0);
    expect(result.p95Latency).toBe(0);
    expect(result.availability).toBe(1);
  });

  it('huge rates stop at the event cap instead of hanging', () => {
    const result = simulateService({ clients: 1000, requestRate: 1e6, serviceRate: 1e6, duration: 1e6, seed: 1, maxEvents: 200_000 });
    expect(result.truncated).toBe(true);
    expect(result.events).toBe(200_000);
    expect(result.simulatedTime).toBeLessThan(1e6);
    expect(Number.isFinite(result.meanLatency)).toBe(true);
  });

  it('the default cap is LIMITS.maxEvents, and a larger cap is refused', () => {
    expect(LIMITS.maxEvents).toBe(10_000_000);
    expect(() => simulateService({ clients: 1, requestRate: 1, serviceRate: 1, duration: 1, maxEvents: LIMITS.maxEvents + 1 })).toThrow(
      /maxEvents must be an integer from 1 to 10000000/,
    );
  });
});

describe('request-response service: server failure window', () => {
  const base = { clients: 10, requestRate: 0.05, serviceRate: 2, duration: 4000, seed: 8 } as const;
  const outage = [{ at: 1000, duration: 400 }];

  it("onFailure 'fail': requests during the window fail, the rest are served", () => {
    const result = simulateService({ ...base, failures: outage, onFailure: 'fail' });
    // About λN · 400 s = 200 arrivals fall in the window.
    expect(result.failed).toBeGreaterThan(150);
    expect(result.failed).toBeLessThan(260);
    expect(result.availability).toBeCloseTo(1 - result.failed / result.arrivals, 2);
    expect(result.availability).toBeGreaterThan(0.85);
    expect(result.availability).toBeLessThan(0.95);
    const healthy = simulateService(base);
    expect(result.meanLatency).toBeLessThan(healthy.meanLatency * 1.2);
  });

  it("onFailure 'wait': nothing fails but latency grows", () => {
    const waiting = simulateService({ ...base, failures: outage, onFailure: 'wait' });
    const healthy = simulateService(base);
    expect(waiting.failed).toBe(0);
    expect(waiting.completed).toBeGreaterThan(healthy.completed * 0.95);
    // Requests that waited out part of a 400 s outage dominate the mean.
    expect(waiting.meanLatency).toBeGreaterThan(healthy.meanLatency * 5);
    expect(waiting.p95Latency).toBeGreaterThan(100);
  });

  it('overlapping windows merge into one outage', () => {
    const merged = simulateService({ ...base, failures: [{ at: 1000, duration: 300 }, { at: 1200, duration: 200 }] });
    const single = simulateService({ ...base, failures: outage });
    expect(merged).toEqual(single);
  });
});

describe('request-response service: determinism', () => {
  it('the same seed gives the same result; another seed different samples', () => {
    const run = (seed: number) => simulateService({ clients: 5, requestRate: 0.1, serviceRate: 1, duration: 5000, seed });
    expect(run(4)).toEqual(run(4));
    expect(run(4).meanLatency).not.toBe(run(5).meanLatency);
  });
});

describe('request-response service: invariants (property-based)', () => {
  it('counts add up, times are non-negative and shares lie in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.record({
          clients: fc.integer({ min: 1, max: 50 }),
          requestRate: fc.double({ min: 0, max: 2, noNaN: true }),
          serviceRate: fc.double({ min: 0.05, max: 5, noNaN: true }),
          servers: fc.integer({ min: 1, max: 4 }),
          queueLimit: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
          onFailure: fc.constantFrom('fail' as const, 'wait' as const),
          failures: fc.array(fc.record({ at: fc.double({ min: 0, max: 200, noNaN: true }), duration: fc.double({ min: 0.1, max: 50, noNaN: true }) }), { maxLength: 3 }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (p) => {
          const result = simulateService({ ...p, duration: 200 });
          expect(result.arrivals).toBe(result.completed + result.dropped + result.failed + result.inSystem);
          expect(result.meanLatency).toBeGreaterThanOrEqual(0);
          expect(result.p95Latency).toBeGreaterThanOrEqual(0);
          for (const share of [result.utilisation, result.availability]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          for (const value of Object.values(result)) if (typeof value === 'number') expect(Number.isNaN(value)).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });
});
