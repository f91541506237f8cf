import { workspaceStore } from '../../store/workspaceStore';
import type { FlowSummary } from '../../core/workspace';
import { Dialog } from '../shell/Dialog';
import { toast } from '../shell/notify';
import { DeleteFooter } from './DeleteFooter';
import { DeployedWarning } from './DeployedWarning';
import { undeployFlows, useDeployedFlows } from './useDeployedFlows';

/**
 * Confirms deleting one integration flow. A deployed flow's deployment would keep serving: the
 * dialog says so and offers to undeploy it as well.
 */
export function DeleteFlowDialog({ flow, onClose }: { flow: FlowSummary; onClose: () => void }) {
  const deployed = useDeployedFlows([flow.id]);
  const remove = async (undeploy: boolean) => {
    onClose();
    if (undeploy) await undeployFlows([flow.id]);
    await workspaceStore.getState().deleteFlow(flow.id);
    toast(
      undeploy
        ? `Integration flow "${flow.name}" undeployed and deleted`
        : `Integration flow "${flow.name}" deleted`,
    );
  };
  return (
    <Dialog
      title="Delete integration flow"
      onClose={onClose}
      footer={
        <DeleteFooter
          deployed={deployed}
          onDelete={(undeploy) => void remove(undeploy)}
          onCancel={onClose}
        />
      }
    >
      <p>
        Delete integration flow <strong>“{flow.name}”</strong> ({flow.id})? This cannot be undone.
        Export it first if you may need it again.
      </p>
      {deployed && <DeployedWarning deployed={deployed} />}
    </Dialog>
  );
}
