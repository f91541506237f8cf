import { workspaceStore } from '../../store/workspaceStore';
import type { FlowSummary } from '../../core/workspace';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { toast } from '../shell/notify';

/** Confirms deleting one integration flow. */
export function DeleteFlowDialog({ flow, onClose }: { flow: FlowSummary; onClose: () => void }) {
  return (
    <ConfirmDialog
      title="Delete integration flow"
      confirmLabel="Delete"
      danger
      onCancel={onClose}
      onConfirm={async () => {
        onClose();
        await workspaceStore.getState().deleteFlow(flow.id);
        toast(`Integration flow "${flow.name}" deleted`);
      }}
    >
      <p>
        Delete integration flow <strong>“{flow.name}”</strong> ({flow.id})? This cannot be undone.
        Export it first if you may need it again.
      </p>
    </ConfirmDialog>
  );
}
