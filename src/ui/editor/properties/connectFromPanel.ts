import { editorStore } from '../../../store/editorStore';
import { alertError, toast } from '../../shell/notify';
import { connectElements } from '../canvas/useConnect';
import { editorUi } from '../editorUi';
import { linkDescription } from './connectionChoices';

const linkIds = (): Set<string> => {
  const flow = editorStore.getState().flow;
  if (!flow) return new Set();
  return new Set([...flow.process.sequenceFlows, ...flow.messageFlows].map((l) => l.id));
};

/** Announces the link created since `before` and hands it to `onCreated`; false when none was. */
function announceNew(before: Set<string>, onCreated?: (linkId: string) => void): boolean {
  const flow = editorStore.getState().flow;
  if (!flow) return false;
  const created = [...linkIds()].find((id) => !before.has(id));
  if (!created) return false;
  toast(`Connected: ${linkDescription(flow, created) ?? created}`);
  onCreated?.(created);
  return true;
}

/**
 * Connects from the properties panel exactly as a mouse drag does (`connectElements`: same
 * rules, refusal alerts, adapter dialog, selection of the new link), then announces the new
 * link, which a drag shows on the canvas but a keyboard or screen-reader user cannot see.
 */
export function connectFromPanel(
  source: string,
  target: string,
  onCreated?: (linkId: string) => void,
): void {
  const before = linkIds();
  connectElements(source, target);
  const pending = editorUi.getState().pendingAdapter;
  if (!pending || pending.source !== source || pending.target !== target) {
    announceNew(before, onCreated);
    return;
  }
  // The adapter dialog creates the link (or is cancelled): wait for it to close. It clears
  // `pendingAdapter` before dispatching, so look once its synchronous handler has finished.
  const stop = editorUi.subscribe((s) => {
    if (s.pendingAdapter) return;
    stop();
    setTimeout(() => announceNew(before, onCreated), 0);
  });
}

/** Removes one link (element.delete, one undo step) and says which. */
export function removeLink(linkId: string): boolean {
  const { flow, dispatch } = editorStore.getState();
  if (!flow) return false;
  const description = linkDescription(flow, linkId) ?? linkId;
  const r = dispatch('element.delete', { ids: [linkId] });
  if (!r.ok) {
    alertError(r.error);
    return false;
  }
  toast(`Removed: ${description}`);
  return true;
}
