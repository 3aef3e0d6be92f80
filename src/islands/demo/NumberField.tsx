/** A labelled number input that commits on Enter or leaving the field, clamping with a note. */
import { useId } from 'react';
import { LIMITS, clampValue, type NumericKey } from './params.ts';

interface Props {
  name: NumericKey;
  value: number;
  onCommit(name: NumericKey, value: number, note: string | null): void;
  disabled?: boolean;
}

export default function NumberField({ name, value, onCommit, disabled = false }: Props) {
  const id = useId();
  const limit = LIMITS[name];
  const commit = (input: HTMLInputElement) => {
    const raw = input.value.trim();
    const parsed = raw === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(parsed)) {
      input.value = String(value);
      onCommit(name, value, `${limit.label}: “${raw.slice(0, 40)}” is not a number, so ${value} is kept.`);
      return;
    }
    const clamped = clampValue(name, parsed);
    input.value = String(clamped);
    if (clamped === value && parsed === clamped) return;
    const note = clamped === parsed ? null : `${limit.label}: ${raw.slice(0, 40)} is outside ${limit.min}–${limit.max}, so ${clamped} is used.`;
    onCommit(name, clamped, note);
  };
  return (
    <div className="demo-field">
      <label htmlFor={id}>
        {limit.label}
        {limit.unit && limit.unit !== '×' ? <span className="demo-unit"> ({limit.unit})</span> : null}
      </label>
      <input
        id={id}
        key={value}
        className="input"
        type="number"
        inputMode="decimal"
        min={limit.min}
        max={limit.max}
        step={limit.step}
        defaultValue={value}
        disabled={disabled}
        onBlur={(e) => commit(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget);
          }
        }}
      />
    </div>
  );
}
