/** The demo's models in this thread, answering in a microtask as the worker answers in a later task. */
import { createModelHost, type ModelPort } from '../../src/islands/demo/model-host';

export function localPort(now: () => number): ModelPort & { sent: string[] } {
  const handle = createModelHost(now);
  let disposed = false;
  const port: ModelPort & { sent: string[] } = {
    onReport: null,
    sent: [],
    send(command) {
      port.sent.push(command.type);
      queueMicrotask(() => {
        if (disposed) return;
        const report = handle(command);
        if (report) port.onReport?.(report);
      });
    },
    dispose() {
      disposed = true;
    },
  };
  return port;
}
