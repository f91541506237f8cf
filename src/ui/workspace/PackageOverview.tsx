import type { Package } from '../../core/workspace';
import { formatModified } from './filterPackages';

/** The package's header fields, read-only (Edit opens the dialog). */
export function PackageOverview({ pkg }: { pkg: Package }) {
  return (
    <section className="panel" aria-labelledby="overview-heading">
      <div className="toolbar">
        <h2 id="overview-heading">Overview</h2>
      </div>
      <dl className="facts">
        <div>
          <dt>Technical Name</dt>
          <dd className="mono">{pkg.technicalName}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>{pkg.version}</dd>
        </div>
        <div>
          <dt>Vendor</dt>
          <dd>{pkg.vendor || '—'}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatModified(pkg.createdAt)}</dd>
        </div>
        <div>
          <dt>Modified</dt>
          <dd>{formatModified(pkg.modifiedAt)}</dd>
        </div>
      </dl>
      {pkg.description && <p className="description">{pkg.description}</p>}
    </section>
  );
}
