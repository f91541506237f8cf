import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { useHash, useRoute } from './useRoute';
import { useFocusOnPageChange } from './useFocusOnPageChange';
import { Header } from './Header';
import { RouteView } from './RouteView';
import { ConflictBanner } from './ConflictBanner';
import { Notices } from './Notices';
import { DropImport } from './DropImport';
import { ErrorBoundary } from './ErrorBoundary';
import { importDialogStore } from '../workspace/importController';

// An import's errors, question or warnings: loaded when an import has one to show.
const ImportDialogs = lazy(() =>
  import('../workspace/ImportDialogs').then((m) => ({ default: m.ImportDialogs })),
);

const titleOf = (name: string) => `${name} · Integration Flow Studio`;

/** The app frame: shell bar, conflict banner, the routed page, notices and import handling. */
export function Shell() {
  const route = useRoute();
  const importing = useStore(importDialogStore, (s) => s.dialog.kind !== 'none');
  useFocusOnPageChange(useHash().split('?')[0] ?? '');
  useEffect(() => {
    if (route.name === 'packages') document.title = titleOf('Design');
  }, [route.name]);
  return (
    <div className="app">
      <Header route={route} />
      <ConflictBanner />
      <main className="main" id="main">
        <ErrorBoundary key={route.name === 'notFound' ? route.hash : route.name}>
          <RouteView route={route} />
        </ErrorBoundary>
      </main>
      <Notices />
      <DropImport route={route} />
      {importing && (
        <Suspense fallback={null}>
          <ImportDialogs />
        </Suspense>
      )}
    </div>
  );
}
