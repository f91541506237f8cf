export type ServerModule = typeof import('./server');

/**
 * The module `ifs serve` runs. The CLI normally runs as JavaScript compiled once by esbuild
 * (bin/compiledCli.mjs), the server and its script worker included. When it runs from the
 * TypeScript sources instead (tsx: no build could be made), it serves the same, only slower: tsx
 * keeps every function's name with a helper called each time a function is created (closures
 * included), which made a served request about a third slower; `warn` says so.
 */
export async function loadServeRuntime(warn: (line: string) => void): Promise<ServerModule> {
  if (import.meta.url.endsWith('.ts'))
    warn(
      'note: serving from the TypeScript sources, slower (the compiled CLI is unavailable; see bin/compiledCli.mjs)',
    );
  return import('./server');
}
