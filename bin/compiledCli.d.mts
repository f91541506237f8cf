// Types of compiledCli.mjs (plain JavaScript: bin/ runs before any TypeScript compiler).
export interface Manifest {
  layout: number;
  dir: string;
  inputs: Record<string, [number, number]>;
}
export const ROOT: string;
export function upToDate(manifest: Manifest, root?: string): boolean;
export function compiledCli(options?: { root?: string; cache?: string }): Promise<string>;
