// A stand-in script worker for the pool's tests: it speaks the pool's protocol (claim cell, JSON
// options and results) and hangs for good on a message whose body is "hang", as a worker whose
// script the sandbox could not interrupt would; a body "late" is started at once (its claim cell
// taken) but answered only after a minute, so the worker goes on to start the next job.
import { parentPort, workerData } from 'node:worker_threads';

const claims = new Int32Array(workerData.claims);
parentPort.on('message', (job) => {
  if (Atomics.compareExchange(claims, job.cell, job.id, -job.id) !== job.id) return;
  const options = JSON.parse(job.json);
  if (options.message.body === 'hang') for (;;);
  const message = { ...options.message, body: `echo ${options.message.body}` };
  const result = {
    message,
    logs: [],
    messageLog: { properties: {}, attachments: [] },
    durationMs: 0,
  };
  const answer = () => parentPort.postMessage({ id: job.id, json: JSON.stringify(result) });
  if (options.message.body === 'late') setTimeout(answer, 60_000);
  else answer();
});
parentPort.postMessage({ ready: true });
