/**
 * One owner for the animation clock, after MainLoop.js: real time accumulates, the model advances in
 * fixed steps, and a frame that fell far behind drops the backlog ("panic") instead of freezing the
 * page. The frame scheduler and the clock are injected, so tests drive it without waiting.
 */
export interface LoopHost {
  requestFrame(callback: (now: number) => void): number;
  cancelFrame(handle: number): void;
}

export interface LoopOptions {
  /** Real milliseconds per model update. */
  stepMs: number;
  /** Most updates in one frame; beyond this the backlog is dropped. */
  maxStepsPerFrame: number;
  update(stepMs: number): void;
  draw(): void;
}

export class FixedStepLoop {
  #host: LoopHost;
  #options: LoopOptions;
  #handle: number | null = null;
  #last: number | null = null;
  #backlog = 0;
  /** Frames whose backlog had to be dropped; exposed for the benchmark. */
  panics = 0;

  constructor(host: LoopHost, options: LoopOptions) {
    this.#host = host;
    this.#options = options;
  }

  get running(): boolean {
    return this.#handle !== null;
  }

  start() {
    if (this.#handle !== null) return;
    this.#last = null;
    this.#handle = this.#host.requestFrame(this.#frame);
  }

  stop() {
    if (this.#handle !== null) this.#host.cancelFrame(this.#handle);
    this.#handle = null;
    this.#backlog = 0;
  }

  dispose() {
    this.stop();
  }

  #frame = (now: number) => {
    const { stepMs, maxStepsPerFrame, update, draw } = this.#options;
    // The first frame after start only sets the clock, so a long pause never arrives as one huge step.
    this.#backlog += this.#last === null ? 0 : Math.max(0, now - this.#last);
    this.#last = now;
    let steps = 0;
    while (this.#backlog >= stepMs && steps < maxStepsPerFrame) {
      update(stepMs);
      this.#backlog -= stepMs;
      steps++;
    }
    if (this.#backlog >= stepMs) {
      this.panics++;
      this.#backlog = 0;
    }
    draw();
    if (this.#handle !== null) this.#handle = this.#host.requestFrame(this.#frame);
  };
}
