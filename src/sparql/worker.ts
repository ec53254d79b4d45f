// A query worker: holds its own copy of the store and runs one job at a time, off the HTTP thread:
// a SPARQL query, or the validation of a contributor's upload together with the graph.
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { DataError, type LoadedFile } from '../graph/index.ts';
import type { ReportFormat, Shapes, Upload } from '../shacl/index.ts';
import type { FederationConfig } from '../wikidata/federation.ts';
import { QueryError, type QueryJob, runQuery, WARM_UP_JOBS } from './engine.ts';
import { HttpError } from './errors.ts';

export interface WorkerInput {
  /** URL of this module, loaded by worker-entry.mjs. */
  entry: string;
  nquads: string;
  /** Where the data came from and the shapes are, for validating uploads. */
  files: Pick<LoadedFile, 'path' | 'graphs'>[];
  shapesPaths: string[];
  federation: FederationConfig;
}
export type ValidateJob = { upload: Upload; format: ReportFormat | 'text/plain' };
export type WorkerJob = { kind: 'query'; job: QueryJob } | { kind: 'validate'; job: ValidateJob };
export type WorkerRequest = { id: number; work: WorkerJob };
export type WorkerReply =
  | { type: 'ready'; warmUpMs: number }
  | { type: 'result'; id: number; body: string; conforms?: boolean }
  | { type: 'failure'; id: number; kind: 'query' | 'internal'; message: string }
  | { type: 'failure'; id: number; kind: 'http'; message: string; status: number; headers: Record<string, string> }
  | {
      type: 'failure';
      id: number;
      kind: 'data';
      message: string;
      file: string;
      detail: string;
      line?: number;
      column?: number;
    };

const input = workerData as WorkerInput;
const port = parentPort!;
const store = new oxigraph.Store();
store.load(input.nquads, { format: 'application/n-quads' });
let shapes: Shapes | undefined;

const started = performance.now();
for (const job of WARM_UP_JOBS) runQuery(store, job);
port.postMessage({ type: 'ready', warmUpMs: performance.now() - started } satisfies WorkerReply);

async function validate({ upload, format }: ValidateJob): Promise<{ body: string; conforms: boolean }> {
  // The SHACL engine is loaded on the first validation, not at start: most workers never validate.
  const { loadShapes, rdfReport, textReport, validateUpload } = await import('../shacl/index.ts');
  shapes ??= loadShapes(input.shapesPaths);
  const result = await validateUpload({ nquads: input.nquads, files: input.files }, shapes, upload);
  return { body: format === 'text/plain' ? textReport(result) : rdfReport(result, format), conforms: result.conforms };
}

async function query(job: QueryJob): Promise<string> {
  if (!job.federated) return runQuery(store, job);
  const { runFederatedQuery } = await import('../wikidata/federation.ts');
  return runFederatedQuery(store, job, input.federation);
}

port.on('message', async ({ id, work }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply =
      work.kind === 'query'
        ? { type: 'result', id, body: await query(work.job) }
        : { type: 'result', id, ...(await validate(work.job)) };
  } catch (error) {
    if (error instanceof HttpError) {
      reply = {
        type: 'failure',
        id,
        kind: 'http',
        message: error.message,
        status: error.status,
        headers: error.headers,
      };
    } else if (error instanceof DataError) {
      const { message, file, detail, line, column } = error;
      reply = { type: 'failure', id, kind: 'data', message, file, detail, line, column };
    } else
      reply = {
        type: 'failure',
        id,
        kind: error instanceof QueryError ? 'query' : 'internal',
        message: (error as Error).message,
      };
  }
  port.postMessage(reply);
});
