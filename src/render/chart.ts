/** Scales and ticks for the distribution-time chart: pure numbers, tested without a browser. */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** "Nice" tick values (1, 2 or 5 times a power of ten) covering [0, max], about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

export interface TimeUnit {
  label: string;
  seconds: number;
}

/** The unit that keeps the largest value between about 1 and 100. */
export function timeUnitFor(maxSeconds: number): TimeUnit {
  if (maxSeconds >= 2 * 3600) return { label: 'hours', seconds: 3600 };
  if (maxSeconds >= 120) return { label: 'minutes', seconds: 60 };
  return { label: 'seconds', seconds: 1 };
}

/** An SVG path through the points, in order. */
export const polyline = (points: { x: number; y: number }[]) =>
  points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
