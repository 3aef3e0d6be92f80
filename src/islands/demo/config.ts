/**
 * From the reader's settings to the model's configuration, one per architecture, and the pace at
 * which each scenario plays. Pure: no DOM, no React.
 */
import type { Architecture, SimulationConfig } from '../../sim/types.ts';
import { minDistributionTime } from '../../sim/index.ts';
import type { DemoParams } from './params.ts';

const MEGA = 1e6;
/** A request is small; a response is a page-sized reply. Sizes set how long each trip takes. */
const REQUEST_BITS = 0.5 * MEGA;
const RESPONSE_BITS = 2 * MEGA;

export const isFileScenario = (p: DemoParams) =>
  p.scenario === 'file-distribution' || p.scenario === 'server-failure' || p.scenario === 'peer-churn';

/** The textbook's setting: every download link at least as fast as the server's upload (d_min >= u_s). */
export const peerDownloadBps = (p: DemoParams) => Math.max(p.serverUpload, p.peerUpload) * MEGA;

/** The file-distribution inputs of the model for these settings, without N (the chart varies it). */
export function rateInputs(p: DemoParams) {
  return {
    fileBits: p.fileSize * 8 * MEGA,
    serverUpload: p.serverUpload * MEGA,
    peerUpload: p.peerUpload * MEGA,
    peerDownload: peerDownloadBps(p),
  };
}

export const distributionInputs = (p: DemoParams, n = p.clients) => ({ n, ...rateInputs(p) });

export function toSimConfig(p: DemoParams, architecture: Architecture): SimulationConfig {
  const file = isFileScenario(p);
  const bounds = minDistributionTime(distributionInputs(p));
  const leaveRate = p.scenario === 'peer-churn' ? p.churn / 100 / 60 : 0;
  return {
    architecture,
    workload: file ? 'file' : 'requests',
    clients: p.clients,
    requestRate: p.requestRate,
    serviceRate: (p.serverUpload * MEGA) / RESPONSE_BITS,
    servers: 1,
    queueLimit: null,
    requestBits: REQUEST_BITS,
    responseBits: RESPONSE_BITS,
    fileBits: p.fileSize * 8 * MEGA,
    chunks: 100,
    serverUpload: p.serverUpload * MEGA,
    peerUpload: p.peerUpload * MEGA,
    peerDownload: peerDownloadBps(p),
    failures: [],
    onFailure: 'wait',
    leaveRate,
    // Peers come back twice as fast as they leave: about two in three are online at any time.
    joinRate: leaveRate * 2,
    // A file run ends when everyone has it; this is only a backstop for runs that cannot finish.
    duration: file ? Math.max(bounds.clientServer, bounds.p2p) * 20 + 60 : 24 * 3600,
  };
}

/**
 * Simulated seconds per real second at 1x. File runs are paced so the slower side takes about 20 s;
 * request scenarios play close to real time so each trip can be followed.
 */
export function timeScale(p: DemoParams): number {
  if (!isFileScenario(p)) return p.scenario === 'request-response' ? 1 : 2;
  const bounds = minDistributionTime(distributionInputs(p));
  return Math.max(bounds.clientServer, bounds.p2p, 1e-3) / 20;
}

/** "42 s", "12.5 min", "1.2 h": a duration as a reader would say it. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 90) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  if (seconds < 5400) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(2)} h`;
}

export const formatPercent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '–');
