import type { Architecture, FailurePolicy, ScenarioName, SimulationConfig, Workload } from './types.ts';
import { bitRate, failureIntervals, integer, LIMITS, nonNegative, oneOf, positive } from './validate.ts';

export const SCENARIOS: readonly ScenarioName[] = [
  'request-response',
  'many-clients',
  'file-distribution',
  'server-failure',
  'peer-churn',
];

const ARCHITECTURES: readonly Architecture[] = ['client-server', 'p2p'];
const WORKLOADS: readonly Workload[] = ['requests', 'file'];
const POLICIES: readonly FailurePolicy[] = ['fail', 'wait'];

/**
 * Shared starting point. Rates are chosen so that things happen on a scale
 * of seconds, which the demo can play at 1x: a 20 Mbit file, 1 Mbit/s peer
 * uplinks and a 10 Mbit/s server give F/u = 20 s and u_s = 10u, the
 * textbook ratio.
 */
const BASE: SimulationConfig = {
  architecture: 'client-server',
  workload: 'requests',
  clients: 10,
  requestRate: 0.2,
  serviceRate: 5,
  servers: 1,
  queueLimit: null,
  requestBits: 1e5,
  responseBits: 2e6,
  fileBits: 2e7,
  chunks: 50,
  serverUpload: 1e7,
  peerUpload: 1e6,
  peerDownload: 1e7,
  failures: [],
  onFailure: 'fail',
  leaveRate: 0,
  joinRate: 0,
  duration: 120,
};

const SCENARIO_SETTINGS: Record<ScenarioName, Partial<SimulationConfig>> = {
  // A few clients and slow trips (0.5 s each way, about 1 s of service) so each cycle can be followed.
  'request-response': { clients: 4, requestRate: 0.15, serviceRate: 1, requestBits: 5e5, responseBits: 5e6, duration: 120 },
  // 100 clients offering 0.9 of one server's capacity: the queue builds; in p2p every peer serves.
  'many-clients': { clients: 100, requestRate: 0.045, serviceRate: 5, duration: 300 },
  // The same file to 20 clients: D_cs = 40 s, D_p2p ≈ 13.3 s.
  'file-distribution': { workload: 'file', clients: 20, duration: 600 },
  // The server is down from 20 s to 40 s: client-server requests fail; peers keep serving each other.
  'server-failure': { clients: 20, requestRate: 0.2, failures: [{ at: 20, duration: 20 }], duration: 90 },
  // Peers stay about 30 s and are away about 15 s; the server leaves the swarm for good at 10 s.
  'peer-churn': {
    workload: 'file',
    clients: 30,
    leaveRate: 1 / 30,
    joinRate: 1 / 15,
    failures: [{ at: 10, duration: 1e6 }],
    duration: 600,
  },
};

/** A complete configuration for one of the demo's scenarios. */
export function defaultConfig(scenario: ScenarioName, architecture: Architecture = 'client-server'): SimulationConfig {
  const settings = SCENARIO_SETTINGS[oneOf('scenario', scenario, SCENARIOS)];
  return {
    ...BASE,
    ...settings,
    architecture: oneOf('architecture', architecture, ARCHITECTURES),
    failures: (settings.failures ?? BASE.failures).map((outage) => ({ ...outage })),
  };
}

export interface ResolvedConfig extends Omit<SimulationConfig, 'queueLimit'> {
  queueLimit: number;
  outages: Array<[number, number]>;
}

/** Checks every field of a configuration; throws a RangeError naming the first bad one. */
export function resolveConfig(config: SimulationConfig): ResolvedConfig {
  if (typeof config !== 'object' || config === null) throw new RangeError('config must be an object');
  const workload = oneOf('workload', config.workload, WORKLOADS);
  const peerUpload = bitRate('peerUpload', config.peerUpload, true);
  const requestBits = nonNegative('requestBits', config.requestBits, LIMITS.maxFileBits);
  if (workload === 'requests' && requestBits > 0 && peerUpload === 0) {
    throw new RangeError(`peerUpload must be a finite number from ${LIMITS.minRate} to ${LIMITS.maxRate} when requestBits > 0 (got 0)`);
  }
  const resolved: ResolvedConfig = {
    architecture: oneOf('architecture', config.architecture, ARCHITECTURES),
    workload,
    clients: integer('clients', config.clients, 1, LIMITS.maxEngineNodes),
    requestRate: nonNegative('requestRate', config.requestRate, LIMITS.maxEventRate),
    serviceRate: positive('serviceRate', config.serviceRate, LIMITS.maxEventRate),
    servers: integer('servers', config.servers, 1, LIMITS.maxServers),
    queueLimit: config.queueLimit === null ? Infinity : integer('queueLimit', config.queueLimit, 0, LIMITS.maxEvents),
    requestBits,
    responseBits: nonNegative('responseBits', config.responseBits, LIMITS.maxFileBits),
    fileBits: positive('fileBits', config.fileBits, LIMITS.maxFileBits),
    chunks: integer('chunks', config.chunks, 1, LIMITS.maxChunks),
    serverUpload: bitRate('serverUpload', config.serverUpload, false),
    peerUpload,
    peerDownload: bitRate('peerDownload', config.peerDownload, false),
    failures: config.failures,
    outages: failureIntervals(config.failures),
    onFailure: oneOf('onFailure', config.onFailure, POLICIES),
    leaveRate: nonNegative('leaveRate', config.leaveRate, LIMITS.maxEventRate),
    joinRate: nonNegative('joinRate', config.joinRate, LIMITS.maxEventRate),
    duration: positive('duration', config.duration, LIMITS.maxSeconds),
  };
  if (resolved.clients * resolved.chunks > LIMITS.maxPeerChunks) {
    throw new RangeError(`clients × chunks must be at most ${LIMITS.maxPeerChunks} (got ${resolved.clients * resolved.chunks})`);
  }
  return resolved;
}
