// A query worker: holds its own copy of the store and runs one query at a time, off the HTTP thread.
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { QueryError, WARM_UP_JOBS, runQuery, type QueryJob } from './engine.ts';

export interface WorkerInput {
  /** URL of this module, loaded by worker-entry.mjs. */
  entry: string;
  nquads: string;
}
export type WorkerRequest = { id: number; job: QueryJob };
export type WorkerReply =
  | { type: 'ready'; warmUpMs: number }
  | { type: 'result'; id: number; body: string }
  | { type: 'failure'; id: number; kind: 'query' | 'internal'; message: string };

const port = parentPort!;
const store = new oxigraph.Store();
store.load((workerData as WorkerInput).nquads, { format: 'application/n-quads' });

const started = performance.now();
for (const job of WARM_UP_JOBS) runQuery(store, job);
port.postMessage({ type: 'ready', warmUpMs: performance.now() - started } satisfies WorkerReply);

port.on('message', ({ id, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { type: 'result', id, body: runQuery(store, job) };
  } catch (error) {
    reply = { type: 'failure', id, kind: error instanceof QueryError ? 'query' : 'internal', message: (error as Error).message };
  }
  port.postMessage(reply);
});
