/**
 * The demo's state, outside React: the reader's settings, one model per architecture, the loop that
 * advances them, and a throttled snapshot for the controls and metrics. Renderers subscribe to frames;
 * React subscribes to snapshots (useSyncExternalStore). Time comes from the injected host.
 */
import { createSimulation } from '../../sim/index.ts';
import type { Simulation, SimulationState, SimMetrics } from '../../sim/types.ts';
import { FixedStepLoop, type LoopHost } from './loop.ts';
import { SCENARIO_DEFAULTS, SCENARIO_LABELS, type DemoParams } from './params.ts';
import { formatDuration, isFileScenario, timeScale, toSimConfig } from './config.ts';

export interface ChartPoint {
  n: number;
  clientServer?: number;
  p2p?: number;
}

export interface DemoSnapshot {
  params: DemoParams;
  playing: boolean;
  motion: boolean;
  serverOnline: boolean;
  cs: SimMetrics;
  p2p: SimMetrics;
  csDone: boolean;
  p2pDone: boolean;
  /** "P2P finished 3.1x sooner", once a file run completes on both sides. */
  result: string | null;
  /** The latest live announcement (at most one a second). */
  narration: string;
  /** Words for the drawing: what both sides look like now. */
  summary: string;
  /** Completed file runs, for the chart. */
  points: ChartPoint[];
}

export interface ControllerHost extends LoopHost {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** settle: simulated seconds in a quarter second of playback, for the renderer's steadier looks; 0 for exact. */
export type FrameListener = (cs: SimulationState, p2p: SimulationState, settle: number) => void;

const STEP_MS = 1000 / 60;
const SETTLE_MS = 250;
/**
 * Script time the models may take in one frame. A burst of events (a wave of chunks finishing, a
 * run of departures) beyond it is finished in the next frames, and the clock catches up.
 */
const MODEL_BUDGET_MS = 2.5;
/** Numbers a reader can follow; fewer React renders keep frames short at 200 clients. */
const SNAPSHOT_EVERY_MS = 500;
const NARRATE_EVERY_MS = 1000;
/** One press of Step advances half a second of playback. */
const STEP_BUTTON_MS = 500;

function countStatus(state: SimulationState, status: string) {
  let n = 0;
  for (let i = 1; i < state.nodes.length; i++) if (state.nodes[i]!.status === status) n++;
  return n;
}

function describeSide(label: string, state: SimulationState, file: boolean): string {
  const n = state.nodes.length - 1;
  const who = state.architecture === 'p2p' ? 'peers' : 'clients';
  const parts = [
    file ? `${state.metrics.clientsDone} of ${n} ${who} have the whole file` : `${state.metrics.completed} requests answered`,
    state.serverOnline ? 'server online' : 'server offline',
  ];
  const offline = countStatus(state, 'offline');
  if (offline) parts.push(`${offline} ${who} offline`);
  if (!file && state.queueLength) parts.push(`${state.queueLength} requests waiting`);
  return `${label}: ${parts.join(', ')}.`;
}

export class DemoController {
  #host: ControllerHost;
  #params: DemoParams;
  #cs!: Simulation;
  #p2p!: Simulation;
  #loop: FixedStepLoop;
  #motion: boolean;
  #serverOnline = true;
  #points: ChartPoint[] = [];
  #result: string | null = null;
  #narration = '';
  #pending: string[] = [];
  #lastSpoken = -Infinity;
  #narrationTimer: unknown = null;
  #lastSnapshotAt = -Infinity;
  #snapshot!: DemoSnapshot;
  #listeners = new Set<() => void>();
  #frameListeners = new Set<FrameListener>();
  #wasDone = { cs: false, p2p: false };
  /** Simulated seconds per second of playback at 1×, fixed for a run. */
  #scale = 1;
  /** When this frame's model budget runs out; no limit outside the animation (Step, tests). */
  #deadline = Infinity;

  constructor(params: DemoParams, host: ControllerHost, motion: boolean) {
    this.#host = host;
    this.#params = params;
    this.#motion = motion;
    this.#loop = new FixedStepLoop(host, {
      stepMs: STEP_MS,
      maxStepsPerFrame: 8,
      begin: () => {
        this.#deadline = this.#host.now() + MODEL_BUDGET_MS;
      },
      update: (ms) => this.#advance(ms),
      draw: () => this.#draw(false),
    });
    this.#createModels();
    this.#publish();
  }

  get states() {
    return { cs: this.#cs.state, p2p: this.#p2p.state };
  }

  get panics() {
    return this.#loop.panics;
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = () => this.#snapshot;

  onFrame(listener: FrameListener) {
    this.#frameListeners.add(listener);
    listener(this.#cs.state, this.#p2p.state, this.#settle());
    return () => this.#frameListeners.delete(listener);
  }

  play() {
    if (this.#bothDone()) this.reset();
    if (this.#loop.running) return;
    this.#loop.start();
    this.#announce('Playing.');
    this.#publish();
  }

  pause() {
    if (!this.#loop.running) return;
    this.#loop.stop();
    this.#announce(`Paused at ${formatDuration(this.#cs.state.time)} of simulated time.`);
    this.#publish();
  }

  toggle() {
    if (this.#loop.running) this.pause();
    else this.play();
  }

  /** Advances half a second of playback and stops. */
  step() {
    if (this.#loop.running) this.#loop.stop();
    this.#deadline = Infinity;
    for (let elapsed = 0; elapsed < STEP_BUTTON_MS; elapsed += STEP_MS) this.#advance(STEP_MS);
    this.#draw(true);
  }

  reset() {
    this.#loop.stop();
    this.#createModels();
    this.#announce(`Reset: ${SCENARIO_LABELS[this.#params.scenario]}, ${this.#params.clients} clients.`);
    this.#draw(true);
  }

  setParams(next: Partial<DemoParams>) {
    const scenarioChanged = next.scenario !== undefined && next.scenario !== this.#params.scenario;
    this.#params = scenarioChanged ? { ...SCENARIO_DEFAULTS[next.scenario!], seed: this.#params.seed, speed: this.#params.speed } : { ...this.#params, ...next };
    const onlySpeed = Object.keys(next).every((k) => k === 'speed');
    if (onlySpeed) {
      this.#publish();
      return;
    }
    const wasRunning = this.#loop.running;
    this.reset();
    if (wasRunning) this.#loop.start();
    this.#publish();
  }

  setServerOnline(online: boolean) {
    this.#serverOnline = online;
    this.#cs.setServerOnline(online);
    this.#p2p.setServerOnline(online);
    this.#announce(online ? 'Server restored.' : 'Server failed: client-server clients stall; peers keep sharing what they hold.');
    this.#draw(true);
  }

  setMotion(motion: boolean) {
    this.#motion = motion;
    this.#publish();
  }

  dispose() {
    this.#loop.dispose();
    if (this.#narrationTimer !== null) this.#host.clearTimeout(this.#narrationTimer);
    this.#listeners.clear();
    this.#frameListeners.clear();
  }

  #createModels() {
    this.#cs = createSimulation(toSimConfig(this.#params, 'client-server'), this.#params.seed);
    this.#p2p = createSimulation(toSimConfig(this.#params, 'p2p'), this.#params.seed);
    this.#scale = timeScale(this.#params);
    if (!this.#serverOnline) {
      this.#cs.setServerOnline(false);
      this.#p2p.setServerOnline(false);
    }
    this.#result = null;
    this.#wasDone = { cs: false, p2p: false };
  }

  #bothDone() {
    return this.#cs.done && this.#p2p.done;
  }

  /** Simulated seconds that realMs of playback covers at the current speed. */
  #simSeconds(realMs: number) {
    return (realMs / 1000) * this.#scale * this.#params.speed;
  }

  #overBudget = () => this.#host.now() > this.#deadline;

  #settle() {
    return this.#simSeconds(SETTLE_MS);
  }

  #advance(realMs: number) {
    const simSeconds = this.#simSeconds(realMs);
    // The first side may use half of what is left of the budget, the second the rest.
    const start = this.#host.now();
    const half = start + (this.#deadline - start) / 2;
    if (!this.#cs.done) this.#cs.advance(simSeconds, () => this.#host.now() > half);
    if (!this.#p2p.done) this.#p2p.advance(simSeconds, this.#overBudget);
    this.#checkCompletion();
  }

  #checkCompletion() {
    const file = isFileScenario(this.#params);
    for (const side of ['cs', 'p2p'] as const) {
      const sim = side === 'cs' ? this.#cs : this.#p2p;
      if (sim.done && !this.#wasDone[side]) {
        this.#wasDone[side] = true;
        if (file && sim.state.metrics.clientsDone === sim.state.metrics.clients) {
          this.#announce(`${side === 'cs' ? 'Client-server' : 'Peer-to-peer'} delivered the file to everyone in ${formatDuration(sim.state.time)}.`);
        }
      }
    }
    if (this.#bothDone() && this.#result === null) {
      this.#loop.stop();
      this.#result = this.#describeResult();
      if (file) this.#recordPoint();
      this.#announce(this.#result);
    }
  }

  #describeResult(): string {
    const cs = this.#cs.state;
    const p2p = this.#p2p.state;
    if (!isFileScenario(this.#params)) return `Run complete after ${formatDuration(cs.time)} of simulated time.`;
    const csAll = cs.metrics.clientsDone === cs.metrics.clients;
    const p2pAll = p2p.metrics.clientsDone === p2p.metrics.clients;
    if (csAll && p2pAll) {
      const a = cs.time;
      const b = p2p.time;
      if (Math.abs(a - b) / Math.max(a, b, 1e-9) < 0.02) return `Both finished in about ${formatDuration(a)}.`;
      const faster = b < a ? 'P2P' : 'Client-server';
      return `${faster} finished ${(Math.max(a, b) / Math.min(a, b)).toFixed(1)}× sooner (${formatDuration(Math.min(a, b))} against ${formatDuration(Math.max(a, b))}).`;
    }
    if (p2pAll) return `Only P2P delivered the file to everyone (in ${formatDuration(p2p.time)}); client-server clients were left waiting.`;
    if (csAll) return `Only client-server delivered the file to everyone (in ${formatDuration(cs.time)}); some pieces were never available to the peers.`;
    return 'Neither side delivered the file to everyone before the run ended.';
  }

  #recordPoint() {
    const n = this.#params.clients;
    const point: ChartPoint = { n };
    if (this.#cs.state.metrics.clientsDone === n) point.clientServer = this.#cs.state.time;
    if (this.#p2p.state.metrics.clientsDone === n) point.p2p = this.#p2p.state.time;
    this.#points = [...this.#points.filter((p) => p.n !== n), point].sort((a, b) => a.n - b.n);
  }

  #announce(message: string) {
    this.#pending.push(message);
    this.#flushNarration();
  }

  #flushNarration() {
    if (!this.#pending.length) return;
    const now = this.#host.now();
    const wait = this.#lastSpoken + NARRATE_EVERY_MS - now;
    if (wait > 0) {
      this.#narrationTimer ??= this.#host.setTimeout(() => {
        this.#narrationTimer = null;
        this.#flushNarration();
        this.#publish();
      }, wait);
      return;
    }
    // Several events inside one second become one message, newest last.
    this.#narration = this.#pending.slice(-2).join(' ');
    this.#pending = [];
    this.#lastSpoken = now;
  }

  #draw(force: boolean) {
    const cs = this.#cs.state;
    const p2p = this.#p2p.state;
    // A forced draw (a Step, a reset, a failed server) shows the exact state at once.
    const settle = force ? 0 : this.#settle();
    for (const listener of this.#frameListeners) listener(cs, p2p, settle);
    const now = this.#host.now();
    if (force || !this.#loop.running || now - this.#lastSnapshotAt >= SNAPSHOT_EVERY_MS) this.#publish();
  }

  #publish() {
    this.#lastSnapshotAt = this.#host.now();
    const cs = this.#cs.state;
    const p2p = this.#p2p.state;
    const file = isFileScenario(this.#params);
    this.#snapshot = {
      params: this.#params,
      playing: this.#loop.running,
      motion: this.#motion,
      serverOnline: this.#serverOnline,
      cs: cs.metrics,
      p2p: p2p.metrics,
      csDone: this.#cs.done,
      p2pDone: this.#p2p.done,
      result: this.#result,
      narration: this.#narration,
      summary: `After ${formatDuration(cs.time)} of simulated time. ${describeSide('Client-server', cs, file)} ${describeSide('Peer-to-peer', p2p, file)}`,
      points: this.#points,
    };
    for (const listener of this.#listeners) listener();
  }
}
