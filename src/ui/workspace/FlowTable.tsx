import { useId } from 'react';
import type { FlowSummary } from '../../core/workspace';
import { openConfigure } from '../editor/editorUi';
import { flowHref } from '../shell/router';
import { navigate } from '../shell/useRoute';
import { formatModified } from './filterPackages';
import { RowActions, RowName, TableHead } from './tableParts';

export interface FlowTableProps {
  pkgId: string;
  flows: readonly FlowSummary[];
  onRename: (f: FlowSummary) => void;
  onDuplicate: (f: FlowSummary) => void;
  onExport: (f: FlowSummary) => void;
  onDelete: (f: FlowSummary) => void;
}

/** Integration flows of a package; the name links to the editor. */
export function FlowTable({
  pkgId,
  flows,
  onRename,
  onDuplicate,
  onExport,
  onDelete,
}: FlowTableProps) {
  const base = useId();
  return (
    <table className="table" aria-label="Integration flows">
      <TableHead columns={['Name', 'ID', 'Description', 'Modified']} />
      <tbody>
        {flows.map((f, i) => {
          const nameId = `${base}-${i}`;
          return (
            <tr key={f.id}>
              <RowName id={nameId} href={flowHref(pkgId, f.id)} name={f.name} />
              <td className="mono">{f.id}</td>
              <td>{f.description}</td>
              <td>{formatModified(f.modifiedAt)}</td>
              <RowActions
                describedBy={nameId}
                actions={[
                  // CPI's Configure action: the flow opens with its parameters dialog.
                  [
                    'Configure',
                    () => {
                      openConfigure();
                      navigate(flowHref(pkgId, f.id));
                    },
                  ],
                  ['Rename', () => onRename(f)],
                  ['Duplicate', () => onDuplicate(f)],
                  ['Export flow', () => onExport(f)],
                  ['Delete', () => onDelete(f)],
                ]}
              />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
