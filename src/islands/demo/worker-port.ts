/** The models in a worker, so the page's thread only draws while they advance. */
import type { ModelPort, ModelReport } from './model-host.ts';

/** onFail: the worker could not start (a blocked or failed script); the still figure then stays. */
export function workerPort(onFail: () => void): ModelPort {
  const worker = new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'netglossary-demo-model' });
  const port: ModelPort = {
    onReport: null,
    send: (command) => worker.postMessage(command),
    dispose: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<ModelReport>) => port.onReport?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onFail();
  };
  return port;
}
