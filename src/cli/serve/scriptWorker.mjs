// The script worker when `ifs serve` runs from its TypeScript modules (tests, or when the
// compiled runtime is unavailable): plain .mjs so worker_threads can start it, tsx compiles the
// TypeScript. The compiled runtime has its own scriptWorker.mjs (see runtime.ts).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./scriptWorkerMain.ts', import.meta.url).href);
