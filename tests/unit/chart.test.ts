import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, polyline, timeUnitFor } from '../../src/render/chart';

describe('chart scales', () => {
  it('maps a domain onto a range, including an inverted one for SVG y', () => {
    const y = linearScale([0, 10], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(225);
  });
  it('picks round ticks that cover the maximum', () => {
    expect(niceTicks(5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(3.5, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0.78, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(Number.NaN)).toEqual([0]);
  });
  it('chooses a time unit a reader would use', () => {
    expect(timeUnitFor(5 * 3600).label).toBe('hours');
    expect(timeUnitFor(600).label).toBe('minutes');
    expect(timeUnitFor(30).label).toBe('seconds');
  });
  it('draws a path through points', () => {
    expect(polyline([{ x: 0, y: 1 }, { x: 2.25, y: 3 }])).toBe('M0.0 1.0 L2.3 3.0');
  });
});
