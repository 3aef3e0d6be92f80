/**
 * The demo's settings as a reader sees them (megabits, megabytes, per-minute churn), their limits,
 * and the round trip to the URL. Parsing never throws: a bad or out-of-range value is replaced by
 * the nearest allowed one, and a note says what happened, so a shared link always runs.
 */
import { SCENARIOS, type Scenario } from '../../consts.ts';

export interface DemoParams {
  scenario: Scenario;
  /** Playback speed multiplier. */
  speed: number;
  /** Clients (client-server) and peers (P2P): the same number on both sides. */
  clients: number;
  /** Server upload, Mbit/s. */
  serverUpload: number;
  /** Each client's or peer's upload, Mbit/s. */
  peerUpload: number;
  /** File size, MB. */
  fileSize: number;
  /** Requests per second sent by each client. */
  requestRate: number;
  /** Share of peers that leave per minute (0 = no churn). */
  churn: number;
  /** Seed of the model's random numbers. */
  seed: number;
}

export type NumericKey = Exclude<keyof DemoParams, 'scenario'>;

export interface Limit {
  min: number;
  max: number;
  step: number;
  label: string;
  unit: string;
  integer?: boolean;
}

export const LIMITS: Record<NumericKey, Limit> = {
  speed: { min: 0.25, max: 16, step: 0.25, label: 'Speed', unit: '×' },
  clients: { min: 1, max: 200, step: 1, label: 'Clients', unit: '', integer: true },
  serverUpload: { min: 1, max: 1000, step: 1, label: 'Server upload', unit: 'Mbit/s' },
  peerUpload: { min: 0, max: 100, step: 0.5, label: 'Peer upload', unit: 'Mbit/s' },
  fileSize: { min: 1, max: 2000, step: 1, label: 'File size', unit: 'MB' },
  requestRate: { min: 0, max: 20, step: 0.1, label: 'Request rate', unit: 'per client per second' },
  churn: { min: 0, max: 60, step: 1, label: 'Churn rate', unit: '% of peers leaving per minute' },
  seed: { min: 0, max: 4294967295, step: 1, label: 'Seed', unit: '', integer: true },
};

const BASE: Omit<DemoParams, 'scenario'> = {
  speed: 1,
  clients: 10,
  serverUpload: 10,
  peerUpload: 1,
  fileSize: 450,
  requestRate: 0.5,
  churn: 0,
  seed: 1,
};

/** Each scenario's starting point. File scenarios use the textbook's ratios: F/u = 1 hour, u_s = 10u. */
export const SCENARIO_DEFAULTS: Record<Scenario, DemoParams> = {
  'request-response': { ...BASE, scenario: 'request-response', clients: 4, requestRate: 0.1, serverUpload: 10 },
  'many-clients': { ...BASE, scenario: 'many-clients', clients: 60, requestRate: 0.15 },
  'file-distribution': { ...BASE, scenario: 'file-distribution', clients: 10 },
  'server-failure': { ...BASE, scenario: 'server-failure', clients: 12 },
  'peer-churn': { ...BASE, scenario: 'peer-churn', clients: 20, churn: 20 },
};

export const SCENARIO_LABELS: Record<Scenario, string> = {
  'request-response': 'Request and response',
  'many-clients': 'Many clients',
  'file-distribution': 'File distribution',
  'server-failure': 'Server failure',
  'peer-churn': 'Peer churn',
};

export interface ParseResult {
  params: DemoParams;
  /** One plain sentence per value that was changed or ignored. */
  notes: string[];
}

const KEYS = Object.keys(LIMITS) as NumericKey[];
const MAX_SHOWN = 40;

/** Shows a value from a URL safely in a note: trimmed, control characters replaced. */
function shown(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '�');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

export function clampValue(key: NumericKey, value: number): number {
  const limit = LIMITS[key];
  const bounded = Math.min(limit.max, Math.max(limit.min, value));
  return limit.integer ? Math.round(bounded) : Math.round(bounded / limit.step) * limit.step;
}

/** Reads `?scenario=...&clients=...`; unknown keys and bad values are reported, never thrown. */
export function parseParams(search: string | URLSearchParams): ParseResult {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notes: string[] = [];
  const rawScenario = query.get('scenario');
  let scenario: Scenario = 'file-distribution';
  if (rawScenario !== null) {
    if ((SCENARIOS as readonly string[]).includes(rawScenario)) scenario = rawScenario as Scenario;
    else notes.push(`Unknown scenario “${shown(rawScenario)}”: showing ${SCENARIO_LABELS[scenario]} instead.`);
  }
  const params: DemoParams = { ...SCENARIO_DEFAULTS[scenario] };
  for (const key of KEYS) {
    const raw = query.get(key);
    if (raw === null) continue;
    const limit = LIMITS[key];
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) {
      notes.push(`${limit.label}: “${shown(raw)}” is not a number, so the default ${params[key]} is used.`);
      continue;
    }
    const clamped = clampValue(key, value);
    if (clamped !== value) {
      const reason = value < limit.min ? `below the minimum ${limit.min}` : value > limit.max ? `above the maximum ${limit.max}` : 'rounded';
      notes.push(`${limit.label}: ${shown(raw)} is ${reason}, so ${clamped} is used.`);
    }
    params[key] = clamped;
  }
  const known = new Set<string>(['scenario', ...KEYS]);
  const unknown = [...new Set([...query.keys()].filter((k) => !known.has(k)))];
  if (unknown.length) notes.push(`Ignored unknown setting${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).map(shown).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
  return { params, notes };
}

/** The shortest query that reproduces `params`: only values that differ from the scenario's defaults. */
export function toQuery(params: DemoParams): string {
  const defaults = SCENARIO_DEFAULTS[params.scenario];
  const query = new URLSearchParams({ scenario: params.scenario });
  for (const key of KEYS) if (params[key] !== defaults[key]) query.set(key, String(params[key]));
  return query.toString();
}
