#!/usr/bin/env node
// The `ifs` command. The CLI is TypeScript under src/cli; tsx compiles it on the fly, so a
// clone runs it right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
