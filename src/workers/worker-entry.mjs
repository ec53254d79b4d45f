// Plain-JavaScript entry of a worker thread. Built (dist/) workers are JavaScript and load at once;
// in development and tests the worker is TypeScript, and worker threads do not inherit a loader
// registered in the main thread (Node 20), so tsx is registered here first.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
