import { useId } from 'react';
import type { Package } from '../../core/workspace';
import { packageHref } from '../shell/router';
import { formatModified } from './filterPackages';
import { RowActions, RowName, TableHead } from './tableParts';

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
      <TableHead columns={['Name', 'Technical Name', 'Version', 'Vendor', 'Modified']} />
      <tbody>
        {packages.map((p, i) => {
          const nameId = `${base}-${i}`;
          return (
            <tr key={p.id}>
              <RowName id={nameId} href={packageHref(p.id)} name={p.name}>
                {p.shortDescription && <div className="muted">{p.shortDescription}</div>}
              </RowName>
              <td className="mono">{p.technicalName}</td>
              <td>{p.version}</td>
              <td>{p.vendor}</td>
              <td>{formatModified(p.modifiedAt)}</td>
              <RowActions
                describedBy={nameId}
                actions={[
                  ['Duplicate', () => onDuplicate(p)],
                  ['Delete', () => onDelete(p)],
                ]}
              />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
