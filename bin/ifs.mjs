#!/usr/bin/env node
// The `ifs` command. The CLI is TypeScript under src/cli. It runs as JavaScript compiled once
// by esbuild and rebuilt when a source changes (bin/compiledCli.mjs), so a clone runs it right
// after `npm install` with no build step; when no build can be made (a read-only install) or
// IFS_FROM_SOURCE=1 is set, tsx compiles the TypeScript on the fly instead.
import { compiledCli } from './compiledCli.mjs';

// A reader that stops early (`ifs run … | head -1`) closes the pipe: what is left to print is
// dropped and the command ends with its own exit code, with no stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });

let entry = null;
if (process.env.IFS_FROM_SOURCE !== '1')
  try {
    entry = await compiledCli();
  } catch {
    // Run from the sources below.
  }
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../src/cli/main.ts', import.meta.url).href;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
