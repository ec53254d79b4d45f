// Plain-JavaScript entry of a query worker: worker threads do not inherit tsx's loader (Node 20),
// so register it here before loading the TypeScript worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
