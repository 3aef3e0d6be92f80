/**
 * Netglossary's simulation model: client-server versus peer-to-peer file
 * distribution, a request-response queue, faults and churn, and a step API
 * for the animated demo. Pure TypeScript: no DOM, no clock, no Math.random.
 */
export { erlangC, meanTimeInSystem, minDistributionTime } from './analytic.ts';
export { simulateChurn } from './churn.ts';
export { DEFAULT_CHUNKS, simulateDistribution } from './distribution.ts';
export { createSimulation } from './engine.ts';
export { defaultConfig, SCENARIOS } from './presets.ts';
export { createRng, type Rng } from './rng.ts';
export { simulateService } from './service.ts';
export { LIMITS } from './validate.ts';
export type * from './types.ts';
