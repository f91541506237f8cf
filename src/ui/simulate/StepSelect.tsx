import type { Flow } from '../../core/model/flow';
import { getStepType } from '../../core/registry/registry';

export interface StepSelectProps {
  flow: Flow;
  label: string;
  /** Text of the '' option: the engine's own choice (Start event / any End event). */
  defaultLabel: string;
  value: string;
  onChange: (stepId: string) => void;
}

/** A select of the flow's steps (containers excluded: a run cannot start or stop at one). */
export function StepSelect({ flow, label, defaultLabel, value, onChange }: StepSelectProps) {
  const steps = flow.process.steps.filter((s) => !getStepType(s.type)?.container);
  // A step deleted since it was picked falls back to the default.
  const shown = steps.some((s) => s.id === value) ? value : '';
  return (
    <label className="ifs-field">
      <span className="ifs-field__label">{label}</span>
      <select className="ifs-input" value={shown} onChange={(e) => onChange(e.target.value)}>
        <option value="">{defaultLabel}</option>
        {steps.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name || s.id}
          </option>
        ))}
      </select>
    </label>
  );
}
