/**
 * The demo's state, outside React: the reader's settings, the loop that asks the models (behind a
 * ModelPort, in a worker in the browser) to advance, the latest report of both sides, and a
 * throttled snapshot for the controls and metrics. Renderers subscribe to frames; React subscribes
 * to snapshots (useSyncExternalStore). Time comes from the injected host.
 */
import type { SimMetrics } from '../../sim/types.ts';
import { countStatus, type ViewFrame } from '../../render/frame.ts';
import { FixedStepLoop, type LoopHost } from './loop.ts';
import type { ModelCommand, ModelPort, ModelReport } from './model-host.ts';
import { SCENARIO_DEFAULTS, SCENARIO_LABELS, type DemoParams } from './params.ts';
import { formatDuration, isFileScenario, timeScale } from './config.ts';

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
export type FrameListener = (cs: ViewFrame, p2p: ViewFrame, settle: number) => void;

const STEP_MS = 1000 / 60;
const SETTLE_MS = 250;
/**
 * Time the models may take for one advance. A burst of events (a wave of chunks finishing, a run of
 * departures) beyond it is finished by the next advances, and the clock catches up; the picture
 * meanwhile gets a report every frame or so.
 */
const MODEL_BUDGET_MS = 8;
/** Numbers a reader can follow; fewer React renders keep frames short at 200 clients. */
const SNAPSHOT_EVERY_MS = 500;
const NARRATE_EVERY_MS = 1000;
/** One press of Step advances half a second of playback. */
const STEP_BUTTON_MS = 500;

function describeSide(label: string, state: ViewFrame, file: boolean): string {
  const n = state.statuses.length;
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
  #port: ModelPort;
  /** The latest report of the current run; null until the models first answer. */
  #report: ModelReport | null = null;
  /** Counts runs (each reset makes one), so reports of an earlier run are dropped. */
  #generation = 0;
  /** Commands sent and not yet answered: a new advance waits until none are. */
  #outstanding = 0;
  /** Simulated seconds of playback not yet asked of the models. */
  #owed = 0;
  /** A report arrived since the last frame was drawn. */
  #fresh = false;
  #ready: Promise<void>;
  #resolveReady!: () => void;
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

  constructor(params: DemoParams, host: ControllerHost, motion: boolean, port: ModelPort) {
    this.#host = host;
    this.#params = params;
    this.#motion = motion;
    this.#port = port;
    this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
    port.onReport = (report) => this.#receive(report);
    this.#loop = new FixedStepLoop(host, {
      stepMs: STEP_MS,
      maxStepsPerFrame: 8,
      update: (ms) => {
        this.#owed += this.#simSeconds(ms);
      },
      draw: () => this.#frame(),
    });
    this.#createModels();
  }

  /** Settles when the models first report; snapshots and states exist from then on. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  get states() {
    const report = this.#current();
    return { cs: report.cs, p2p: report.p2p };
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
    this.#announce(`Paused at ${formatDuration(this.#current().cs.time)} of simulated time.`);
    this.#publish();
  }

  toggle() {
    if (this.#loop.running) this.pause();
    else this.play();
  }

  /** Advances half a second of playback and stops; the report is drawn when it comes. */
  step() {
    if (this.#loop.running) this.#loop.stop();
    this.#send({ type: 'advance', generation: this.#generation, simSeconds: this.#simSeconds(STEP_BUTTON_MS) });
  }

  reset() {
    this.#loop.stop();
    this.#createModels();
    this.#announce(`Reset: ${SCENARIO_LABELS[this.#params.scenario]}, ${this.#params.clients} clients.`);
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
    this.#send({ type: 'server', generation: this.#generation, online });
    this.#announce(online ? 'Server restored.' : 'Server failed: client-server clients stall; peers keep sharing what they hold.');
  }

  setMotion(motion: boolean) {
    this.#motion = motion;
    this.#publish();
  }

  dispose() {
    this.#loop.dispose();
    this.#port.dispose();
    if (this.#narrationTimer !== null) this.#host.clearTimeout(this.#narrationTimer);
    this.#listeners.clear();
    this.#frameListeners.clear();
  }

  #createModels() {
    this.#generation++;
    this.#owed = 0;
    this.#fresh = false;
    this.#scale = timeScale(this.#params);
    this.#result = null;
    this.#wasDone = { cs: false, p2p: false };
    this.#send({ type: 'create', generation: this.#generation, params: this.#params, serverOnline: this.#serverOnline });
  }

  #send(command: ModelCommand) {
    this.#outstanding++;
    this.#port.send(command);
  }

  #current(): ModelReport {
    if (!this.#report) throw new Error('The demo models have not reported yet: wait for `ready`.');
    return this.#report;
  }

  #receive(report: ModelReport) {
    this.#outstanding--;
    if (report.generation !== this.#generation) return;
    const first = this.#report === null;
    this.#report = report;
    this.#checkCompletion();
    // Reports for Step, Reset and server changes are drawn at once and exactly; the animation's own
    // reports wait for the next frame.
    if (report.cause === 'advance' && this.#loop.running) this.#fresh = true;
    else this.#draw(true);
    if (first) this.#resolveReady();
  }

  /** One animation frame: ask for the playback owed (when the models are free), draw what came. */
  #frame() {
    if (this.#outstanding === 0 && this.#owed > 0 && !this.#bothDone()) {
      this.#send({ type: 'advance', generation: this.#generation, simSeconds: this.#owed, budgetMs: MODEL_BUDGET_MS });
      this.#owed = 0;
    }
    if (this.#fresh) {
      this.#fresh = false;
      this.#draw(false);
    }
  }

  #bothDone() {
    return this.#report !== null && this.#report.csDone && this.#report.p2pDone;
  }

  /** Simulated seconds that realMs of playback covers at the current speed. */
  #simSeconds(realMs: number) {
    return (realMs / 1000) * this.#scale * this.#params.speed;
  }

  #settle() {
    return this.#simSeconds(SETTLE_MS);
  }

  #checkCompletion() {
    const file = isFileScenario(this.#params);
    const report = this.#current();
    for (const side of ['cs', 'p2p'] as const) {
      const state = report[side];
      const done = side === 'cs' ? report.csDone : report.p2pDone;
      if (done && !this.#wasDone[side]) {
        this.#wasDone[side] = true;
        if (file && state.metrics.clientsDone === state.metrics.clients) {
          this.#announce(`${side === 'cs' ? 'Client-server' : 'Peer-to-peer'} delivered the file to everyone in ${formatDuration(state.time)}.`);
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
    const { cs, p2p } = this.#current();
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
    const { cs, p2p } = this.#current();
    if (cs.metrics.clientsDone === n) point.clientServer = cs.time;
    if (p2p.metrics.clientsDone === n) point.p2p = p2p.time;
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
    const { cs, p2p } = this.#current();
    // A forced draw (a Step, a reset, a failed server) shows the exact state at once.
    const settle = force ? 0 : this.#settle();
    for (const listener of this.#frameListeners) listener(cs, p2p, settle);
    const now = this.#host.now();
    if (force || !this.#loop.running || now - this.#lastSnapshotAt >= SNAPSHOT_EVERY_MS) this.#publish();
  }

  #publish() {
    if (!this.#report) return;
    this.#lastSnapshotAt = this.#host.now();
    const { cs, p2p, csDone, p2pDone } = this.#report;
    const file = isFileScenario(this.#params);
    this.#snapshot = {
      params: this.#params,
      playing: this.#loop.running,
      motion: this.#motion,
      serverOnline: this.#serverOnline,
      cs: cs.metrics,
      p2p: p2p.metrics,
      csDone,
      p2pDone,
      result: this.#result,
      narration: this.#narration,
      summary: `After ${formatDuration(cs.time)} of simulated time. ${describeSide('Client-server', cs, file)} ${describeSide('Peer-to-peer', p2p, file)}`,
      points: this.#points,
    };
    for (const listener of this.#listeners) listener();
  }
}
