import type { DeployResult } from '../../core/tenant';
import { distinctProblems } from './deployProblems';
import { editorStore } from '../../store/editorStore';
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
  const show = (elementId: string) => {
    editorStore.getState().select([elementId]);
    onClose();
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
              <button
                type="button"
                className="btn btn-link btn-sm"
                onClick={() => show(p.elementId)}
              >
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
