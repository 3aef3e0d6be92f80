/** Both sides' numbers in one table: a metric a row, an architecture a column. */
import type { DemoSnapshot } from './controller.ts';
import { formatDuration, formatPercent, isFileScenario } from './config.ts';

export default function Metrics({ snapshot }: { snapshot: DemoSnapshot }) {
  const { cs, p2p, params } = snapshot;
  const file = isFileScenario(params);
  const rows: [string, string, string][] = [
    ['Simulated time', formatDuration(cs.time), formatDuration(p2p.time)],
    [file ? 'Have the whole file' : 'Requests answered', file ? `${cs.clientsDone} of ${cs.clients}` : String(cs.completed), file ? `${p2p.clientsDone} of ${p2p.clients}` : String(p2p.completed)],
    [file ? 'Server upload in use' : 'Server utilization', formatPercent(cs.serverUtilisation), formatPercent(p2p.serverUtilisation)],
    [file ? 'Mean download time' : 'Mean latency', cs.meanLatency ? formatDuration(cs.meanLatency) : '–', p2p.meanLatency ? formatDuration(p2p.meanLatency) : '–'],
    [file ? '95th percentile download time' : '95th percentile latency', cs.p95Latency ? formatDuration(cs.p95Latency) : '–', p2p.p95Latency ? formatDuration(p2p.p95Latency) : '–'],
    ['Availability', formatPercent(cs.availability), formatPercent(p2p.availability)],
  ];
  if (!file) rows.push(['Failed or dropped', String(cs.failed + cs.dropped), String(p2p.failed + p2p.dropped)]);
  return (
    <table className="demo-metrics">
      <caption className="visually-hidden">Live metrics</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Client-server</th>
          <th scope="col">Peer-to-peer</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, a, b]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{a}</td>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
