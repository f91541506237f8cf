import type { Plugin } from 'vite';

/** The file the app reads when idle to prefetch what later features need (src/platform/prefetch.ts). */
export const PREFETCH_LIST = 'assets/prefetch.json';

/**
 * Features loaded on first use, by the module their dynamic import names: the build lists their
 * chunks (with the chunks and styles those import) so the app can prefetch them once idle.
 */
export const LAZY_FEATURES = [
  'src/ui/script/ScriptEditor.tsx', // Monaco
  'src/ui/simulate/SimulatePanel.tsx', // the simulator
  'src/ui/tenant/ManageContentView.tsx', // the tenant views
  'src/ui/tenant/security/SecurityView.tsx',
  'src/ui/tenant/monitor/MonitorView.tsx',
  'src/ui/tenant/console/ConsoleView.tsx',
  'src/core/layout/arrangeFlow.ts', // layout (dagre)
];

/**
 * Worker scripts and files started by name: the script sandbox (QuickJS and its wasm) and
 * Monaco's editor worker. Monaco's TypeScript workers (about 7 MB each) are left to first use.
 */
const LAZY_ASSETS = [
  /^assets\/sandbox\.worker-[\w-]+\.js$/,
  /^assets\/editor\.worker-[\w-]+\.js$/,
  /\.wasm$/,
];

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  /** The modules in the chunk (a feature shared with a static import lands in a shared chunk). */
  moduleIds?: readonly string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
interface OutputAsset {
  type: 'asset';
  fileName: string;
}

/**
 * The files to prefetch for `features`: their chunks, the chunks and styles those import, and
 * the lazy assets, in order and without what the entry page loads anyway (the entry chunk and
 * its static imports). Throws when a feature has no chunk.
 */
export function prefetchFiles(
  bundle: Record<string, OutputChunk | OutputAsset>,
  features: readonly string[] = LAZY_FEATURES,
): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const closure = (from: OutputChunk[], into: Set<string>, skip?: Set<string>) => {
    const visit = (chunk: OutputChunk) => {
      if (into.has(chunk.fileName) || skip?.has(chunk.fileName)) return;
      into.add(chunk.fileName);
      for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
      for (const name of chunk.imports) {
        const dep = bundle[name];
        if (dep?.type === 'chunk') visit(dep);
      }
    };
    from.forEach(visit);
    return into;
  };
  const initial = closure(
    chunks.filter((c) => c.isEntry),
    new Set(),
  );
  const files = new Set<string>();
  const add = (chunk: OutputChunk) => closure([chunk], files, initial);
  for (const feature of features) {
    const holds = (id: string | null | undefined) =>
      id?.replace(/\\/g, '/').endsWith(`/${feature}`) ?? false;
    const chunk =
      chunks.find((c) => holds(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds?.some(holds));
    if (!chunk)
      throw new Error(
        `prefetch: no chunk for ${feature}; update LAZY_FEATURES in src/build/prefetchPlugin.ts`,
      );
    add(chunk);
  }
  for (const file of Object.keys(bundle))
    if (LAZY_ASSETS.some((re) => re.test(file))) files.add(file);
  return [...files];
}

/** Writes PREFETCH_LIST into the build (not the dev server, which has no chunks). */
export function prefetchPlugin(): Plugin {
  return {
    name: 'ifs-prefetch-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      // Worker builds have their own bundle without the app's features.
      if (
        !Object.values(bundle).some(
          (c) => c.type === 'chunk' && c.isEntry && c.fileName.startsWith('assets/index-'),
        )
      )
        return;
      this.emitFile({
        type: 'asset',
        fileName: PREFETCH_LIST,
        source: JSON.stringify(
          prefetchFiles(bundle as unknown as Record<string, OutputChunk | OutputAsset>),
        ),
      });
    },
  };
}
