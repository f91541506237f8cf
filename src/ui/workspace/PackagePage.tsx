import { useEffect, useState } from 'react';
import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import { toast } from '../shell/notify';
import { packagesHref } from '../shell/router';
import { PackageDialog } from './PackageDialog';
import { PackageOverview } from './PackageOverview';
import { Artifacts } from './Artifacts';
import { packageFormFrom } from './packageForm';
import { downloadText } from './download';
import { fieldErrorText } from './fieldErrorText';

/** One package: its fields and its artifacts (integration flows), as in CPI. */
export function PackagePage({ pkgId }: { pkgId: string }) {
  const loaded = useWorkspace((s) => s.loaded);
  const pkg = useWorkspace((s) => s.packages.find((p) => p.id === pkgId));
  const packages = useWorkspace((s) => s.packages);
  const [editing, setEditing] = useState(false);
  const title = pkg?.name ?? 'Package';
  useEffect(() => {
    document.title = `${title} · Integration Flow Studio`;
  }, [title]);

  if (!loaded) return <p className="center-state">Loading…</p>;
  if (!pkg) {
    return (
      <div className="center-state" role="alert">
        <h1>Package not found</h1>
        <p>
          It may have been deleted. <a href={packagesHref()}>Back to all packages</a>
        </p>
      </div>
    );
  }

  const exportBundle = async () => {
    const file = await workspaceStore.getState().exportPackageFile(pkg.id);
    if (!file) return;
    downloadText(file.fileName, file.text);
    toast(`Exported ${file.fileName}`);
  };

  const exportCpi = async () => {
    const file = await workspaceStore.getState().exportPackageFile(pkg.id);
    if (!file) return;
    const [{ importPackage }, { exportCpiPackage }, { downloadBytes }] = await Promise.all([
      import('../../core/io'),
      import('../../core/io/cpi'),
      import('../editor/header/exportDownload'),
    ]);
    const bundle = importPackage(file.text);
    if (!bundle.ok) return;
    const name = `${pkg.technicalName || 'package'}.zip`;
    downloadBytes(await exportCpiPackage(pkg, bundle.flows), name);
    toast(`Exported ${name}`);
  };

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href={packagesHref()}>Packages</a> / <span aria-current="page">{pkg.name}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1>{pkg.name}</h1>
          {pkg.shortDescription && <p className="muted">{pkg.shortDescription}</p>}
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="btn" onClick={() => void exportBundle()}>
            Export package
          </button>
          <button type="button" className="btn" onClick={() => void exportCpi()}>
            Export CPI package
          </button>
        </div>
      </div>
      <PackageOverview pkg={pkg} />
      <Artifacts pkgId={pkg.id} />
      {editing && (
        <PackageDialog
          title="Edit package"
          submitLabel="Save"
          initial={packageFormFrom(pkg)}
          taken={packages.filter((p) => p.id !== pkg.id).map((p) => p.technicalName)}
          onClose={() => setEditing(false)}
          onSave={async (input) => {
            const r = await workspaceStore.getState().updatePackage(pkg.id, input);
            if (!r.ok) return fieldErrorText(r.errors);
            toast('Package saved');
            return null;
          }}
        />
      )}
    </div>
  );
}
