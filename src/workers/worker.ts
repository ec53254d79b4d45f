// A worker: holds its own copy of the store and runs one job at a time, off the HTTP thread. After
// an error that is not the client's (an 'internal' error, such as a WebAssembly trap that leaves
// the store undefined) it runs nothing more: the pool retires it and starts a fresh one.
import { once } from 'node:events';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { toWire } from '../errors.ts';
// Not through the folders' index.ts: they would load the SPARQL parser and the RDF writers before the
// worker is ready (see the jobs below).
import { unpackGraphs } from '../graph/pack.ts';
import { newStore, useCompiledEngine } from '../rdf/store.ts';
import type { EngineMessage, JobRequest, WarmUpRequest, WorkerData, WorkerMemory, WorkerReply } from './messages.ts';

const { init } = workerData as WorkerData;
const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread');

const [engine] = (await once(port, 'message')) as [EngineMessage];
await useCompiledEngine(engine);

const store = newStore();
unpackGraphs(store, init.data, init.maxDataBytes);
// The jobs' modules (the SPARQL parser and analysis, the RDF writers) load with the first message: the
// warm-up for the first worker, right after it is ready; the first job for the others, which rest about
// 5 MB lighter until then, and that job waits some 60 ms for them, as it waits to compile the engine's code.
const importJobs = () =>
  import('./jobs.ts').then((domain) => ({ ...domain, state: domain.newWorkerState(store, init) }));
let jobs: ReturnType<typeof importJobs> | undefined;
let broken = false;

function memory(analysisCache = { bytes: 0, entries: 0 }): WorkerMemory {
  const heap = getHeapStatistics();
  return {
    externalBytes: heap.external_memory,
    heapBytes: heap.used_heap_size,
    analysisCacheBytes: analysisCache.bytes,
    analysisCacheEntries: analysisCache.entries,
  };
}

port.postMessage({ type: 'ready', memory: memory() } satisfies WorkerReply);

const handle = async (request: JobRequest | WarmUpRequest): Promise<void> => {
  jobs ??= importJobs();
  const { state, runJob, warmUp } = await jobs;
  const usage = () => memory(state.memo.stats());
  // A job sent meanwhile waits for the warm-up, as it would have waited to compile the same code itself.
  if ('warmUp' in request) {
    warmUp(store);
    port.postMessage({ type: 'warm', memory: usage() } satisfies WorkerReply);
    return;
  }
  const { id, job } = request;
  let reply: WorkerReply;
  try {
    if (broken) throw new Error('this worker failed before and runs nothing more');
    reply = { type: 'done', id, output: await runJob(state, job), memory: usage() };
  } catch (error) {
    const wire = toWire(error);
    if (wire.kind === 'internal') broken = true;
    reply = { type: 'failed', id, error: wire, memory: usage() };
  }
  port.postMessage(reply);
};

// One message at a time, in order: the pool may send a client's next query while one runs, and a job
// that waits (for a remote endpoint, for a module) must not let it start, or its answer would come first.
let handled = Promise.resolve();
port.on('message', (request: JobRequest | WarmUpRequest) => {
  handled = handled.then(() => handle(request));
});
