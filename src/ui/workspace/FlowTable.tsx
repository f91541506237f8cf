import { useId } from 'react';
import type { FlowSummary } from '../../core/workspace';
import { flowHref } from '../shell/router';
import { formatModified } from './filterPackages';

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
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">ID</th>
          <th scope="col">Description</th>
          <th scope="col">Modified</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {flows.map((f, i) => {
          const nameId = `${base}-${i}`;
          const act = (label: string, run: (f: FlowSummary) => void) => (
            <button
              type="button"
              className="btn btn-sm"
              aria-describedby={nameId}
              onClick={() => run(f)}
            >
              {label}
            </button>
          );
          return (
            <tr key={f.id}>
              <th scope="row">
                <a id={nameId} className="btn-link" href={flowHref(pkgId, f.id)}>
                  {f.name}
                </a>
              </th>
              <td className="mono">{f.id}</td>
              <td>{f.description}</td>
              <td>{formatModified(f.modifiedAt)}</td>
              <td className="row-actions">
                {act('Rename', onRename)} {act('Duplicate', onDuplicate)}{' '}
                {act('Export flow', onExport)} {act('Delete', onDelete)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
