/**
 * Every type the simulation model exposes, declared once.
 * Units throughout: seconds, bits, bits per second.
 */

/** How content reaches clients: from one server only, or also from peers to peers. */
export type Architecture = 'client-server' | 'p2p';

/** A rate given once for every peer, or one entry per peer. */
export type PerPeerRate = number | readonly number[];

/** The file-distribution setting of Kurose & Ross §2.5. */
export interface DistributionParams {
  /** Number of peers that each want a full copy, an integer 0..LIMITS.maxPeers. */
  n: number;
  /** File size F in bits, > 0. */
  fileBits: number;
  /** Server upload rate u_s in bits per second, LIMITS.minRate..LIMITS.maxRate. */
  serverUpload: number;
  /** Peer upload rates u_i in bits per second: 0 (uploads nothing) or LIMITS.minRate..LIMITS.maxRate; ignored by client-server. */
  peerUpload: PerPeerRate;
  /** Peer download rates d_i in bits per second, LIMITS.minRate..LIMITS.maxRate. */
  peerDownload: PerPeerRate;
}

/** Lower bounds on the time until every peer has the file. */
export interface MinDistributionTimes {
  /** D_cs = max(N·F/u_s, F/d_min), seconds. */
  clientServer: number;
  /** D_p2p = max(F/u_s, F/d_min, N·F/(u_s + Σu_i)), seconds. */
  p2p: number;
}

export interface DistributionSimParams extends DistributionParams {
  /** Only the server uploads, or peers also forward the chunks they hold. */
  mode: Architecture;
  /** Chunks the file is split into for p2p, integer 1..LIMITS.maxChunks; default 100. */
  chunks?: number;
  /** Seed for the scheduler's random choices, integer 0..2^32-1; default 1. */
  seed?: number;
}

export interface DistributionResult {
  mode: Architecture;
  /** Time at which the last peer finished, seconds. */
  makespan: number;
  /** Time at which each peer finished, seconds, in peer order. */
  completionTimes: number[];
  /** Bits received by peers in completed transfers (N·F when all finish). */
  bitsDelivered: number;
  /** The analytic minimum for this mode (D_cs or D_p2p), seconds. */
  bound: number;
  /** makespan / bound (1 when both are 0). */
  ratioToBound: number;
  /** Simulation events handled (transfer completions). */
  events: number;
}

/** A server outage: down from `at` for `duration` seconds. */
export interface FailureWindow {
  /** Start of the outage, seconds, >= 0. */
  at: number;
  /** Length of the outage, seconds, > 0. */
  duration: number;
}

/** What happens to requests while the server is down: they fail, or wait for it to return. */
export type FailurePolicy = 'fail' | 'wait';

export interface ServiceParams {
  /** Number of clients, integer 1..LIMITS.maxClients. */
  clients: number;
  /** Requests per second sent by each client (Poisson), >= 0. */
  requestRate: number;
  /** Requests per second one server completes (exponential service), > 0. */
  serviceRate: number;
  /** Servers sharing one FIFO queue, integer 1..LIMITS.maxServers; default 1. */
  servers?: number;
  /** Most requests that may wait (not counting those in service); default unbounded. */
  queueLimit?: number;
  /** Simulated seconds to run, > 0. */
  duration: number;
  /** Seed for arrivals and service times, integer 0..2^32-1; default 1. */
  seed?: number;
  /** Server outages. */
  failures?: readonly FailureWindow[];
  /** Fate of requests during an outage; default 'fail'. */
  onFailure?: FailurePolicy;
  /** Stop after this many events (then `truncated` is set), integer 1..LIMITS.maxEvents; default LIMITS.maxEvents. */
  maxEvents?: number;
}

export interface ServiceResult {
  /** Requests that arrived during the run. */
  arrivals: number;
  /** Requests served to completion. */
  completed: number;
  /** Requests turned away because the queue was full. */
  dropped: number;
  /** Requests lost to an outage (onFailure 'fail'). */
  failed: number;
  /** Requests still queued or in service when the run ended. */
  inSystem: number;
  /** Mean time in system (waiting + service) of completed requests, seconds; 0 if none completed. */
  meanLatency: number;
  /** 95th percentile of time in system of completed requests, seconds; 0 if none completed. */
  p95Latency: number;
  /** Share of server capacity that was busy, 0..1. */
  utilisation: number;
  /** ρ = N·λ / (c·μ). */
  offeredLoad: number;
  /** ρ < 1: the queue has a steady state. When false, latency grows with the run length. */
  stable: boolean;
  /** The M/M/c mean time in system for these parameters, or null where the formula does not apply (ρ >= 1, a queue limit, or outages). */
  analyticMeanLatency: number | null;
  /** Requests waiting (not in service) at the end. */
  finalQueueLength: number;
  /** Longest the waiting line got. */
  maxQueueLength: number;
  /** Share of requests that arrived while the service was up, 0..1 (share of time up if none arrived). */
  availability: number;
  /** Simulated seconds actually covered (less than duration only if truncated). */
  simulatedTime: number;
  /** True if the run stopped at maxEvents before reaching duration. */
  truncated: boolean;
  /** Events handled (arrivals, departures, outage edges). */
  events: number;
}

export interface ChurnParams extends DistributionParams {
  /** Who uploads: the server only, or peers as well. */
  mode: Architecture;
  /** Chunks the file is split into, integer 1..LIMITS.maxChunks; default 100. */
  chunks?: number;
  /** Seed, integer 0..2^32-1; default 1. */
  seed?: number;
  /** Rate at which each online peer leaves, per second (1 / mean session length), >= 0. */
  leaveRate: number;
  /** Rate at which each offline peer comes back, per second (1 / mean time away), >= 0; at 0, peers that leave never return. */
  joinRate: number;
  /** Server outages. */
  failures?: readonly FailureWindow[];
  /** Give up after this many simulated seconds, > 0. */
  duration: number;
}

export interface ChurnResult {
  mode: Architecture;
  /** Time the last peer finished, or null if some had not by the end. */
  makespan: number | null;
  /** Peers that finished. */
  completed: number;
  /** Finish time per peer, or null if unfinished. */
  completionTimes: (number | null)[];
  /** Share of the run during which every chunk could be fetched from an online node (the server or a peer), 0..1. */
  availability: number;
  /** Seconds during which some chunk was on no online node. */
  unavailableTime: number;
  /** Time-averaged share of peers online, 0..1. */
  meanOnlineShare: number;
  /** Bits received by peers in completed transfers. */
  bitsDelivered: number;
  /** Simulated seconds covered. */
  simulatedTime: number;
}

/* ---------- The step API behind the animated demo ---------- */

/** The demo's named set-ups; each has a preset for both architectures. */
export type ScenarioName = 'request-response' | 'many-clients' | 'file-distribution' | 'server-failure' | 'peer-churn';

/** What clients want: a stream of small requests answered one by one, or one large file. */
export type Workload = 'requests' | 'file';

/**
 * One flat object for every scenario, so the demo's controls can edit any
 * field; fields a workload does not use are ignored (and still validated).
 */
export interface SimulationConfig {
  /** One server answers everyone, or peers serve each other. */
  architecture: Architecture;
  /** Small requests (request then response) or one large file. */
  workload: Workload;
  /** Clients (client-server) or peers (p2p), integer 1..LIMITS.maxEngineNodes. */
  clients: number;
  /** requests: requests per second each client sends (Poisson), >= 0. */
  requestRate: number;
  /** requests: requests per second one server (or one peer) completes (exponential), > 0. */
  serviceRate: number;
  /** requests: servers behind the one queue (client-server only), integer 1..LIMITS.maxServers. */
  servers: number;
  /** requests: most requests that may wait at one node; null for unbounded. */
  queueLimit: number | null;
  /** requests: size of a request in bits; its trip takes requestBits / peerUpload, >= 0. */
  requestBits: number;
  /** requests: size of a response in bits; its trip takes responseBits / peerDownload, >= 0. */
  responseBits: number;
  /** file: size F in bits, > 0. */
  fileBits: number;
  /** file: chunks per file, integer 1..LIMITS.maxChunks. */
  chunks: number;
  /** Server upload u_s, bits per second, LIMITS.minRate..LIMITS.maxRate. */
  serverUpload: number;
  /** Client or peer upload u_i, bits per second: 0 or LIMITS.minRate..LIMITS.maxRate (> 0 for requests with requestBits > 0). */
  peerUpload: number;
  /** Client or peer download d_i, bits per second, LIMITS.minRate..LIMITS.maxRate. */
  peerDownload: number;
  /** Scheduled server outages. */
  failures: FailureWindow[];
  /** requests: whether requests during an outage fail or wait. */
  onFailure: FailurePolicy;
  /** Rate at which each online client or peer leaves, per second, >= 0. */
  leaveRate: number;
  /** Rate at which each offline client or peer returns, per second, >= 0. */
  joinRate: number;
  /** The run is complete after this many simulated seconds, > 0 (a file run may finish sooner). */
  duration: number;
}

export type NodeRole = 'server' | 'client' | 'peer';

export type NodeStatus = 'idle' | 'requesting' | 'downloading' | 'done' | 'offline';

export interface SimNode {
  /** 0 is the server; clients or peers are 1..clients. */
  id: number;
  role: NodeRole;
  online: boolean;
  status: NodeStatus;
  /** file: share of the file held, 0..1 (the server: 1); requests: 0 for clients and peers, 1 for the server. */
  progress: number;
  /** Share of the node's serving capacity in use (upload for files, busy servers for requests), 0..1. */
  load: number;
  /** Requests waiting at this node (not in service). */
  queueLength: number;
}

export type TransferKind = 'request' | 'response' | 'chunk';

export interface SimTransfer {
  /** Stable while the transfer lasts, for keyed rendering. */
  id: string;
  /** Node id of the sender. */
  from: number;
  /** Node id of the receiver. */
  to: number;
  /** Share already delivered, 0..1. */
  progress: number;
  kind: TransferKind;
  /** Chunk index for kind 'chunk', else -1. */
  chunk: number;
}

export interface SimMetrics {
  /** Simulated seconds since the start. */
  time: number;
  /** Clients or peers that hold the whole file (file), or that have no request outstanding (requests). */
  clientsDone: number;
  /** Clients or peers in the run. */
  clients: number;
  /** Share of serving capacity used since the start, 0..1: the server's upload (file), or busy service slots (requests; in p2p, all peers' slots). */
  serverUtilisation: number;
  /** Mean latency of completed requests, or mean download time of finished peers, seconds; 0 if none. */
  meanLatency: number;
  /** 95th percentile of the same, seconds, within 1 %; 0 if none. */
  p95Latency: number;
  /** requests: share of requests that found a node to serve them; file: share of time every chunk was on an online node. 0..1. */
  availability: number;
  /** Requests completed, or peers finished. */
  completed: number;
  /** Requests that failed (outage, or their target left). */
  failed: number;
  /** Requests dropped at a full queue. */
  dropped: number;
  /** Bits delivered to clients so far (file workload). */
  bitsDelivered: number;
}

/** A plain, JSON-serialisable snapshot of the whole model. */
export interface SimulationState {
  architecture: Architecture;
  workload: Workload;
  /** Simulated seconds since the start. */
  time: number;
  /** True once the file reached everyone or duration has passed. */
  done: boolean;
  serverOnline: boolean;
  nodes: SimNode[];
  transfers: SimTransfer[];
  /** Requests waiting at the server (client-server) or at all peers together (p2p). */
  queueLength: number;
  metrics: SimMetrics;
}

export interface Simulation {
  /** The current snapshot; a new object after every step, never mutated afterwards. */
  readonly state: SimulationState;
  /** True once the run has completed; further steps do nothing. */
  readonly done: boolean;
  /** Advances simulated time by dtSeconds (>= 0) and returns the new state. */
  step(dtSeconds: number): SimulationState;
  /**
   * Advances like step but builds no snapshot: the animation advances several times between two
   * frames, and only the state it draws needs to exist. With shouldYield (asked every few events),
   * a burst of events can be spread over several frames: the clock stops at the last event handled
   * and catches up on later calls. Results do not depend on where the work was cut.
   */
  advance(dtSeconds: number, shouldYield?: () => boolean): void;
  /** Fails (false) or restores (true) the server now, on top of any scheduled outages. */
  setServerOnline(online: boolean): void;
}

/* ---------- Internal: shared by the distribution engines ---------- */

/**
 * A file-distribution engine advanced one event at a time. Node ids: peers
 * are 0..peers-1 and the server is `peers`. Implemented by the fluid
 * client-server model and the p2p chunk swarm.
 * @internal
 */
export interface DistributionCore {
  readonly peers: number;
  readonly now: number;
  readonly doneCount: number;
  readonly bitsDelivered: number;
  /** Chunks that no online node (server included) holds. */
  readonly unavailableChunks: number;
  /** Time each peer finished, or -1. */
  readonly completionTimes: Float64Array;
  /** Completions handled so far. */
  readonly events: number;
  nextEventTime(): number;
  /** Handles the earliest completion; false when none is pending. */
  processNext(): boolean;
  /** Moves the clock forward to time, which must not pass nextEventTime(). */
  setTime(time: number): void;
  isOnline(node: number): boolean;
  setOnline(node: number, online: boolean): void;
  /** Share of the file peer holds, counting partly received chunks, 0..1. */
  progressOf(peer: number): number;
  /** Upload in use at node, bits per second. */
  uploadInUse(node: number): number;
  uploadCapacity(node: number): number;
  /** Calls visit for every transfer in flight (chunk is a chunk index, progress 0..1). */
  forEachTransfer(visit: (from: number, to: number, chunk: number, progress: number) => void): void;
}
