import { useId, useState } from 'react';
import { tenantStore, useTenant } from '../../store/tenantStore';

/** A year: far beyond any token's validity, and a date the browser can still show. */
const MAX_MINUTES = 525_600;

/** The simulated clock: advance it to see tokens and CSRF tokens expire; reset to real time. */
export function ClockControl() {
  const offset = useTenant((s) => s.clockOffsetMs);
  const [minutes, setMinutes] = useState('60');
  const id = useId();
  const n = Number(minutes);
  const valid = Number.isFinite(n) && n > 0 && n <= MAX_MINUTES;
  return (
    <section className="panel tenant-clock" aria-label="Simulated clock">
      <h2>Simulated clock</h2>
      <p className="muted" role="status">
        {offset === 0
          ? 'Real time.'
          : `Running ${Math.round(offset / 60000)} minutes ahead of real time (tenant time ${new Date(Date.now() + offset).toLocaleString()}).`}
      </p>
      <div className="tenant-row">
        <label htmlFor={id}>Advance clock by (minutes)</label>
        <input
          id={id}
          className="input tenant-num"
          type="number"
          min={1}
          max={MAX_MINUTES}
          value={minutes}
          aria-invalid={!valid || undefined}
          aria-describedby={valid ? undefined : `${id}-error`}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button
          type="button"
          className="btn"
          disabled={!valid}
          onClick={() => void tenantStore.getState().advanceClock(n)}
        >
          Advance clock
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={offset === 0}
          onClick={() => void tenantStore.getState().resetClock()}
        >
          Back to real time
        </button>
      </div>
      {!valid && (
        <p className="field-error" id={`${id}-error`}>
          Enter the minutes to advance the clock by, from 1 to {MAX_MINUTES.toLocaleString('en')} (a
          year).
        </p>
      )}
    </section>
  );
}
