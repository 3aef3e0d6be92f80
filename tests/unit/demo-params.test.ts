import { describe, expect, it } from 'vitest';
import { LIMITS, SCENARIO_DEFAULTS, parseParams, toQuery, type DemoParams } from '../../src/islands/demo/params';

describe('demo settings from the URL', () => {
  it('round-trips every setting', () => {
    const params: DemoParams = { ...SCENARIO_DEFAULTS['server-failure'], clients: 37, speed: 2.5, seed: 99, peerUpload: 2 };
    const { params: back, notes } = parseParams(toQuery(params));
    expect(back).toEqual(params);
    expect(notes).toEqual([]);
  });
  it('clamps out-of-range values and says so', () => {
    const { params, notes } = parseParams('scenario=many-clients&clients=5000&speed=-3');
    expect(params.clients).toBe(LIMITS.clients.max);
    expect(params.speed).toBe(LIMITS.speed.min);
    expect(notes).toHaveLength(2);
    expect(notes.join(" ")).toMatch(/Clients: 5000 is above the maximum 200, so 200 is used/);
  });
  it('replaces what is not a number, and names unknown keys and scenarios', () => {
    const { params, notes } = parseParams('scenario=<script>&clients=NaN&seed=Infinity&evil=1&fileSize=');
    expect(params.scenario).toBe('file-distribution');
    expect(params.clients).toBe(SCENARIO_DEFAULTS['file-distribution'].clients);
    expect(Object.values(params).every((v) => typeof v === 'string' || Number.isFinite(v))).toBe(true);
    expect(notes.join(' ')).toMatch(/Unknown scenario “<script>”/);
    expect(notes.join(' ')).toMatch(/Ignored unknown setting: evil/);
    expect(notes.filter((n) => /not a number/.test(n))).toHaveLength(3);
  });
  it('keeps notes short for 10,000-character values and strips control characters', () => {
    const { notes } = parseParams(`clients=${'9'.repeat(10_000)}&seed=%00%01`);
    expect(notes.every((n) => n.length < 200)).toBe(true);
    expect(notes.join('')).not.toMatch(/[\u0000-\u001f]/);
  });
  it('rounds fractional counts', () => {
    expect(parseParams('clients=3.7').params.clients).toBe(4);
  });
});
