import { useId, useMemo, useRef, useState } from 'react';
import type { Flow } from '../../../core';
import { connectFromPanel, removeLink } from './connectFromPanel';
import { connectTargets, linksOf, whyNoTargets } from './connectionChoices';
import { focusPropertiesTitle } from './focusPropertiesTitle';

/**
 * "Connections" for a selected step or participant: connect it to another element and remove
 * its links without a mouse. Connecting goes through the canvas's own `connectElements`, so the
 * rules, refusals and the adapter dialog are those of a drag between handles.
 */
export function ConnectionsGroup({ flow, elementId }: { flow: Flow; elementId: string }) {
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [chosen, setChosen] = useState('');
  // Asked of every element of the flow: once per flow version, not on every render.
  const targets = useMemo(() => connectTargets(flow, elementId), [flow, elementId]);
  const links = useMemo(() => linksOf(flow, elementId), [flow, elementId]);
  const value = targets.some((t) => t.id === chosen) ? chosen : (targets[0]?.id ?? '');
  const none = targets.length === 0;
  const why = useMemo(() => (none ? whyNoTargets(flow, elementId) : null), [none, flow, elementId]);

  const connect = () => {
    // The new link gets selected, so this panel is replaced by the link's: keep the focus in it.
    if (value) connectFromPanel(elementId, value, () => focusPropertiesTitle());
  };
  const remove = (linkId: string) => {
    if (!removeLink(linkId)) return;
    // The pressed button is gone; land on the control that usually comes next.
    setTimeout(
      () => (selectRef.current?.disabled ? focusPropertiesTitle() : selectRef.current?.focus()),
      0,
    );
  };

  return (
    <fieldset className="ifs-form__group ifs-connections">
      <legend>Connections</legend>
      <div className="ifs-field">
        <label className="ifs-field__label" htmlFor={`${id}-to`}>
          Connect to
        </label>
        <select
          ref={selectRef}
          id={`${id}-to`}
          className="ifs-input"
          value={value}
          disabled={none}
          aria-describedby={none ? `${id}-none` : undefined}
          onChange={(e) => setChosen(e.target.value)}
        >
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        {none && (
          <div className="ifs-field__help" id={`${id}-none`}>
            No element can be connected from here right now{why ? `: ${why}.` : '.'}
          </div>
        )}
      </div>
      <button type="button" className="ifs-btn" disabled={none} onClick={connect}>
        Connect
      </button>
      {links.length > 0 && (
        <ul className="ifs-connections__links" aria-label="Links">
          {links.map((l) => (
            <li key={l.linkId}>
              <span>{l.description}</span>
              <button type="button" className="ifs-btn" onClick={() => remove(l.linkId)}>
                {l.direction === 'outgoing'
                  ? `Remove link to ${l.otherName}`
                  : `Remove link from ${l.otherName}`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
