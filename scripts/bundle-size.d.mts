/** Types of scripts/bundle-size.mjs for TypeScript callers (e.g. scripts/bench.ts). */
export interface InitialChunk {
  /** Path relative to the dist folder, e.g. "assets/index-abc.js". */
  file: string;
  reason: 'entry' | 'modulepreload' | 'static import' | 'FlowEditor' | 'FlowEditor import';
  rawKb: number;
  gzipKb: number;
}

export interface InitialJs {
  chunks: InitialChunk[];
  /** Entry + modulepreloads + their static imports (before a flow is opened). */
  shellKb: number;
  /** shellKb + the FlowEditor chunk and its static imports: JS before the canvas is usable. */
  totalKb: number;
  flowEditor: string | null;
}

export function measureInitialJs(distDir: string): InitialJs;
export function staticImportsOf(file: string): string[];
