import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import type { Package } from '../../core/workspace';
import { Dialog } from '../shell/Dialog';
import { toast } from '../shell/notify';
import { DeleteFooter } from './DeleteFooter';
import { DeployedWarning } from './DeployedWarning';
import { undeployFlows, useDeployedFlows } from './useDeployedFlows';

const flowsText = (n: number) => (n === 1 ? '1 integration flow' : `${n} integration flows`);
const NO_FLOWS: never[] = [];

/**
 * Confirms deleting a package, naming it and how many flows go with it; when some of them are
 * deployed it says so and offers to undeploy them as well.
 */
export function DeletePackageDialog({
  pkg,
  onClose,
  onDeleted,
}: {
  pkg: Package;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const flows = useWorkspace((s) => s.flowsByPackage[pkg.id] ?? NO_FLOWS);
  const deployed = useDeployedFlows(flows.map((f) => f.id));
  const remove = async (undeploy: boolean) => {
    onClose();
    if (undeploy && deployed) await undeployFlows(deployed.map((d) => d.flowId));
    await workspaceStore.getState().deletePackage(pkg.id);
    toast(
      undeploy ? `Package "${pkg.name}" undeployed and deleted` : `Package "${pkg.name}" deleted`,
    );
    onDeleted?.();
  };
  return (
    <Dialog
      title="Delete package"
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
        Delete package <strong>“{pkg.name}”</strong> and its {flowsText(flows.length)}? This cannot
        be undone.
      </p>
      {deployed && <DeployedWarning deployed={deployed} />}
    </Dialog>
  );
}
