/**
 * The interactive demo: client-server and P2P side by side, driven by the model in src/sim. Receives
 * plain props; owns one DemoController for its lifetime. Server-rendered as nothing: the still figure
 * beside it serves readers until this mounts, and readers without JavaScript for good.
 */
import '../styles/demo.css';
import { memo, startTransition, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Scenario } from '../consts.ts';
import { DemoController, type ControllerHost } from './demo/controller.ts';
import { workerPort } from './demo/worker-port.ts';
import { palette } from './demo/palette.ts';
import { SCENARIO_DEFAULTS, SCENARIO_LABELS, parseParams, toQuery, type DemoParams, type NumericKey } from './demo/params.ts';
import { rateInputs } from './demo/config.ts';
import Controls from './demo/Controls.tsx';
import NetworkView from './demo/NetworkView.tsx';
import Metrics from './demo/Metrics.tsx';
import DistributionChart from './demo/DistributionChart.tsx';

interface Props {
  /** Scenario when the URL names none (and the only one, when compact). */
  scenario: Scenario;
  /** The small embed inside an entry: one scenario, no chart, no URL state. */
  compact?: boolean;
  /** Read and write the settings in the page's URL (the /demo/ page). */
  syncUrl?: boolean;
  /** id of the still figure this replaces once running. */
  fallbackId?: string;
}

// The chart only changes when the settings or the completed runs do, not on every snapshot.
const Chart = memo(DistributionChart);

const browserHost = (): ControllerHost => ({
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (h) => cancelAnimationFrame(h),
  now: () => performance.now(),
  setTimeout: (cb, ms) => window.setTimeout(cb, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
});

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function initial(scenario: Scenario, syncUrl: boolean): { params: DemoParams; notes: string[] } {
  if (!syncUrl) return { params: { ...SCENARIO_DEFAULTS[scenario] }, notes: [] };
  const query = new URLSearchParams(location.search);
  if (!query.has('scenario')) query.set('scenario', scenario);
  return parseParams(query);
}

export default function DemoPlayer(props: Props) {
  const [controller, setController] = useState<DemoController | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const { params, notes: parseNotes } = initial(props.scenario, props.syncUrl ?? false);
    const reduced = prefersReducedMotion();
    const c = new DemoController(params, browserHost(), !reduced, workerPort(() => {
      // Nothing is lost: the still figures (otherwise only for readers without JavaScript) come back.
      setFailed(true);
      const fallback = props.fallbackId ? document.getElementById(props.fallbackId) : null;
      fallback?.classList.remove('no-js-only');
      fallback?.removeAttribute('hidden');
    }));
    let live = true;
    // The still figure stays until the models (in a worker) first report.
    void c.ready.then(() => {
      if (!live) return;
      // The drawing's colours, read now while the page's style is settled (see palette.ts).
      palette();
      // In a transition React builds the player in slices that yield to the page, not in one long task.
      startTransition(() => {
        setNotes(parseNotes);
        setController(c);
      });
      if (props.fallbackId) document.getElementById(props.fallbackId)?.setAttribute('hidden', '');
      // Autoplay only when the reader has not asked for less motion.
      if (!reduced) c.play();
    });
    return () => {
      live = false;
      c.dispose();
    };
  }, [props.scenario, props.syncUrl, props.fallbackId]);

  // Astro's client:visible watches the island's children, so the server renders a placeholder to watch.
  if (failed) return <p className="demo-note" role="alert">The live demo could not start in this browser. The still pictures below show the same scenes.</p>;
  if (!controller) return <div className={props.compact ? 'demo-placeholder' : 'demo-placeholder demo-placeholder-page'} />;
  return <Player controller={controller} notes={notes} setNotes={setNotes} compact={props.compact ?? false} syncUrl={props.syncUrl ?? false} />;
}

interface PlayerProps {
  controller: DemoController;
  notes: string[];
  setNotes(notes: string[]): void;
  compact: boolean;
  syncUrl: boolean;
}

function Player({ controller, notes, setNotes, compact, syncUrl }: PlayerProps) {
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  const { params } = snapshot;
  const chartInputs = useMemo(() => rateInputs(params), [params]);

  useEffect(() => {
    if (!syncUrl) return;
    const url = new URL(location.href);
    url.search = toQuery(params);
    history.replaceState(history.state, '', url);
  }, [params, syncUrl]);

  const onCommit = useCallback(
    (name: NumericKey, value: number, note: string | null) => {
      setNotes(note ? [note] : []);
      controller.setParams({ [name]: value } as Partial<DemoParams>);
    },
    [controller, setNotes],
  );

  const onScenario = useCallback(
    (scenario: Scenario) => {
      setNotes([]);
      controller.setParams({ scenario });
    },
    [controller, setNotes],
  );
  const onMotion = useCallback((motion: boolean) => controller.setMotion(motion), [controller]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|SELECT|TEXTAREA|BUTTON|SUMMARY|A)$/.test(target.tagName)) return;
    if (event.key === ' ') controller.toggle();
    else if (event.key === 'ArrowRight') controller.step();
    else if (event.key === 'r' || event.key === 'R') controller.reset();
    else return;
    event.preventDefault();
  };

  return (
    // The region takes focus so its keys (Space, Right arrow, R) work without reaching for a button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className={compact ? 'demo demo-compact' : 'demo'} aria-label={`Demo: ${SCENARIO_LABELS[params.scenario]}`} tabIndex={0} onKeyDown={onKeyDown}>
      {notes.length > 0 && (
        <div className="demo-note" role="alert">
          {notes.map((n) => <p key={n}>{n}</p>)}
        </div>
      )}
      <Controls
        controller={controller}
        params={params}
        playing={snapshot.playing}
        serverOnline={snapshot.serverOnline}
        motion={snapshot.motion}
        compact={compact}
        onCommit={onCommit}
        onScenario={onScenario}
        onMotion={onMotion}
      />
      <p className="demo-keys meta">Keys when the demo has focus: Space plays or pauses, Right arrow steps, R resets.</p>
      <div className="demo-views">
        <NetworkView controller={controller} side="cs" kind="star" title="Client-server" motion={snapshot.motion} />
        <NetworkView controller={controller} side="p2p" kind="mesh" title="Peer-to-peer" motion={snapshot.motion} />
      </div>
      <p className="demo-summary" aria-live="off">{snapshot.summary}</p>
      <p className="demo-legend meta">Circle: idle · diamond: requesting · half-filled: downloading · tick: done · cross: offline · square: server; bars beside it: requests waiting.</p>
      {snapshot.result && <p className="demo-result" role="status"><strong>{snapshot.result}</strong></p>}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">{snapshot.narration}</p>
      <Metrics snapshot={snapshot} />
      {!compact && <Chart inputs={chartInputs} points={snapshot.points} maxN={params.clients} />}
    </section>
  );
}
