// The script sandbox's worker thread in Node (tests, a command-line runner, server use): the same
// protocol and the same core runScript as the browser's Web Worker (sandbox.worker.ts). It only
// receives run requests and only sends data back; the parent terminates it when a run overstays.
import { parentPort } from 'node:worker_threads';
import { serveRunRequests } from './workerLoop';

const port = parentPort;
if (!port) throw new Error('node.worker.ts must run as a worker thread');

serveRunRequests(
  (handle) => port.on('message', handle),
  (message) => port.postMessage(message),
);
