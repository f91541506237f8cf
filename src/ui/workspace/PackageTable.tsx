import { useId } from 'react';
import type { Package } from '../../core/workspace';
import { packageHref } from '../shell/router';
import { formatModified } from './filterPackages';

export interface PackageTableProps {
  packages: readonly Package[];
  onDuplicate: (p: Package) => void;
  onDelete: (p: Package) => void;
}

/** Packages as rows; the row buttons are described by the package name for screen readers. */
export function PackageTable({ packages, onDuplicate, onDelete }: PackageTableProps) {
  const base = useId();
  return (
    <table className="table" aria-label="Packages">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Technical Name</th>
          <th scope="col">Version</th>
          <th scope="col">Vendor</th>
          <th scope="col">Modified</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {packages.map((p, i) => {
          const nameId = `${base}-${i}`;
          return (
            <tr key={p.id}>
              <th scope="row">
                <a id={nameId} className="btn-link" href={packageHref(p.id)}>
                  {p.name}
                </a>
                {p.shortDescription && <div className="muted">{p.shortDescription}</div>}
              </th>
              <td className="mono">{p.technicalName}</td>
              <td>{p.version}</td>
              <td>{p.vendor}</td>
              <td>{formatModified(p.modifiedAt)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="btn btn-sm"
                  aria-describedby={nameId}
                  onClick={() => onDuplicate(p)}
                >
                  Duplicate
                </button>{' '}
                <button
                  type="button"
                  className="btn btn-sm"
                  aria-describedby={nameId}
                  onClick={() => onDelete(p)}
                >
                  Delete
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
