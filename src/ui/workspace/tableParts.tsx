import { Fragment, type ReactNode } from 'react';

/** Column headers, then the row buttons' column (named for screen readers only). */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

/** The row header: the item's name as a link, with `id` so the row buttons can name it. */
export function RowName({
  id,
  href,
  name,
  children,
}: {
  id: string;
  href: string;
  name: string;
  children?: ReactNode;
}) {
  return (
    <th scope="row">
      <a id={id} className="btn-link" href={href}>
        {name}
      </a>
      {children}
    </th>
  );
}

/** The row's buttons; each is described by the row's name ("Delete", "Hello World"). */
export function RowActions({
  describedBy,
  actions,
}: {
  describedBy: string;
  actions: readonly (readonly [label: string, run: () => void])[];
}) {
  return (
    <td className="row-actions">
      {actions.map(([label, run], i) => (
        <Fragment key={label}>
          {i > 0 && ' '}
          <button type="button" className="btn btn-sm" aria-describedby={describedBy} onClick={run}>
            {label}
          </button>
        </Fragment>
      ))}
    </td>
  );
}
