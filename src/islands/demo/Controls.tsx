/** Native, labelled controls: scenario, transport (play, step, reset), speed, settings, server, motion. */
import { memo, useId, useState } from 'react';
import { SCENARIOS, type Scenario } from '../../consts.ts';
import { SCENARIO_LABELS, type NumericKey } from './params.ts';
import type { DemoController, DemoSnapshot } from './controller.ts';
import NumberField from './NumberField.tsx';
import { isFileScenario } from './config.ts';

const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16];

interface Props {
  controller: DemoController;
  params: DemoSnapshot['params'];
  playing: boolean;
  serverOnline: boolean;
  motion: boolean;
  compact: boolean;
  onCommit(name: NumericKey, value: number, note: string | null): void;
  onScenario(scenario: Scenario): void;
  onMotion(motion: boolean): void;
}

/** Memoised: snapshots arrive twice a second, but the controls change only with these props. */
export default memo(function Controls({ controller, params, playing, serverOnline, motion, compact, onCommit, onScenario, onMotion }: Props) {
  const ids = { scenario: useId(), speed: useId(), motion: useId() };
  // On a phone the settings start folded, so the drawing is on the first screen; the reader opens them.
  const [wide] = useState(() => window.matchMedia('(min-width: 40rem)').matches);
  const file = isFileScenario(params);
  const speeds = SPEEDS.includes(params.speed) ? SPEEDS : [...SPEEDS, params.speed].sort((a, b) => a - b);
  return (
    <div className="demo-controls">
      <div className="demo-row">
        {!compact && (
          <div className="demo-field">
            <label htmlFor={ids.scenario}>Scenario</label>
            <select id={ids.scenario} className="select" value={params.scenario} onChange={(e) => onScenario(e.currentTarget.value as Scenario)}>
              {SCENARIOS.map((s) => (
                <option key={s} value={s}>{SCENARIO_LABELS[s]}</option>
              ))}
            </select>
          </div>
        )}
        <div className="demo-transport" role="group" aria-label="Playback">
          <button type="button" className="button button-primary" onClick={() => controller.toggle()} aria-keyshortcuts="Space">
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" className="button" onClick={() => controller.step()} aria-keyshortcuts="ArrowRight">Step</button>
          <button type="button" className="button" onClick={() => controller.reset()} aria-keyshortcuts="R">Reset</button>
          <button type="button" className="button" aria-pressed={!serverOnline} onClick={() => controller.setServerOnline(!serverOnline)}>
            {serverOnline ? 'Fail server' : 'Restore server'}
          </button>
        </div>
        <div className="demo-field">
          <label htmlFor={ids.speed}>Speed</label>
          <select id={ids.speed} className="select" value={String(params.speed)} onChange={(e) => onCommit('speed', Number(e.currentTarget.value), null)}>
            {speeds.map((s) => (
              <option key={s} value={String(s)}>{s}×</option>
            ))}
          </select>
        </div>
        <div className="demo-check">
          <input id={ids.motion} type="checkbox" checked={motion} onChange={(e) => onMotion(e.currentTarget.checked)} />
          <label htmlFor={ids.motion}>Animate transfers</label>
        </div>
      </div>
      <details className="demo-settings" open={!compact && wide}>
        <summary>Settings</summary>
        <div className="demo-row">
          <NumberField name="clients" value={params.clients} onCommit={onCommit} />
          <NumberField name="serverUpload" value={params.serverUpload} onCommit={onCommit} />
          <NumberField name="peerUpload" value={params.peerUpload} onCommit={onCommit} />
          {file && <NumberField name="fileSize" value={params.fileSize} onCommit={onCommit} />}
          {!file && <NumberField name="requestRate" value={params.requestRate} onCommit={onCommit} />}
          {params.scenario === 'peer-churn' && <NumberField name="churn" value={params.churn} onCommit={onCommit} />}
          <NumberField name="seed" value={params.seed} onCommit={onCommit} />
        </div>
      </details>
    </div>
  );
});
