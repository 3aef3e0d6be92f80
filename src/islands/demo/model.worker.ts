/** The demo's models in a worker: the page's thread draws while the models advance here. */
import { createModelHost, type ModelCommand } from './model-host.ts';

const handle = createModelHost(() => performance.now());

self.onmessage = (event: MessageEvent<ModelCommand>) => {
  const report = handle(event.data);
  // The frames' buffers move to the page rather than being copied.
  if (!report) return;
  const transfer = [report.cs, report.p2p].flatMap((f) => [f.statuses.buffer, f.transfers.buffer]) as ArrayBuffer[];
  self.postMessage(report, { transfer });
};
