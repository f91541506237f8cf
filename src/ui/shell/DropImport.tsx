import { useEffect, useRef, useState } from 'react';
import type { Route } from './router';
import { alertError } from './notify';
import { importFlowIntoPackage, importPackageBundle } from '../workspace/importController';
import { workspaceStore } from '../../store/workspaceStore';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Where a dropped file goes: into the package on screen, or as a bundle on the package list. */
function importDropped(file: File, route: Route): void {
  if (route.name === 'package') return void importFlowIntoPackage(route.pkgId, file);
  if (route.name === 'flow') {
    const pkgId = workspaceStore.getState().current?.packageId ?? route.pkgId;
    return void importFlowIntoPackage(pkgId, file);
  }
  if (route.name === 'packages') return void importPackageBundle(file);
  alertError('Open a package in the Design view to import an integration flow into it.');
}

/**
 * Dropping a .json file or CPI content (.zip, .iflw) anywhere on the window imports it; an
 * overlay shows while dragging.
 */
export function DropImport({ route }: { route: Route }) {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const routeRef = useRef(route);
  useEffect(() => {
    routeRef.current = route;
  }, [route]);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; count them to know when we truly left.
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current += 1;
      setActive(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // keeps the browser from opening the file
      depth.current = 0;
      setActive(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (!/\.(json|zip|iflw)$/i.test(file.name) && file.type !== 'application/json') {
        alertError(
          `"${file.name}" is not a flow or package file (.json), nor CPI content (.zip, .iflw)`,
        );
        return;
      }
      importDropped(file, routeRef.current);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop to import</p>
    </div>
  );
}
