import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, defaultConfig, minDistributionTime, SCENARIOS } from '../../../src/sim/index.ts';
import type { Architecture, Simulation, SimulationConfig, SimulationState } from '../../../src/sim/index.ts';

const ARCHITECTURES: Architecture[] = ['client-server', 'p2p'];
const FRAME = 1 / 60;

const runFor = (sim: Simulation, seconds: number, dt = FRAME): SimulationState => {
  for (let t = 0; t < seconds && !sim.done; t += dt) sim.step(dt);
  return sim.state;
};

const runToEnd = (sim: Simulation, dt = 0.25): SimulationState => {
  while (!sim.done) sim.step(dt);
  return sim.state;
};

/** True if value holds only JSON data: plain objects, arrays, finite numbers, strings, booleans. */
const isPlainData = (value: unknown): boolean => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object') {
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainData);
  }
  return false;
};

describe('step API: determinism', () => {
  for (const scenario of SCENARIOS) {
    for (const architecture of ARCHITECTURES) {
      it(`${scenario} / ${architecture}: the same seed and step sizes give identical states`, () => {
        const config = defaultConfig(scenario, architecture);
        const a = createSimulation(config, 42);
        const b = createSimulation(config, 42);
        const dts = [0.01, 0.5, FRAME, 2, 0.3, FRAME, 5, 1];
        for (let i = 0; i < 24; i++) {
          const dt = dts[i % dts.length] as number;
          expect(JSON.stringify(a.step(dt))).toBe(JSON.stringify(b.step(dt)));
        }
      });
    }
  }

  it('advance reaches the same state as step, a frame at a time', () => {
    const config = defaultConfig('peer-churn', 'p2p');
    const stepped = createSimulation(config, 9);
    const advanced = createSimulation(config, 9);
    for (let i = 0; i < 40; i++) {
      const dt = i % 3 === 0 ? 0.5 : FRAME;
      stepped.step(dt);
      advanced.advance(dt);
      if (i % 8 === 7) expect(JSON.stringify(advanced.state)).toBe(JSON.stringify(stepped.state));
    }
    expect(advanced.state.time).toBeGreaterThan(0);
  });

  it('advance can spread a burst over several calls without changing the run', () => {
    for (const scenario of ['file-distribution', 'peer-churn'] as const) {
      const config = { ...defaultConfig(scenario, 'p2p'), clients: 40 };
      const whole = createSimulation(config, 3);
      const sliced = createSimulation(config, 3);
      const dt = 2;
      let yields = 0;
      let lagged = false;
      for (let i = 0; i < 100_000 && !(whole.done && sliced.done); i++) {
        whole.advance(dt);
        // Yield at every chance: at most 16 events a call.
        sliced.advance(dt, () => ++yields > 0);
        if (sliced.state.time < whole.state.time) {
          lagged = true;
          // What was owed is caught up by the next call allowed to finish, not dropped.
          sliced.advance(0);
          expect(sliced.state.time).toBe(whole.state.time);
        }
      }
      expect(yields).toBeGreaterThan(0);
      expect(lagged).toBe(true);
      const a = whole.state;
      const b = sliced.state;
      expect(b.done).toBe(true);
      expect(b.time).toBe(a.time);
      expect(b.metrics.clientsDone).toBe(a.metrics.clientsDone);
      expect(b.metrics.meanLatency).toBeCloseTo(a.metrics.meanLatency, 6);
      expect(b.metrics.p95Latency).toBe(a.metrics.p95Latency);
      expect(b.metrics.availability).toBeCloseTo(a.metrics.availability, 9);
      expect(b.metrics.serverUtilisation).toBeCloseTo(a.metrics.serverUtilisation, 9);
    }
  });

  it('a different seed gives a different run', () => {
    const config = defaultConfig('many-clients');
    const a = runFor(createSimulation(config, 1), 30, 0.5);
    const b = runFor(createSimulation(config, 2), 30, 0.5);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});

describe('step API: the snapshot', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: state is plain JSON data with ids, roles and shares in range`, () => {
      for (const architecture of ARCHITECTURES) {
        const config = defaultConfig(scenario, architecture);
        const state = runFor(createSimulation(config, 3), 12, 0.1);
        expect(isPlainData(state)).toBe(true);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        expect(state.nodes).toHaveLength(config.clients + 1);
        expect(state.nodes[0]?.role).toBe('server');
        const ids = new Set(state.nodes.map((node) => node.id));
        for (const node of state.nodes.slice(1)) expect(node.role).toBe(architecture === 'p2p' ? 'peer' : 'client');
        for (const node of state.nodes) {
          expect(['idle', 'requesting', 'downloading', 'done', 'offline']).toContain(node.status);
          expect(node.progress).toBeGreaterThanOrEqual(0);
          expect(node.progress).toBeLessThanOrEqual(1);
          expect(node.load).toBeGreaterThanOrEqual(0);
          expect(node.load).toBeLessThanOrEqual(1);
          expect(node.status === 'offline').toBe(!node.online);
        }
        for (const transfer of state.transfers) {
          expect(ids.has(transfer.from) && ids.has(transfer.to)).toBe(true);
          expect(transfer.progress).toBeGreaterThanOrEqual(0);
          expect(transfer.progress).toBeLessThanOrEqual(1);
        }
        const { metrics } = state;
        expect(metrics.time).toBe(state.time);
        for (const share of [metrics.availability, metrics.serverUtilisation]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }
    });
  }

  it('reading state twice between steps returns the same object, and a step replaces it', () => {
    const sim = createSimulation(defaultConfig('request-response'), 1);
    sim.step(1);
    const first = sim.state;
    expect(sim.state).toBe(first);
    const frozen = JSON.stringify(first);
    sim.step(1);
    expect(sim.state).not.toBe(first);
    expect(JSON.stringify(first)).toBe(frozen);
  });
});

describe('step API: file distribution', () => {
  const config = defaultConfig('file-distribution');
  const bounds = minDistributionTime({
    n: config.clients,
    fileBits: config.fileBits,
    serverUpload: config.serverUpload,
    peerUpload: config.peerUpload,
    peerDownload: config.peerDownload,
  });

  it('client-server finishes at D_cs, with every client done', () => {
    const sim = createSimulation(config, 1);
    const state = runToEnd(sim);
    expect(state.done).toBe(true);
    expect(state.time).toBeCloseTo(bounds.clientServer, 6);
    expect(state.nodes.slice(1).every((node) => node.status === 'done' && node.progress === 1)).toBe(true);
    expect(state.metrics.bitsDelivered).toBeCloseTo(config.clients * config.fileBits, 0);
  });

  it('p2p finishes within 10 % of D_p2p, well before client-server', () => {
    const state = runToEnd(createSimulation({ ...config, architecture: 'p2p' }, 1));
    expect(state.time).toBeGreaterThanOrEqual(bounds.p2p);
    expect(state.time).toBeLessThanOrEqual(bounds.p2p * 1.1);
    expect(state.metrics.clientsDone).toBe(config.clients);
  });

  it('a finished run ignores further steps', () => {
    const sim = createSimulation({ ...config, architecture: 'p2p' }, 1);
    const end = runToEnd(sim);
    expect(sim.step(100)).toBe(end);
  });

  it('setServerOnline(false) stalls client-server downloads until the server returns', () => {
    const sim = createSimulation(config, 1);
    runFor(sim, 5, 0.5);
    sim.setServerOnline(false);
    const before = sim.state.nodes[1]?.progress as number;
    const stalled = runFor(sim, 10, 0.5);
    expect(stalled.serverOnline).toBe(false);
    expect(stalled.nodes[0]?.status).toBe('offline');
    expect(stalled.nodes[1]?.progress).toBe(before);
    expect(stalled.transfers).toHaveLength(0);
    expect(stalled.metrics.availability).toBeLessThan(0.5);
    sim.setServerOnline(true);
    expect(runFor(sim, 1, 0.5).nodes[1]?.progress).toBeGreaterThan(before);
  });

  it('p2p peers keep exchanging chunks while the server is offline', () => {
    const sim = createSimulation({ ...config, architecture: 'p2p' }, 1);
    runFor(sim, 4, 0.5);
    sim.setServerOnline(false);
    const before = sim.state.metrics.bitsDelivered;
    const later = runFor(sim, 3, 0.5);
    expect(later.metrics.bitsDelivered).toBeGreaterThan(before);
    expect(later.transfers.some((transfer) => transfer.from !== 0)).toBe(true);
    expect(later.transfers.every((transfer) => transfer.from !== 0)).toBe(true);
  });
});

describe('step API: requests', () => {
  it('with instant trips, mean latency matches M/M/1 (within 10 % over a long run)', () => {
    const config: SimulationConfig = {
      ...defaultConfig('request-response'),
      clients: 10,
      requestRate: 0.05,
      serviceRate: 1,
      requestBits: 0,
      responseBits: 0,
      duration: 20_000,
    };
    const state = runToEnd(createSimulation(config, 5), 50);
    expect(state.metrics.completed).toBeGreaterThan(8000);
    expect(Math.abs(state.metrics.meanLatency / 2 - 1)).toBeLessThan(0.1);
  });

  it('shows a request going out, then the response coming back', () => {
    const sim = createSimulation(defaultConfig('request-response'), 2);
    const kinds = new Set<string>();
    for (let i = 0; i < 60 * 30; i++) for (const transfer of sim.step(FRAME).transfers) kinds.add(transfer.kind);
    expect(kinds).toEqual(new Set(['request', 'response']));
    expect(sim.state.metrics.completed).toBeGreaterThan(0);
  });

  it('server failure: client-server requests fail in the window, p2p peers keep serving', () => {
    const clientServer = runToEnd(createSimulation(defaultConfig('server-failure', 'client-server'), 4));
    const p2p = runToEnd(createSimulation(defaultConfig('server-failure', 'p2p'), 4));
    expect(clientServer.metrics.failed).toBeGreaterThan(0);
    expect(clientServer.metrics.availability).toBeLessThan(0.9);
    expect(p2p.metrics.failed).toBe(0);
    expect(p2p.metrics.availability).toBe(1);
  });

  it("onFailure 'wait' trades failures for latency", () => {
    const failing = runToEnd(createSimulation(defaultConfig('server-failure'), 4));
    const waiting = runToEnd(createSimulation({ ...defaultConfig('server-failure'), onFailure: 'wait' }, 4));
    expect(waiting.metrics.failed).toBe(0);
    expect(waiting.metrics.meanLatency).toBeGreaterThan(failing.metrics.meanLatency * 2);
  });

  it('a bounded queue drops requests under overload', () => {
    const state = runToEnd(createSimulation({ ...defaultConfig('many-clients'), requestRate: 0.2, queueLimit: 3 }, 1));
    expect(state.metrics.dropped).toBeGreaterThan(0);
    expect(state.queueLength).toBeLessThanOrEqual(3);
  });
});

describe('step API: churn', () => {
  it('peers go offline and come back, and their status says so', () => {
    const sim = createSimulation({ ...defaultConfig('peer-churn', 'p2p'), leaveRate: 0.5, joinRate: 0.5 }, 8);
    let sawOffline = false;
    let sawReturn = false;
    const wasOffline = new Set<number>();
    for (let i = 0; i < 40 && !sim.done; i++) {
      for (const node of sim.step(0.25).nodes) {
        if (!node.online) {
          sawOffline = true;
          wasOffline.add(node.id);
        } else if (wasOffline.has(node.id)) sawReturn = true;
      }
    }
    expect(sawOffline).toBe(true);
    expect(sawReturn).toBe(true);
  });

  it('peer-churn preset: p2p finishes; client-server cannot once the server has left', () => {
    const p2p = runToEnd(createSimulation(defaultConfig('peer-churn', 'p2p'), 1), 1);
    const clientServer = runToEnd(createSimulation(defaultConfig('peer-churn', 'client-server'), 1), 1);
    expect(p2p.metrics.completed).toBe(p2p.metrics.clients);
    expect(clientServer.metrics.completed).toBe(0);
    expect(clientServer.metrics.availability).toBeLessThan(p2p.metrics.availability);
  });
});

describe('step API: invariants under any sequence of steps and server toggles (property-based)', () => {
  it('metrics stay finite and non-negative, shares and progress stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.record({
          scenario: fc.constantFrom(...SCENARIOS),
          architecture: fc.constantFrom<Architecture>('client-server', 'p2p'),
          workload: fc.constantFrom('requests' as const, 'file' as const),
          clients: fc.integer({ min: 1, max: 12 }),
          onFailure: fc.constantFrom('fail' as const, 'wait' as const),
          leaveRate: fc.double({ min: 0, max: 1, noNaN: true }),
          joinRate: fc.double({ min: 0, max: 1, noNaN: true }),
          queueLimit: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
          requestBits: fc.constantFrom(0, 1e5, 5e5),
          chunks: fc.integer({ min: 1, max: 20 }),
          actions: fc.array(fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.boolean()), { minLength: 5, maxLength: 60 }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        ({ scenario, architecture, actions, seed, ...changes }) => {
          const sim = createSimulation({ ...defaultConfig(scenario, architecture), ...changes }, seed);
          for (const action of actions) {
            if (typeof action === 'boolean') sim.setServerOnline(action);
            else sim.step(action);
            const { metrics, nodes, transfers } = sim.state;
            for (const value of Object.values(metrics)) {
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(0);
            }
            expect(metrics.availability).toBeLessThanOrEqual(1);
            expect(metrics.serverUtilisation).toBeLessThanOrEqual(1);
            for (const node of nodes) {
              expect(node.progress).toBeGreaterThanOrEqual(0);
              expect(node.progress).toBeLessThanOrEqual(1);
              expect(node.queueLength).toBeGreaterThanOrEqual(0);
            }
            for (const transfer of transfers) expect(transfer.progress).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('step API: cost per frame', () => {
  const medianStepMs = (config: SimulationConfig, frames: number): number => {
    const sim = createSimulation(config, 1);
    const times: number[] = [];
    for (let i = 0; i < frames && !sim.done; i++) {
      const start = performance.now();
      sim.step(FRAME);
      void sim.state;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] as number;
  };

  for (const architecture of ARCHITECTURES) {
    it(`${architecture}: 200 nodes step and snapshot in well under 1 ms (median over frames)`, () => {
      const file = medianStepMs({ ...defaultConfig('file-distribution', architecture), clients: 200 }, 600);
      const requests = medianStepMs({ ...defaultConfig('many-clients', architecture), clients: 200 }, 600);
      expect(file).toBeLessThan(1);
      expect(requests).toBeLessThan(1);
    });
  }
});
