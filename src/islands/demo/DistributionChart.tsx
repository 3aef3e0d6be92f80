/**
 * Distribution time against the number of peers: the model's analytic minimum for both
 * architectures, and the simulated times of completed runs as points. The data table below is the
 * chart's text alternative. Renders on the server too, so the curves are there without JavaScript.
 */
import { minDistributionTime } from '../../sim/index.ts';
import { linearScale, niceTicks, polyline, timeUnitFor } from '../../render/chart.ts';
import type { ChartPoint } from './controller.ts';

export interface ChartInputs {
  fileBits: number;
  serverUpload: number;
  peerUpload: number;
  peerDownload: number;
}

interface Props {
  inputs: ChartInputs;
  points?: ChartPoint[];
  /** Largest N on the x axis (at least 50). */
  maxN?: number;
}

const W = 640;
const H = 360;
const PAD = { left: 64, right: 20, top: 20, bottom: 52 };
const TABLE_NS = [1, 5, 10, 20, 30, 35, 40, 50];

export default function DistributionChart({ inputs, points = [], maxN = 50 }: Props) {
  const top = Math.max(50, Math.ceil(maxN / 10) * 10);
  const curve = Array.from({ length: top }, (_, i) => ({ n: i + 1, ...minDistributionTime({ n: i + 1, ...inputs }) }));
  const largest = Math.max(...curve.map((c) => c.clientServer), ...points.flatMap((p) => [p.clientServer ?? 0, p.p2p ?? 0]));
  const unit = timeUnitFor(largest);
  const yTicks = niceTicks(largest / unit.seconds, 5);
  const x = linearScale([0, top], [PAD.left, W - PAD.right]);
  const y = linearScale([0, yTicks[yTicks.length - 1]!], [H - PAD.bottom, PAD.top]);
  const xTicks = niceTicks(top, 5);
  const at = (n: number, seconds: number) => ({ x: x(n), y: y(seconds / unit.seconds) });
  const fmt = (s: number) => (s / unit.seconds).toFixed(unit.seconds === 1 ? 1 : 3);
  const tableRows = [...new Set([...TABLE_NS.filter((n) => n <= top), ...points.map((p) => p.n)])].sort((a, b) => a - b);
  const simulated = new Map(points.map((p) => [p.n, p]));
  return (
    <figure className="demo-chart">
      <figcaption>
        <strong>Time to give every peer the file, against the number of peers.</strong> Lines: the model’s minimum
        (Kurose and Ross, section 2.5). Dots: simulated runs you completed.
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Chart: client-server time grows in a straight line with the number of peers, from ${fmt(curve[0]!.clientServer)} to ${fmt(curve[top - 1]!.clientServer)} ${unit.label}; peer-to-peer time levels off, reaching ${fmt(curve[top - 1]!.p2p)} ${unit.label} at ${top} peers. The table below gives the numbers.`}>
        <g className="c-grid">
          {yTicks.map((t) => <line key={`y${t}`} x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />)}
        </g>
        <g className="c-axis">
          <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
          <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
          {xTicks.map((t) => <text key={`x${t}`} x={x(t)} y={H - PAD.bottom + 20} textAnchor="middle">{t}</text>)}
          {yTicks.map((t) => <text key={`t${t}`} x={PAD.left - 8} y={y(t) + 5} textAnchor="end">{t}</text>)}
          <text x={(PAD.left + W - PAD.right) / 2} y={H - 8} textAnchor="middle" className="c-label">Number of peers N</text>
          <text x={16} y={(PAD.top + H - PAD.bottom) / 2} textAnchor="middle" className="c-label" transform={`rotate(-90 16 ${(PAD.top + H - PAD.bottom) / 2})`}>Distribution time ({unit.label})</text>
        </g>
        <path className="c-line c-cs" d={polyline(curve.map((c) => at(c.n, c.clientServer)))} />
        <path className="c-line c-p2p" d={polyline(curve.map((c) => at(c.n, c.p2p)))} />
        {points.map((p) => (
          <g key={p.n}>
            {p.clientServer !== undefined && <rect className="c-dot c-cs" x={at(p.n, p.clientServer).x - 5} y={at(p.n, p.clientServer).y - 5} width="10" height="10" />}
            {p.p2p !== undefined && <circle className="c-dot c-p2p" cx={at(p.n, p.p2p).x} cy={at(p.n, p.p2p).y} r="5.5" />}
          </g>
        ))}
        <g className="c-legend" transform={`translate(${PAD.left + 14} ${PAD.top + 8})`}>
          <line className="c-line c-cs" x1="0" x2="28" y1="0" y2="0" /><text x="36" y="5">Client-server (square dots: simulated)</text>
          <line className="c-line c-p2p" x1="0" x2="28" y1="24" y2="24" /><text x="36" y="29">Peer-to-peer (round dots: simulated)</text>
        </g>
      </svg>
      <details className="demo-chart-data">
        <summary>The numbers behind the chart</summary>
        <table>
          <caption className="visually-hidden">Distribution time in {unit.label}</caption>
          <thead>
            <tr>
              <th scope="col">Peers (N)</th>
              <th scope="col">Client-server minimum ({unit.label})</th>
              <th scope="col">P2P minimum ({unit.label})</th>
              <th scope="col">Simulated client-server</th>
              <th scope="col">Simulated P2P</th>
            </tr>
          </thead>
          <tbody>
            {tableRows.map((n) => {
              const c = minDistributionTime({ n, ...inputs });
              const s = simulated.get(n);
              return (
                <tr key={n}>
                  <th scope="row">{n}</th>
                  <td>{fmt(c.clientServer)}</td>
                  <td>{fmt(c.p2p)}</td>
                  <td>{s?.clientServer !== undefined ? fmt(s.clientServer) : '–'}</td>
                  <td>{s?.p2p !== undefined ? fmt(s.p2p) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
