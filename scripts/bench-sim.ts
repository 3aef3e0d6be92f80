/**
 * Times the simulation model and prints a Markdown table (npm run bench:sim).
 *
 * Each cell is the median wall time of a few runs of one simulation, from
 * performance.now here in the script: the model itself never reads a clock.
 * Distribution runs use the textbook ratios (u_s = 10u, d = u_s) and 100
 * chunks; service runs keep the load at ρ = 0.8 and simulate 1,000 s, so
 * their event count grows with N.
 */
import os from 'node:os';
import { simulateDistribution, simulateService } from '../src/sim/index.ts';

const SIZES = [10, 100, 1_000, 10_000];
const u = 1e6;

function medianMs(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const runsFor = (n: number): number => (n >= 10_000 ? 3 : 5);
const format = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US'));

// Warm the JIT so that the small rows are not charged for compilation.
for (let i = 0; i < 20; i++) {
  const n = i % 2 === 0 ? 10 : 200;
  for (const mode of ['client-server', 'p2p'] as const) {
    simulateDistribution({ n, fileBits: 3.6e9, serverUpload: 10 * u, peerUpload: u, peerDownload: 10 * u, mode, seed: i });
  }
  simulateService({ clients: n, requestRate: 0.08, serviceRate: (n * 0.08) / 0.8, duration: 1000, seed: i });
}

const rows: string[] = [];
for (const n of SIZES) {
  const distribution = { n, fileBits: 3.6e9, serverUpload: 10 * u, peerUpload: u, peerDownload: 10 * u, chunks: 100 };
  const clientServer = medianMs(runsFor(n), () => simulateDistribution({ ...distribution, mode: 'client-server' }));
  let ratio = 0;
  let transfers = 0;
  const p2p = medianMs(runsFor(n), () => {
    const result = simulateDistribution({ ...distribution, mode: 'p2p', seed: 1 });
    ratio = result.ratioToBound;
    transfers = result.events;
  });
  let serviceEvents = 0;
  const service = medianMs(runsFor(n), () => {
    const requestRate = 0.08;
    const result = simulateService({ clients: n, requestRate, serviceRate: (n * requestRate) / 0.8, duration: 1000, seed: 1 });
    serviceEvents = result.events;
  });
  rows.push(
    `| ${n.toLocaleString('en-US')} | ${format(clientServer)} | ${format(p2p)} | ${transfers.toLocaleString('en-US')} | ${ratio.toFixed(3)} | ${format(service)} | ${serviceEvents.toLocaleString('en-US')} |`,
  );
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Node ${process.version}, ${os.cpus().length} cores (${cpu}), load average ${os.loadavg()[0]?.toFixed(2)}`);
console.log('');
console.log('| N | client-server distribution (ms) | p2p distribution, 100 chunks (ms) | p2p chunk transfers | p2p makespan / bound | service, ρ = 0.8, 1,000 s (ms) | service events |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
