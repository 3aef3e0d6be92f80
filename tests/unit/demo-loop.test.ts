import { describe, expect, it } from 'vitest';
import { FixedStepLoop, type LoopHost } from '../../src/islands/demo/loop';

function fakeHost() {
  let pending: ((now: number) => void) | null = null;
  const host: LoopHost = {
    requestFrame(cb) {
      pending = cb;
      return 1;
    },
    cancelFrame() {
      pending = null;
    },
  };
  return { host, tick: (now: number) => { const cb = pending; pending = null; cb?.(now); }, hasPending: () => pending !== null };
}

describe('the fixed-step loop', () => {
  it('turns elapsed real time into whole steps and carries the remainder', () => {
    const { host, tick } = fakeHost();
    const steps: number[] = [];
    let draws = 0;
    const loop = new FixedStepLoop(host, { stepMs: 10, maxStepsPerFrame: 100, update: (ms) => steps.push(ms), draw: () => draws++ });
    loop.start();
    tick(1000); // sets the clock
    tick(1025); // 2 steps, 5 ms carried
    tick(1030); // 1 step
    expect(steps).toEqual([10, 10, 10]);
    expect(draws).toBe(3);
  });
  it('drops a backlog instead of running thousands of steps after a stall', () => {
    const { host, tick } = fakeHost();
    let steps = 0;
    const loop = new FixedStepLoop(host, { stepMs: 10, maxStepsPerFrame: 5, update: () => steps++, draw: () => {} });
    loop.start();
    tick(0);
    tick(60_000);
    expect(steps).toBe(5);
    expect(loop.panics).toBe(1);
    tick(60_010);
    expect(steps).toBe(6);
  });
  it('stops scheduling frames once stopped or disposed', () => {
    const { host, tick, hasPending } = fakeHost();
    const loop = new FixedStepLoop(host, { stepMs: 10, maxStepsPerFrame: 5, update: () => {}, draw: () => {} });
    loop.start();
    tick(0);
    expect(hasPending()).toBe(true);
    loop.dispose();
    expect(hasPending()).toBe(false);
    expect(loop.running).toBe(false);
  });
});
