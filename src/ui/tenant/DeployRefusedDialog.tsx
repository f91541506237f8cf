import type { DeployResult } from '../../core/tenant';
import type { Problem } from '../../core/validation/problem';
import { distinctProblems } from './deployProblems';
import { editorStore } from '../../store/editorStore';
import { focusNode, openScriptEditor } from '../editor/editorUi';
import { Dialog } from '../shell/Dialog';

type Refusal = Extract<DeployResult, { ok: false }>;

/** Why a deployment was refused: the validation errors, or the address another flow serves. */
export function DeployRefusedDialog({
  refusal,
  onClose,
}: {
  refusal: Refusal;
  onClose: () => void;
}) {
  // As in the problems panel: the element selected and focused, a script at the faulty line.
  // Closing first gives the focus back to Deploy; the node or the script editor then takes it.
  const show = (p: Problem) => {
    onClose();
    editorStore.getState().select([p.elementId]);
    if (p.line !== undefined && p.elementKind === 'step') openScriptEditor(p.elementId, p.line);
    else focusNode(p.elementId);
  };
  const title =
    refusal.reason === 'addressConflict' ? 'Address already in use' : 'Deployment refused';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p role="alert">{refusal.message}</p>
      {/* A single conflict is already the headline; the list then only offers "Show". */}
      <ul className="issue-list" aria-label="Problems">
        {distinctProblems(refusal.problems).map((p, i) => (
          <li key={i}>
            {p.message === refusal.message ? 'Address' : p.message}{' '}
            {p.elementId && (
              <button type="button" className="btn btn-link btn-sm" onClick={() => show(p)}>
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
