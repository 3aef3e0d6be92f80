import { describe, expect, it } from 'vitest';
import { DemoController, type ControllerHost } from '../../src/islands/demo/controller';
import { SCENARIO_DEFAULTS } from '../../src/islands/demo/params';
import type { ViewFrame } from '../../src/render/frame';
import { localPort } from '../support/local-port';

/** Frames run when the test says; time is the test's; the models answer in a microtask. */
function setUp(scenario: keyof typeof SCENARIO_DEFAULTS = 'file-distribution') {
  let now = 0;
  let pending: ((t: number) => void) | null = null;
  const host: ControllerHost = {
    requestFrame: (cb) => ((pending = cb), 1),
    cancelFrame: () => (pending = null),
    now: () => now,
    setTimeout: () => 0,
    clearTimeout: () => {},
  };
  const port = localPort(() => now);
  const controller = new DemoController({ ...SCENARIO_DEFAULTS[scenario] }, host, true, port);
  const drawn: { cs: ViewFrame; p2p: ViewFrame; settle: number }[] = [];
  controller.onFrame((cs, p2p, settle) => drawn.push({ cs, p2p, settle }));
  const answers = () => new Promise<void>((r) => setTimeout(r, 0));
  /** One animation frame `ms` after the last, then the models' answer. */
  const frame = async (ms = 1000 / 60) => {
    now += ms;
    const cb = pending;
    pending = null;
    cb?.(now);
    await answers();
  };
  return { controller, port, drawn, frame, answers };
}

describe('the demo controller', () => {
  it('is ready once the models first report, at simulated time zero', async () => {
    const { controller } = setUp();
    await controller.ready;
    expect(controller.states.cs.time).toBe(0);
    expect(controller.getSnapshot().cs.clients).toBe(SCENARIO_DEFAULTS['file-distribution'].clients);
  });

  it('asks the models for the playback owed, one advance at a time, and draws what they report', async () => {
    const { controller, port, drawn, frame } = setUp();
    await controller.ready;
    controller.play();
    for (let i = 0; i < 10; i++) await frame();
    expect(port.sent.filter((t) => t === 'advance').length).toBeGreaterThan(3);
    expect(controller.states.cs.time).toBeGreaterThan(0);
    // Frames drawn while playing use the steadier looks (settle > 0).
    // The newest report is drawn on the next frame.
    const reported = controller.states.cs.time;
    await frame();
    expect(drawn.at(-1)!.settle).toBeGreaterThan(0);
    expect(drawn.at(-1)!.cs.time).toBe(reported);
  });

  it('steps by half a second of playback and draws that state exactly', async () => {
    const { controller, drawn, answers } = setUp();
    await controller.ready;
    controller.step();
    await answers();
    const stepped = controller.states.cs.time;
    expect(stepped).toBeGreaterThan(0);
    expect(drawn.at(-1)).toMatchObject({ settle: 0 });
    controller.step();
    await answers();
    expect(controller.states.cs.time).toBeCloseTo(2 * stepped, 6);
  });

  it('drops a report of the run a reset replaced', async () => {
    const { controller, answers } = setUp();
    await controller.ready;
    controller.step();
    controller.reset(); // before the step's report arrives
    await answers();
    expect(controller.states.cs.time).toBe(0);
    expect(controller.states.p2p.time).toBe(0);
  });

  it('with the server failed, client-server clients stall while peers go on', async () => {
    const { controller, answers } = setUp('file-distribution');
    await controller.ready;
    for (let i = 0; i < 6; i++) controller.step();
    await answers();
    controller.setServerOnline(false);
    await answers();
    const before = controller.states;
    for (let i = 0; i < 4; i++) controller.step();
    await answers();
    const after = controller.states;
    expect(controller.getSnapshot().serverOnline).toBe(false);
    expect(after.cs.time).toBeGreaterThan(before.cs.time);
    // Nothing moves on the client-server side; peers still trade chunks.
    expect(after.cs.transfers.length).toBe(0);
    expect(after.cs.metrics.clientsDone).toBe(before.cs.metrics.clientsDone);
    expect(after.p2p.transfers.length).toBeGreaterThan(0);
  });
});
