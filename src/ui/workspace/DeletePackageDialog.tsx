import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import type { Package } from '../../core/workspace';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { toast } from '../shell/notify';

const flowsText = (n: number) => (n === 1 ? '1 integration flow' : `${n} integration flows`);

/** Confirms deleting a package, naming it and how many flows go with it. */
export function DeletePackageDialog({
  pkg,
  onClose,
  onDeleted,
}: {
  pkg: Package;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const count = useWorkspace((s) => s.flowsByPackage[pkg.id]?.length ?? 0);
  return (
    <ConfirmDialog
      title="Delete package"
      confirmLabel="Delete"
      danger
      onCancel={onClose}
      onConfirm={async () => {
        onClose();
        await workspaceStore.getState().deletePackage(pkg.id);
        toast(`Package "${pkg.name}" deleted`);
        onDeleted?.();
      }}
    >
      <p>
        Delete package <strong>“{pkg.name}”</strong> and its {flowsText(count)}? This cannot be
        undone.
      </p>
    </ConfirmDialog>
  );
}
