/**
 * The footer of a delete confirmation for content that may be deployed: "Undeploy and delete"
 * and "Delete only" when something is deployed, else "Delete"; Cancel has the focus. Delete
 * waits until the deployment state is known (`deployed` null).
 */
export function DeleteFooter({
  deployed,
  onDelete,
  onCancel,
}: {
  deployed: readonly unknown[] | null;
  onDelete: (undeploy: boolean) => void;
  onCancel: () => void;
}) {
  const isDeployed = (deployed?.length ?? 0) > 0;
  return (
    <>
      {isDeployed && (
        <button type="button" className="btn btn-danger" onClick={() => onDelete(true)}>
          Undeploy and delete
        </button>
      )}
      <button
        type="button"
        className={isDeployed ? 'btn' : 'btn btn-danger'}
        disabled={deployed === null}
        onClick={() => onDelete(false)}
      >
        {isDeployed ? 'Delete only' : 'Delete'}
      </button>
      <button type="button" className="btn" onClick={onCancel} data-autofocus>
        Cancel
      </button>
    </>
  );
}
