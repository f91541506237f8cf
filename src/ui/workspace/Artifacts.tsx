import { useState } from 'react';
import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import type { FlowSummary } from '../../core/workspace';
import { alertError, toast } from '../shell/notify';
import { FileButton } from './FileButton';
import { FlowDialog } from './FlowDialog';
import { FlowTable } from './FlowTable';
import { DeleteFlowDialog } from './DeleteFlowDialog';
import { importFlowIntoPackage } from './importController';
import { downloadText } from './download';

const NO_FLOWS: FlowSummary[] = [];

type Editing =
  | { kind: 'add' }
  | { kind: 'rename'; flow: FlowSummary }
  | { kind: 'delete'; flow: FlowSummary }
  | null;

/** The package's integration flows with add, import, rename, duplicate, export and delete. */
export function Artifacts({ pkgId }: { pkgId: string }) {
  const flows = useWorkspace((s) => s.flowsByPackage[pkgId] ?? NO_FLOWS);
  const flowsByPackage = useWorkspace((s) => s.flowsByPackage);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const ws = () => workspaceStore.getState();

  const duplicate = async (f: FlowSummary) => {
    const r = await ws().duplicateFlow(f.id);
    if (r.ok) toast(`Integration flow "${f.name}" duplicated as "${r.value.name}"`);
    else alertError(r.error);
  };
  const exportOne = async (f: FlowSummary) => {
    const file = await ws().exportFlowFile(f.id);
    if (!file) return alertError(`Integration flow "${f.name}" no longer exists`);
    downloadText(file.fileName, file.text);
    toast(`Exported ${file.fileName}`);
  };

  return (
    <section className="panel section" aria-labelledby="artifacts-heading">
      <div className="toolbar">
        <h2 id="artifacts-heading">
          Artifacts <span className="count">({flows.length})</span>
        </h2>
        <FileButton
          inputLabel="Integration flow file"
          accept=".json,application/json,.zip,.iflw"
          onFile={(f) => void importFlowIntoPackage(pkgId, f)}
        >
          Import flow
        </FileButton>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing({ kind: 'add' })}
        >
          Add integration flow
        </button>
      </div>
      {flows.length === 0 ? (
        <div className="empty">
          <h3>No integration flows yet</h3>
          <p>
            Choose <strong>Add integration flow</strong>, or import a <code>.flow.json</code> file
            (you can also drop it anywhere on this page).
          </p>
        </div>
      ) : (
        <FlowTable
          pkgId={pkgId}
          flows={flows}
          onRename={(flow) => setEditing({ kind: 'rename', flow })}
          onDuplicate={(f) => void duplicate(f)}
          onExport={(f) => void exportOne(f)}
          onDelete={(flow) => setEditing({ kind: 'delete', flow })}
        />
      )}
      {editing?.kind === 'add' && (
        <FlowDialog
          title="Add integration flow"
          submitLabel="Add"
          takenIds={Object.values(flowsByPackage).flatMap((l) => l.map((f) => f.id))}
          onClose={close}
          onSave={async ({ name, id, description }) => {
            const r = await ws().createFlow(pkgId, { name, id, description });
            if (!r.ok) return r.error;
            toast(`Integration flow "${r.value.name}" added`);
            return null;
          }}
        />
      )}
      {editing?.kind === 'rename' && (
        <FlowDialog
          title="Rename integration flow"
          submitLabel="Save"
          initial={{
            name: editing.flow.name,
            id: editing.flow.id,
            description: editing.flow.description,
            idTouched: true,
          }}
          onClose={close}
          onSave={async ({ name, description }) => {
            const r = await ws().renameFlow(editing.flow.id, { name, description });
            return r.ok ? null : r.error;
          }}
        />
      )}
      {editing?.kind === 'delete' && <DeleteFlowDialog flow={editing.flow} onClose={close} />}
    </section>
  );
}
