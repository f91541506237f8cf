import { useState } from 'react';
import { useWorkspace, workspaceStore } from '../../store/workspaceStore';
import type { Package } from '../../core/workspace';
import { alertError, toast } from '../shell/notify';
import { navigate } from '../shell/useRoute';
import { packageHref } from '../shell/router';
import { FileButton } from './FileButton';
import { PackageDialog } from './PackageDialog';
import { PackageTable } from './PackageTable';
import { DeletePackageDialog } from './DeletePackageDialog';
import { emptyPackageForm } from './packageForm';
import { filterPackages } from './filterPackages';
import { importPackageBundle } from './importController';
import { fieldErrorText } from './fieldErrorText';

/** Design view: the integration packages of this workspace. */
export function PackageList() {
  const loaded = useWorkspace((s) => s.loaded);
  const packages = useWorkspace((s) => s.packages);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Package | null>(null);
  const shown = filterPackages(packages, query);

  const duplicate = async (p: Package) => {
    const copy = await workspaceStore.getState().duplicatePackage(p.id);
    if (copy) toast(`Package "${p.name}" duplicated as "${copy.name}"`);
    else alertError(`Package "${p.name}" no longer exists`);
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Design</h1>
          <p className="muted">Integration packages group the integration flows you design.</p>
        </div>
      </div>
      <section className="panel" aria-labelledby="pkg-heading">
        <div className="toolbar">
          <h2 id="pkg-heading">
            Packages{' '}
            <span className="count">
              (
              {shown.length === packages.length
                ? packages.length
                : `${shown.length} of ${packages.length}`}
              )
            </span>
          </h2>
          <input
            className="input search"
            type="search"
            aria-label="Search packages"
            placeholder="Search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <FileButton
            inputLabel="Package bundle file"
            accept=".json,application/json,.zip,.iflw"
            onFile={(f) => void importPackageBundle(f)}
          >
            Import package
          </FileButton>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            Create package
          </button>
        </div>
        {!loaded ? (
          <p className="empty">Loading…</p>
        ) : packages.length === 0 ? (
          <div className="empty">
            <h3>No packages yet</h3>
            <p>
              Choose <strong>Create package</strong> to start, then add an integration flow to it.
              Or import a package bundle exported from another workspace (or drop the file here).
            </p>
          </div>
        ) : shown.length === 0 ? (
          <p className="empty">No package matches “{query}”.</p>
        ) : (
          <PackageTable
            packages={shown}
            onDuplicate={(p) => void duplicate(p)}
            onDelete={setDeleting}
          />
        )}
      </section>
      {creating && (
        <PackageDialog
          title="Create package"
          submitLabel="Save"
          initial={emptyPackageForm()}
          taken={packages.map((p) => p.technicalName)}
          onClose={() => setCreating(false)}
          onSave={async (input) => {
            const r = await workspaceStore.getState().createPackage(input);
            if (!r.ok) return fieldErrorText(r.errors);
            toast(`Package "${r.value.name}" created`);
            navigate(packageHref(r.value.id));
            return null;
          }}
        />
      )}
      {deleting && <DeletePackageDialog pkg={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}
