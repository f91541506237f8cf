import { adapterTypesFor } from '../../core';
import { editorStore } from '../../store/editorStore';
import { Dialog } from '../shell/Dialog';
import { alertError } from '../shell/notify';
import { editorUi, useEditorUi, type PendingAdapter } from './editorUi';

function choose(pending: PendingAdapter, adapterType: string) {
  editorUi.setState({ pendingAdapter: null });
  const { dispatch, select } = editorStore.getState();
  const r = dispatch('link.connect', {
    source: pending.source,
    target: pending.target,
    adapterType,
  });
  if (!r.ok) return alertError(r.error);
  // Select the new message flow so its adapter form shows in the properties panel.
  select(r.created);
}

/** "Choose adapter type": asked when a Sender is connected to a Start event (or a step to a Receiver). */
export function AdapterDialog() {
  const pending = useEditorUi((s) => s.pendingAdapter);
  if (!pending) return null;
  const types = adapterTypesFor(pending.direction);
  const cancel = () => editorUi.setState({ pendingAdapter: null });
  return (
    <Dialog
      title="Choose adapter type"
      onClose={cancel}
      footer={
        <button type="button" className="btn ifs-btn" onClick={cancel}>
          Cancel
        </button>
      }
    >
      {types.length === 0 ? (
        <p>No {pending.direction} adapters are available yet.</p>
      ) : (
        <ul className="ifs-adapter-list">
          {types.map((a, i) => (
            <li key={a.type}>
              <button
                type="button"
                className="btn ifs-btn ifs-adapter-list__item"
                onClick={() => choose(pending, a.type)}
                {...(i === 0 ? { 'data-autofocus': true } : {})}
              >
                {a.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
